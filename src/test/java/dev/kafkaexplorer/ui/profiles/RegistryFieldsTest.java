package dev.kafkaexplorer.ui.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kafkaexplorer.kafka.security.Secrets;
import dev.kafkaexplorer.settings.ClusterProfile;
import dev.kafkaexplorer.settings.ClusterProfile.SchemaRegistrySettings;
import dev.kafkaexplorer.settings.ClusterProfile.SchemaRegistrySettings.RegistryAuth;
import dev.kafkaexplorer.ui.common.ManualTicks;
import java.util.List;
import java.util.Map;
import javafx.collections.FXCollections;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The editor's Schema registry section without the toolkit: the URL is checked as typed with the
 * reason next to it (and Save waits), the login's fields are required once chosen, its password
 * or token goes with the secrets and never into the profile, and a loaded registry reads back.
 */
class RegistryFieldsTest {

    private static final ClusterProfile WITH_REGISTRY = new ClusterProfile("p1", "prod", "kafka-1:9093", null, Map.of(),
            List.of(Secrets.REGISTRY_PASSWORD),
            new SchemaRegistrySettings("https://registry.example.com:8081", RegistryAuth.BASIC, "svc", "/etc/ca.pem"),
            null, false, false);

    private ProfileEditorViewModel editor;
    private RegistryFields registry;

    @BeforeEach
    void setUp() {
        editor = new ProfileEditorViewModel(new ManualTicks().runtime(), FXCollections.observableArrayList(WITH_REGISTRY),
                PropertyCheck.ACCEPT_ALL, path -> true);
        editor.load(ClusterProfile.plaintext("dev", "localhost:9092"), Secrets.none());
        registry = editor.registry();
    }

    @Test
    void noUrlIsNoRegistryAndNothingToCheck() {
        assertThat(registry.urlCheck.get()).isEqualTo(FieldCheck.OK);
        assertThat(registry.loginShown.get()).isFalse();
        assertThat(editor.edited().profile().schemaRegistry()).isEqualTo(SchemaRegistrySettings.none());
        assertThat(editor.validProperty().get()).isTrue();
    }

    @Test
    void theUrlIsCheckedAsTypedWithTheReasonInWords() {
        assertUrlWords("registry:8081", "'registry:8081' needs http:// or https:// before it, e.g. http://registry:8081.");
        assertUrlWords("ftp://registry:8081",
                "'ftp://registry:8081' is not an http or https URL: a schema registry answers over HTTP, e.g. http://registry.example.com:8081.");
        assertUrlWords("http://", "'http://' is not a URL (Expected authority): a schema registry's URL looks like http://registry.example.com:8081.");
        assertUrlWords("http://registry:8081/?x", "'http://registry:8081/?x' has a ? or # part: give the registry's base URL,"
                + " e.g. http://registry.example.com:8081 or https://host/apis/ccompat/v7.");
        assertUrlWords("http://bob:pw@registry:8081",
                "Put the user name and password in their fields, not in the URL: the URL is saved in clear.");

        registry.url.set("http://registry:8081");
        assertThat(registry.urlCheck.get()).isEqualTo(FieldCheck.OK);
        assertThat(registry.url.get()).as("typed text is kept as typed").isEqualTo("http://registry:8081");
        assertThat(editor.validProperty().get()).isTrue();
        registry.url.set("https://host/apis/ccompat/v7");
        assertThat(editor.validProperty().get()).isTrue();
    }

    @Test
    void aChosenLoginNeedsItsFieldsAndItsSecretStaysOutOfTheProfile() {
        registry.url.set("http://registry:8081");
        registry.auth.set(RegistryAuth.BASIC);
        assertThat(registry.usernameCheck.get().words()).isEqualTo("Enter the registry's user name.");
        assertThat(registry.passwordCheck.get().words()).isEqualTo("Enter the registry's password.");
        assertThat(editor.validProperty().get()).isFalse();

        registry.username.set("svc");
        registry.password.set("pa55");
        assertThat(editor.validProperty().get()).isTrue();
        ProfileEditorViewModel.Edited edited = editor.edited();
        assertThat(edited.profile().schemaRegistry())
                .isEqualTo(new SchemaRegistrySettings("http://registry:8081", RegistryAuth.BASIC, "svc", null));
        assertThat(edited.secrets().get(Secrets.REGISTRY_PASSWORD)).contains("pa55");
        assertThat(edited.profile().toString()).doesNotContain("pa55");

        registry.auth.set(RegistryAuth.BEARER);
        assertThat(registry.tokenCheck.get().words()).isEqualTo("Enter the token the registry takes (bearer.auth.token).");
        registry.token.set("tok-1");
        assertThat(editor.edited().secrets().values()).as("the hidden password is not kept")
                .containsExactly(Map.entry(Secrets.REGISTRY_TOKEN, "tok-1"));
        assertThat(editor.edited().profile().schemaRegistry().username()).isNull();
    }

    @Test
    void theCaFileIsOfferedForHttpsOnlyAndIsOptional() {
        registry.url.set("http://registry:8081");
        assertThat(registry.caFileShown.get()).isFalse();
        registry.url.set("https://registry:8081");
        assertThat(registry.caFileShown.get()).isTrue();
        assertThat(registry.caFileCheck.get()).isEqualTo(FieldCheck.OK);
        registry.caFile.set("/etc/registry-ca.pem");
        assertThat(editor.edited().profile().schemaRegistry().caFile()).isEqualTo("/etc/registry-ca.pem");
    }

    @Test
    void aLoadedRegistryReadsBackUnchangedAndTypingIsAChange() {
        editor.load(WITH_REGISTRY, new Secrets(Map.of(Secrets.REGISTRY_PASSWORD, "pa55")));

        assertThat(registry.url.get()).isEqualTo("https://registry.example.com:8081");
        assertThat(registry.password.get()).isEqualTo("pa55");
        assertThat(editor.edited().profile()).isEqualTo(WITH_REGISTRY);
        assertThat(editor.changedProperty().get()).isFalse();

        registry.password.set("new");
        assertThat(editor.changedProperty().get()).isTrue();
        registry.password.set("pa55");
        registry.caFile.set("");
        assertThat(editor.changedProperty().get()).isTrue();
    }

    private void assertUrlWords(String typed, String words) {
        registry.url.set(typed);
        assertThat(registry.urlCheck.get()).isEqualTo(FieldCheck.error(words));
        assertThat(editor.validProperty().get()).as("Save waits").isFalse();
    }
}
