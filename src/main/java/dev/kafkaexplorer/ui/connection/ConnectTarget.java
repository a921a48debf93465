package dev.kafkaexplorer.ui.connection;

import dev.kafkaexplorer.settings.ClusterProfile;
import java.time.Duration;

/** One connect's aim: its name in words (a profile's, or null), servers, whether it is the local broker, and timeout. */
record ConnectTarget(String name, String servers, boolean local, ClusterProfile profile, Duration timeout) {

    /** Servers reached without a profile. */
    static ConnectTarget servers(String servers, boolean local, Duration timeout) {
        return new ConnectTarget(null, servers, local, null, timeout);
    }

    static ConnectTarget profile(ClusterProfile profile, Duration timeout) {
        return new ConnectTarget(profile.name(), profile.bootstrapServers(), false, profile, timeout);
    }

    String words() {
        return StatusWords.target(name, servers);
    }
}
