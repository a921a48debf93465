package dev.kafkaexplorer.ui.profiles;

import dev.kafkaexplorer.kafka.security.SaslMechanism;
import dev.kafkaexplorer.kafka.security.TlsSettings.ClientCertificateSource;
import dev.kafkaexplorer.kafka.security.TlsSettings.TrustSource;
import java.io.File;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.apache.kafka.common.security.auth.SecurityProtocol;

/** Binds the profile editor's fields to its {@link ProfileEditorViewModel}; shows only the fields the settings need. */
public final class ProfileEditorController {

    private final ProfileEditorViewModel model;

    @FXML private VBox profileFields;
    @FXML private TextField profileName;
    @FXML private VBox profileServersRow;
    @FXML private TextField profileServers;
    @FXML private ColorPicker profileColour;
    @FXML private CheckBox profileProduction;
    @FXML private CheckBox profileReadOnly;
    @FXML private Label localBrokerNote;
    @FXML private ComboBox<SecurityProtocol> securityProtocol;
    @FXML private VBox saslSection;
    @FXML private ComboBox<SaslMechanism> saslMechanism;
    @FXML private VBox passwordLogin;
    @FXML private TextField saslUsername;
    @FXML private PasswordField saslPassword;
    @FXML private VBox oauthLogin;
    @FXML private TextField oauthTokenEndpoint;
    @FXML private TextField oauthClientId;
    @FXML private PasswordField oauthClientSecret;
    @FXML private TextField oauthScope;
    @FXML private VBox kerberosLogin;
    @FXML private TextField kerberosPrincipal;
    @FXML private TextField kerberosKeytab;
    @FXML private TextField kerberosServiceName;
    @FXML private TextField krb5Conf;
    @FXML private VBox awsLogin;
    @FXML private TextField awsProfileName;
    @FXML private TextField awsRoleArn;
    @FXML private VBox tlsSection;
    @FXML private ComboBox<TrustSource> trustSource;
    @FXML private VBox trustPathRow;
    @FXML private TextField trustPath;
    @FXML private VBox truststorePasswordRow;
    @FXML private PasswordField truststorePassword;
    @FXML private ComboBox<ClientCertificateSource> clientCertificate;
    @FXML private VBox certificatePathRow;
    @FXML private TextField certificatePath;
    @FXML private VBox keyPathRow;
    @FXML private TextField keyPath;
    @FXML private VBox keyPasswordRow;
    @FXML private PasswordField keyPassword;
    @FXML private VBox keystorePasswordRow;
    @FXML private PasswordField keystorePassword;
    @FXML private CheckBox hostnameVerification;
    @FXML private TextArea advancedProperties;

    public ProfileEditorController(ProfileEditorViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        SecurityForm form = model.security;
        SecurityChecks checks = model.securityChecks;
        text(profileName, model.name, model.nameCheck, messageOf("profileName"));
        text(profileServers, model.servers, model.serversCheck, messageOf("profileServers"));
        shown(profileServersRow, model.editableProperty());
        shown(localBrokerNote, model.editableProperty().not());
        colour();
        profileProduction.selectedProperty().bindBidirectional(model.production);
        profileReadOnly.selectedProperty().bindBidirectional(model.readOnly);
        choice(securityProtocol, form.protocol, SecurityProtocol.PLAINTEXT, SecurityProtocol.SSL,
                SecurityProtocol.SASL_PLAINTEXT, SecurityProtocol.SASL_SSL);
        choice(saslMechanism, form.mechanism, SaslMechanism.values());
        choice(trustSource, form.trustSource, TrustSource.values());
        choice(clientCertificate, form.clientCertificate, ClientCertificateSource.values());
        securityProtocol.disableProperty().bind(model.editableProperty().not());
        shown(saslSection, form.saslShown);
        shown(passwordLogin, form.passwordLoginShown);
        shown(oauthLogin, form.oauthShown);
        shown(kerberosLogin, form.kerberosShown);
        shown(awsLogin, form.awsShown);
        shown(tlsSection, form.tlsShown);
        shown(trustPathRow, form.trustPathShown);
        shown(truststorePasswordRow, form.truststorePasswordShown);
        shown(certificatePathRow, form.certificateShown);
        shown(keyPathRow, form.keyPathShown);
        shown(keyPasswordRow, form.keyPasswordShown);
        shown(keystorePasswordRow, form.keystorePasswordShown);
        text(saslUsername, form.username, checks.username, messageOf("saslUsername"));
        text(saslPassword, form.password, checks.password, messageOf("saslPassword"));
        text(oauthTokenEndpoint, form.oauthTokenEndpoint, checks.oauthTokenEndpoint, messageOf("oauthTokenEndpoint"));
        text(oauthClientId, form.oauthClientId, checks.oauthClientId, messageOf("oauthClientId"));
        text(oauthClientSecret, form.oauthClientSecret, checks.oauthClientSecret, messageOf("oauthClientSecret"));
        oauthScope.textProperty().bindBidirectional(form.oauthScope);
        text(kerberosPrincipal, form.kerberosPrincipal, checks.kerberosPrincipal, messageOf("kerberosPrincipal"));
        file(kerberosKeytab, form.kerberosKeytab, checks.kerberosKeytab, messageOf("kerberosKeytab"));
        kerberosServiceName.textProperty().bindBidirectional(form.kerberosServiceName);
        file(krb5Conf, form.krb5Conf, checks.krb5Conf, messageOf("krb5Conf"));
        awsProfileName.textProperty().bindBidirectional(form.awsProfileName);
        text(awsRoleArn, form.awsRoleArn, checks.awsRoleArn, messageOf("awsRoleArn"));
        file(trustPath, form.trustPath, checks.trustPath, messageOf("trustPath"));
        truststorePassword.textProperty().bindBidirectional(form.truststorePassword);
        file(certificatePath, form.certificatePath, checks.certificatePath, messageOf("certificatePath"));
        file(keyPath, form.keyPath, checks.keyPath, messageOf("keyPath"));
        keyPassword.textProperty().bindBidirectional(form.keyPassword);
        text(keystorePassword, form.keystorePassword, checks.keystorePassword, messageOf("keystorePassword"));
        hostnameVerification.selectedProperty().bindBidirectional(form.hostnameVerification);
        message(messageOf("hostnameVerification"), form.hostnameWarning.map(FieldCheck::warning));
        advancedProperties.textProperty().bindBidirectional(model.advanced.text);
        message(messageOf("advancedProperties"), model.advanced.findings().map(ProfileEditorController::findingsCheck));
        // The local broker's settings are the app's: shown, not edited.
        for (Node part : List.of(saslSection, tlsSection, advancedProperties)) {
            part.disableProperty().bind(model.editableProperty().not());
        }
        ((Label) profileFields.lookup("#secretsLocation")).textProperty().bind(model.secretsLocation);
        profileFields.disableProperty().bind(model.loadedProperty().not());
    }

