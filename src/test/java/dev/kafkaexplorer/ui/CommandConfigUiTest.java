package dev.kafkaexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kafkaexplorer.settings.LogFile;
import dev.kafkaexplorer.testing.AppProcess;
import dev.kafkaexplorer.testing.SecuredTestBroker;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --command-config} as a user of Kafka's tools would use it: the whole app in a process of
 * its own (headless) started on the secured test broker's SASL_SSL listener with a client
 * properties file, connecting, then quitting ({@code --exit-when-connected}); and afterwards no
 * file the app wrote (settings, its log file) holds a password from that file.
 */
class CommandConfigUiTest {

    private static final SecuredTestBroker BROKER = SecuredTestBroker.shared();

    @TempDir
    Path configDir;
    @TempDir
    Path clientDir;

    @Test
    void connectsToASaslSslListenerAndWritesNoPasswordAnywhere() throws Exception {
        var user = BROKER.scramSha512User();
        String storePassword = BROKER.certificates().storePassword();
        Path file = Files.writeString(clientDir.resolve("client.properties"), String.join("\n",
                "security.protocol=SASL_SSL",
                "sasl.mechanism=SCRAM-SHA-512",
                "sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required "
                        + "username=\"" + user.user() + "\" password=\"" + user.password() + "\";",
                "ssl.truststore.type=PKCS12",
                "ssl.truststore.location=" + BROKER.certificates().truststore(),
                "ssl.truststore.password=" + storePassword, ""));

        AppProcess.Ended launch = AppProcess.run("--bootstrap-servers=" + BROKER.saslSslServers(), "--command-config=" + file,
                "--config-dir=" + configDir, "--exit-when-connected");

        assertThat(launch.status()).as(launch.output()).isZero();
        assertThat(launch.output()).contains("Exiting as asked: Connected");
        assertThat(launch.output()).doesNotContain(user.password(), storePassword);

        Path log = configDir.resolve("logs").resolve(LogFile.FILE_NAME);
        // The log was written, and says which keys the file set: the search below looked at a real log.
        assertThat(Files.readString(log)).contains("Client properties from " + file, "sasl.jaas.config",
                "Exiting as asked: Connected");
        List<Path> written;
        try (Stream<Path> files = Files.walk(configDir)) {
            written = files.filter(Files::isRegularFile).toList();
        }
        assertThat(written).contains(log);
        for (Path f : written) {
            // Read as bytes: a binary or compressed file must not hide a password from the search either.
            String content = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
            assertThat(content).as(f.toString()).doesNotContain(user.password()).doesNotContain(storePassword);
        }
    }
}
