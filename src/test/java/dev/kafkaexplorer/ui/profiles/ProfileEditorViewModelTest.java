package dev.kafkaexplorer.ui.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kafkaexplorer.kafka.security.ClientSecurity;
import dev.kafkaexplorer.kafka.security.SaslMechanism;
import dev.kafkaexplorer.kafka.security.SaslSettings;
import dev.kafkaexplorer.kafka.security.Secrets;
import dev.kafkaexplorer.settings.ClusterProfile;
import dev.kafkaexplorer.ui.common.ManualTicks;
import java.util.List;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.apache.kafka.common.security.auth.SecurityProtocol;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The profile editor's own state without the toolkit: a loaded profile reads back as it was, what
 * is typed shows as a change with its secrets, the name and servers say what is wrong, the built-in
 * local broker cannot be edited, and a save keeps what was typed while it ran.
 */
class ProfileEditorViewModelTest {

    private static final ClusterProfile SCRAM = new ClusterProfile("p1", "Production EU", "kafka-1:9093",
            new ClientSecurity(SecurityProtocol.SASL_SSL, SaslSettings.password(SaslMechanism.SCRAM_SHA_512, "alice"), null),
            Map.of(), List.of(Secrets.SASL_PASSWORD), null, "#dc2626", true, false);
    private static final ClusterProfile STAGING = ClusterProfile.plaintext("Staging", "staging:9092");

    private final ObservableList<ClusterProfile> list = FXCollections.observableArrayList(SCRAM, STAGING);
    private ProfileEditorViewModel editor;

    @BeforeEach
    void loadTheScramProfile() {
        editor = new ProfileEditorViewModel(new ManualTicks().runtime(), list, PropertyCheck.ACCEPT_ALL, path -> true);
        editor.load(SCRAM, new Secrets(Map.of(Secrets.SASL_PASSWORD, "alice-secret")));
    }

    @Test
    void aLoadedProfileReadsBackAsItWasAndIsNotChanged() {
        ProfileEditorViewModel.Edited edited = editor.edited();

        assertThat(edited.profile()).isEqualTo(SCRAM);
        assertThat(edited.secrets().get(Secrets.SASL_PASSWORD)).contains("alice-secret");
        assertThat(editor.changedProperty().get()).isFalse();
        assertThat(editor.validProperty().get()).isTrue();
        assertThat(editor.security().password.get()).isEqualTo("alice-secret");
    }

    @Test
    void aTypedPasswordIsAChangeAndGoesWithTheSecretsNotTheProfile() {
        editor.security().password.set("new-secret");

        assertThat(editor.changedProperty().get()).isTrue();
        assertThat(editor.edited().secrets().get(Secrets.SASL_PASSWORD)).contains("new-secret");
        assertThat(editor.edited().profile().toString()).doesNotContain("new-secret");
    }

    @Test
    void theNameAndTheServersSayWhatIsWrongAndSaveWaits() {
        editor.nameProperty().set("staging");
        assertThat(editor.nameCheck.get().words()).isEqualTo("Another profile is named \"staging\": names must differ.");
        assertThat(editor.validProperty().get()).isFalse();

        editor.nameProperty().set(" ");
        assertThat(editor.nameCheck.get().words()).isEqualTo("Give the profile a name.");

        editor.nameProperty().set("Production EU");
        editor.serversProperty().set("kafka-1");
        assertThat(editor.serversCheck.get().blocks()).isTrue();
        assertThat(editor.validProperty().get()).isFalse();

        editor.serversProperty().set("kafka-1:9093,kafka-2:9093");
        assertThat(editor.validProperty().get()).isTrue();
    }

    @Test
    void theLocalBrokerIsShownButNotEditable() {
        editor.load(ClusterProfile.localBroker(), Secrets.none());

        assertThat(editor.editableProperty().get()).isFalse();
        assertThat(editor.validProperty().get()).isFalse();
        assertThat(editor.nameProperty().get()).isEqualTo("Local broker");
    }

    @Test
    void whatIsTypedWhileASaveRunsStaysAsAChange() {
        editor.nameProperty().set("Production EU 2");
        ProfileEditorViewModel.Edited snapshot = editor.edited();
        editor.serversProperty().set("kafka-9:9093");

        editor.markSaved(snapshot.profile(), snapshot);

        assertThat(editor.shown().name()).isEqualTo("Production EU 2");
        assertThat(editor.serversProperty().get()).isEqualTo("kafka-9:9093");
        assertThat(editor.changedProperty().get()).isTrue();
        editor.serversProperty().set(SCRAM.bootstrapServers());
        assertThat(editor.changedProperty().get()).isFalse();
    }
}