    private void colour() {
        profileColour.setValue(Color.web(model.colour.get()));
        model.colour.addListener((obs, old, now) -> {
            if (!Color.web(now).equals(profileColour.getValue())) {
                profileColour.setValue(Color.web(now));
            }
        });
        profileColour.valueProperty().addListener((obs, old, now) -> model.colour.set(hex(now)));
    }

    private static String hex(Color c) {
        return String.format("#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }

    private static FieldCheck findingsCheck(List<AdvancedProperties.Finding> findings) {
        String words = findings.stream().map(Object::toString).collect(Collectors.joining("\n"));
        return new FieldCheck(words, findings.stream().anyMatch(AdvancedProperties.Finding::blocks));
    }

    @SafeVarargs
    private static <T> void choice(ComboBox<T> box, javafx.beans.property.ObjectProperty<T> value, T... options) {
        box.setItems(FXCollections.observableArrayList(options));
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T option) {
                return option == null ? "" : SourceWords.of(option);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("not editable");
            }
        });
        box.valueProperty().bindBidirectional(value);
    }

    private static void text(TextInputControl field, javafx.beans.property.StringProperty value,
                             ObservableValue<FieldCheck> check, Label message) {
        field.textProperty().bindBidirectional(value);
        message(message, check);
    }

    private void file(TextField field, javafx.beans.property.StringProperty value, ObservableValue<FieldCheck> check,
                      Label message) {
        text(field, value, check, message);
        Button chooser = (Button) profileFields.lookup("#" + field.getId() + "Chooser");
        chooser.setOnAction(e -> {
            FileChooser dialog = new FileChooser();
            File current = field.getText().isBlank() ? null : new File(field.getText()).getParentFile();
            if (current != null && current.isDirectory()) {
                dialog.setInitialDirectory(current);
            }
            File chosen = dialog.showOpenDialog(field.getScene().getWindow());
            if (chosen != null) {
                value.set(chosen.getAbsolutePath());
            }
        });
    }

    private Label messageOf(String fieldId) {
        return (Label) profileFields.lookup("#" + fieldId + "Message");
    }

    /** The words of a check next to its field: red when they stop Save, amber when they only warn. */
    private static void message(Label label, ObservableValue<FieldCheck> check) {
        label.textProperty().bind(check.map(FieldCheck::words));
        shown(label, Bindings.createBooleanBinding(() -> !check.getValue().isOk(), check));
        Runnable style = () -> {
            label.getStyleClass().removeAll("field-error", "field-warning");
            label.getStyleClass().add(check.getValue().blocks() ? "field-error" : "field-warning");
        };
        check.addListener((obs, old, now) -> style.run());
        style.run();
    }

    private static void shown(Node node, ObservableBooleanValue when) {
        node.visibleProperty().bind(when);
        node.managedProperty().bind(when);
    }
}
