package dev.kafkaexplorer.ui.connection;

import dev.kafkaexplorer.kafka.ClusterAccess;
import dev.kafkaexplorer.kafka.security.Secrets;
import dev.kafkaexplorer.kafka.security.SecurityProperties;
import dev.kafkaexplorer.settings.ClusterProfile;
import org.apache.kafka.common.security.auth.SecurityProtocol;

/** How a saved profile reaches its cluster: its servers with the client properties its security makes. */
final class ProfileAccess {

    private ProfileAccess() {
    }

    /**
     * The profile's access with {@code secrets} filled in. May read PEM files: call it on a worker.
     * An unsecured profile with no other property needs no generated properties at all.
     */
    static ClusterAccess of(ClusterProfile profile, Secrets secrets) {
        if (profile.security().protocol() == SecurityProtocol.PLAINTEXT && profile.advancedProperties().isEmpty()) {
            return ClusterAccess.plaintext(profile.bootstrapServers());
        }
        return new ClusterAccess(profile.bootstrapServers(),
                SecurityProperties.toClientProperties(profile.security(), profile.advancedProperties(), secrets));
    }
}
