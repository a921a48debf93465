package dev.kafkaexplorer.ui.common;

import dev.kafkaexplorer.kafka.ClusterInfo;
import dev.kafkaexplorer.settings.ClusterProfile;
import dev.kafkaexplorer.ui.connection.ConnectionViewModel.Connection;
import java.util.List;
import java.util.Map;

/** Profiles and connections for the read-only tests of the screens' view-models. */
public final class ReadOnlyProfiles {

    /** The words every screen shows for {@link #PRODUCTION}. */
    public static final String REASON = "Read-only profile “Production EU”: changes are turned off.";
    public static final ClusterProfile PRODUCTION = new ClusterProfile(null, "Production EU", "kafka.example:9092",
            null, Map.of(), List.of(), null, "#dc2626", true, true);
    public static final ClusterProfile STAGING = ClusterProfile.plaintext("Staging", "staging.example:9092");
    private static final ClusterInfo ONE_BROKER = new ClusterInfo("c1",
            List.of(new ClusterInfo.BrokerInfo(1, "localhost", 9092, null)), 1);

    private ReadOnlyProfiles() {
    }

    /** A one-broker connection made with {@code profile} (no admin client: the tests give their own catalogs). */
    public static Connection connection(ClusterProfile profile) {
        return new Connection(null, ONE_BROKER, false, profile);
    }
}
