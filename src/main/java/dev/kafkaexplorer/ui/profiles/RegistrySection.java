package dev.kafkaexplorer.ui.profiles;

import dev.kafkaexplorer.settings.ClusterProfile.SchemaRegistrySettings.RegistryAuth;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;

/**
 * Binds the editor's Schema registry section (in {@code profile-editor.fxml}) to its
 * {@link RegistryFields}: the login fields show once a URL is typed, the CA file for https.
 */
final class RegistrySection {

    private RegistrySection() {
    }

    @SuppressWarnings("unchecked")
    static void bind(Parent fields, RegistryFields registry, ObservableBooleanValue editable) {
        FieldBindings.text(input(fields, "registryUrl"), registry.url, registry.urlCheck, message(fields, "registryUrl"));
        FieldBindings.choice((ComboBox<RegistryAuth>) fields.lookup("#registryAuth"), registry.auth, RegistryAuth.values());
        FieldBindings.text(input(fields, "registryUsername"), registry.username, registry.usernameCheck,
                message(fields, "registryUsername"));
        FieldBindings.text(input(fields, "registryPassword"), registry.password, registry.passwordCheck,
                message(fields, "registryPassword"));
        FieldBindings.text(input(fields, "registryToken"), registry.token, registry.tokenCheck, message(fields, "registryToken"));
        FieldBindings.file((TextField) fields.lookup("#registryCaFile"), registry.caFile, registry.caFileCheck,
                message(fields, "registryCaFile"), (Button) fields.lookup("#registryCaFileChooser"));
        FieldBindings.shown(fields.lookup("#registryLogin"), registry.loginShown);
        FieldBindings.shown(fields.lookup("#registryBasic"), registry.basicShown);
        FieldBindings.shown(fields.lookup("#registryBearer"), registry.bearerShown);
        FieldBindings.shown(fields.lookup("#registryCaFileRow"), registry.caFileShown);
        // The local broker's registry is the app's: shown, not edited.
        Node section = fields.lookup("#registrySection");
        section.disableProperty().bind(Bindings.not(editable));
    }

    private static TextInputControl input(Parent fields, String id) {
        return (TextInputControl) fields.lookup("#" + id);
    }

    private static Label message(Parent fields, String id) {
        return (Label) fields.lookup("#" + id + "Message");
    }
}
