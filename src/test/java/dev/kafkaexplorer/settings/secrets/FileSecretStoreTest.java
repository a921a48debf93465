package dev.kafkaexplorer.settings.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The encrypted 0600 file that keeps profile secrets where no OS credential store is reachable. */
class FileSecretStoreTest {

    private static final String PASSWORD = "correct-horse-battery-staple-42";

    @TempDir
    Path configDir;

    @Test
    void whatIsWrittenIsReadBackAfterARestartAndDeleted() {
        FileSecretStore store = new FileSecretStore(configDir);
        assertThat(store.read("p1", "sasl.password")).isEmpty();
        store.write("p1", "sasl.password", PASSWORD);
        store.write("p2", "ssl.key.password", "other é \"quoted\"\n");

        FileSecretStore again = new FileSecretStore(configDir);
        assertThat(again.read("p1", "sasl.password")).contains(PASSWORD);
        assertThat(again.read("p2", "ssl.key.password")).contains("other é \"quoted\"\n");
        again.delete("p1", "sasl.password");
        again.delete("p1", "never-stored");
        assertThat(new FileSecretStore(configDir).read("p1", "sasl.password")).isEmpty();
        assertThat(new FileSecretStore(configDir).read("p2", "ssl.key.password")).isPresent();
    }

    @Test
    void bothFilesAreReadableOnlyByTheUserAndNoSecretIsInClear() throws IOException {
        FileSecretStore store = new FileSecretStore(configDir);
        store.write("profile-7", "sasl.password", PASSWORD);

        for (Path file : List.of(configDir.resolve("secrets.json"), configDir.resolve("secrets.key"))) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).as(file.toString())
                    .isEqualTo("rw-------");
        }
        try (Stream<Path> files = Files.walk(configDir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                assertThat(text).as(file.toString()).doesNotContain(PASSWORD, "password", "profile-7");
            }
        }
        assertThat(store.whereKept()).isEqualTo("in " + configDir.resolve("secrets.json") + ", encrypted, readable only by you");
        try (Stream<Path> files = Files.list(configDir)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("secrets.json", "secrets.key");
        }
    }

    @Test
    void aDamagedFileIsReportedInWordsAndSetAsideOnTheNextWrite() throws IOException {
        FileSecretStore store = new FileSecretStore(configDir);
        store.write("p", "sasl.password", PASSWORD);
        Path file = configDir.resolve("secrets.json");
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 1;
        Files.write(file, bytes);

        assertThatThrownBy(() -> store.read("p", "sasl.password")).isInstanceOf(IllegalStateException.class)
                .hasMessage("The secrets file " + file + " cannot be read: it is damaged, or its key file secrets.key"
                        + " was changed or lost. Enter the passwords of your profiles again.");

        store.write("p", "sasl.password", "new-one");
        assertThat(store.read("p", "sasl.password")).contains("new-one");
        try (Stream<Path> files = Files.list(configDir)) {
            assertThat(files.map(f -> f.getFileName().toString())).anyMatch(n -> n.startsWith("secrets.json.damaged-"));
        }
    }

    @Test
    void aLostKeyFileIsReportedInWords() throws IOException {
        FileSecretStore store = new FileSecretStore(configDir);
        store.write("p", "sasl.password", PASSWORD);
        Files.delete(configDir.resolve("secrets.key"));
        assertThatThrownBy(() -> store.read("p", "sasl.password")).hasMessageContaining("was changed or lost");
        Files.writeString(configDir.resolve("secrets.json"), "{not json");
        assertThatThrownBy(() -> store.read("p", "sasl.password")).hasMessageContaining("it is damaged");
    }

    @Test
    void withoutAReachableCredentialStoreTheAppKeepsSecretsInTheFile() {
        String before = System.clearProperty(SecretStores.STORE_PROPERTY);
        try {
            // This test machine is headless, with no Secret Service: the probe gives up and the file is used.
            SecretStore store = SecretStores.open(configDir);
            assertThat(SecretStores.chosen(store)).isInstanceOf(FileSecretStore.class);
            assertThat(store.whereKept()).contains(configDir.toString(), "encrypted", "readable only by you");
            store.write("p", "sasl.password", PASSWORD);
            assertThat(new FileSecretStore(configDir).read("p", "sasl.password")).contains(PASSWORD);
        } finally {
            if (before != null) {
                System.setProperty(SecretStores.STORE_PROPERTY, before);
            }
        }
        System.setProperty(SecretStores.STORE_PROPERTY, "file");
        try {
            assertThat(SecretStores.open(configDir)).isInstanceOf(FileSecretStore.class);
        } finally {
            if (before == null) {
                System.clearProperty(SecretStores.STORE_PROPERTY);
            } else {
                System.setProperty(SecretStores.STORE_PROPERTY, before);
            }
        }
    }
}
