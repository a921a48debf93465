package dev.kafkaexplorer.ui.common;

import static dev.kafkaexplorer.ui.common.ReadOnlyProfiles.PRODUCTION;
import static dev.kafkaexplorer.ui.common.ReadOnlyProfiles.REASON;
import static dev.kafkaexplorer.ui.common.ReadOnlyProfiles.STAGING;
import static dev.kafkaexplorer.ui.common.ReadOnlyProfiles.connection;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kafkaexplorer.ui.connection.ConnectionViewModel.Connection;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

/** The read-only guard follows the connection's profile and says why in words. */
class ChangeGuardTest {

    private final SimpleObjectProperty<Connection> current = new SimpleObjectProperty<>();
    private final ChangeGuard guard = ChangeGuard.following(current, Connection::profile);

    @Test
    void changesAreAllowedWithoutAConnectionWithoutAProfileAndOnAWritableProfile() {
        assertThat(guard.allowsChanges()).isTrue();
        current.set(connection(null));
        assertThat(guard.allowsChanges()).isTrue();
        current.set(connection(STAGING));
        assertThat(guard.allowsChanges()).isTrue();
        assertThat(guard.reason()).isEmpty();
    }

    @Test
    void aReadOnlyProfileTurnsChangesOffWithItsNameInTheReasonAndBackOnWhenLeft() {
        SimpleBooleanProperty valid = new SimpleBooleanProperty(true);
        var executable = guard.and(valid);

        current.set(connection(PRODUCTION));
        assertThat(guard.allowsChanges()).isFalse();
        assertThat(guard.reason()).isEqualTo(REASON);
        assertThat(executable.get()).isFalse();
        List<String> told = new ArrayList<>();
        assertThat(guard.refuses(told::add)).isTrue();
        assertThat(told).containsExactly(REASON);
        assertThat(guard.refusal()).isCompletedExceptionally();

        current.set(connection(STAGING));
        assertThat(executable.get()).isTrue();
        assertThat(guard.refuses(told::add)).isFalse();
        assertThat(told).hasSize(1);
    }

    @Test
    void aProfileWithoutANameIsStillNamedAsReadOnly() {
        current.set(connection(new dev.kafkaexplorer.settings.ClusterProfile(null, "", "h:9092", null, null, null,
                null, null, false, true)));
        assertThat(guard.reason()).isEqualTo("Read-only profile: changes are turned off.");
    }
}
