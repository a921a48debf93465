package dev.kafkaexplorer.settings;

import dev.kafkaexplorer.kafka.ClusterAccess;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kafkaexplorer.LaunchOptions;
import dev.kafkaexplorer.StartupPlan;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Command-line options, stored settings, and what the app connects to when it opens. */
class StartupTest {

    @Test
    void parsesEveryOption() {
        LaunchOptions o = LaunchOptions.parse(List.of("--local-broker", "--local-broker-port=19092", "--config-dir=/tmp/kx"));
        assertThat(o.localBroker()).isTrue();
        assertThat(o.localBrokerPort()).hasValue(19092);
        assertThat(o.configDir()).contains(Path.of("/tmp/kx"));
        assertThat(o.exitWhenConnected()).isFalse();
        assertThat(LaunchOptions.parse(List.of("--local-broker", "--exit-when-connected")).exitWhenConnected()).isTrue();
        assertThat(LaunchOptions.parse(List.of("--bootstrap-servers=a:1,b:2")).bootstrapServers()).contains("a:1,b:2");
    }

    @Test
    void refusesUnknownOrMalformedOptionsInWords() {
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--bootstrap=x:1"))).hasMessageContaining("unknown option '--bootstrap=x:1'");
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--local-broker-port=abc"))).hasMessageContaining("port number");
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--bootstrap-servers=localhost"))).hasMessageContaining("needs a port");
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--bootstrap-servers=a:1", "--local-broker"))).hasMessageContaining("exclude each other");
    }

    @Test
    void firstRunTriesTheQuickstartBrokerThenTheLocalOne() {
        assertThat(StartupPlan.decide(LaunchOptions.none(), AppSettings.defaults()))
                .isEqualTo(new StartupPlan.TryQuickstartThenLocal(0));
    }

    @Test
    void laterRunsResumeTheLastConnection() {
        AppSettings remote = AppSettings.defaults().withBootstrapConnection("kafka:9092");
        assertThat(StartupPlan.decide(LaunchOptions.none(), remote)).isEqualTo(new StartupPlan.ConnectTo(ClusterAccess.plaintext("kafka:9092")));
        AppSettings local = AppSettings.defaults().withLocalBrokerConnection(40000);
        assertThat(StartupPlan.decide(LaunchOptions.none(), local)).isEqualTo(new StartupPlan.StartLocalBroker(40000));
    }

    @Test
    void optionsWinOverTheLastConnection() {
        AppSettings local = AppSettings.defaults().withLocalBrokerConnection(40000);
        assertThat(StartupPlan.decide(LaunchOptions.parse(List.of("--bootstrap-servers=x:1")), local))
                .isEqualTo(new StartupPlan.ConnectTo(ClusterAccess.plaintext("x:1")));
        assertThat(StartupPlan.decide(LaunchOptions.parse(List.of("--local-broker-port=5555")), local))
                .isEqualTo(new StartupPlan.StartLocalBroker(5555));
    }

    @Test
    void profileOptionNamesASavedProfileOrTheLocalBroker() {
        ClusterProfile prod = ClusterProfile.plaintext("prod-eu", "kafka-1:9092");
        AppSettings saved = AppSettings.defaults().withProfiles(List.of(prod, ClusterProfile.plaintext("staging", "s:9092")));

        assertThat(StartupPlan.decide(LaunchOptions.parse(List.of("--profile=PROD-EU")), saved))
                .isEqualTo(new StartupPlan.ConnectProfile(prod.id()));
        assertThat(StartupPlan.decide(LaunchOptions.parse(List.of("--profile=Local broker")), saved))
                .isEqualTo(new StartupPlan.ConnectProfile(ClusterProfile.LOCAL_BROKER_ID));
        assertThat(StartupPlan.decide(LaunchOptions.parse(List.of("--profile=prod-us")), saved))
                .isEqualTo(new StartupPlan.NoSuchProfile("prod-us", List.of("prod-eu", "staging")));
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--profile="))).hasMessageContaining("--profile needs the name");
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--profile=a", "--local-broker")))
                .hasMessageContaining("--profile excludes");
        assertThat(LaunchOptions.USAGE).contains("--profile=NAME");
    }

    @Test
    void settingsSurviveARoundTripAndKeepRecentServersUniqueAndBounded(@TempDir Path dir) {
        SettingsStore store = new SettingsStore(dir.resolve("settings.json"));
        AppSettings s = AppSettings.defaults();
        for (int i = 0; i < 12; i++) {
            s = s.withBootstrapConnection("host" + i + ":9092");
        }
        s = s.withBootstrapConnection("host5:9092");
        store.save(s);
        AppSettings loaded = store.load();
        assertThat(loaded.recentBootstrapServers()).hasSize(AppSettings.MAX_RECENT).startsWith("host5:9092", "host11:9092")
                .doesNotHaveDuplicates();
        assertThat(loaded.lastConnection()).isEqualTo(AppSettings.LastConnection.BOOTSTRAP_SERVERS);
    }

    @Test
    void aDamagedSettingsFileFallsBackToDefaults(@TempDir Path dir) throws Exception {
        java.nio.file.Files.writeString(dir.resolve("settings.json"), "{ not json");
        assertThat(new SettingsStore(dir.resolve("settings.json")).load()).isEqualTo(AppSettings.defaults());
    }
}
