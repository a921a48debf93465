package dev.kafkaexplorer.ui.profiles;

import dev.kafkaexplorer.kafka.security.SaslMechanism;
import dev.kafkaexplorer.kafka.security.TlsSettings.ClientCertificateSource;
import dev.kafkaexplorer.kafka.security.TlsSettings.TrustSource;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
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
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
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
    @FXML private Label trustPathLabel;
    @FXML private TextField trustPath;
    @FXML private VBox truststorePasswordRow;
    @FXML private PasswordField truststorePassword;
    @FXML private ComboBox<ClientCertificateSource> clientCertificate;
    @FXML private VBox certificatePathRow;
    @FXML private Label certificatePathLabel;
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
        FieldBindings.text(profileName, model.name, model.nameCheck, messageOf("profileName"));
        FieldBindings.text(profileServers, model.servers, model.serversCheck, messageOf("profileServers"));
        FieldBindings.shown(profileServersRow, model.editableProperty());
        FieldBindings.shown(localBrokerNote, model.editableProperty().not());
        colour();
        profileProduction.selectedProperty().bindBidirectional(model.production);
        profileReadOnly.selectedProperty().bindBidirectional(model.readOnly);
        FieldBindings.choice(securityProtocol, form.protocol, SecurityProtocol.PLAINTEXT, SecurityProtocol.SSL,
                SecurityProtocol.SASL_PLAINTEXT, SecurityProtocol.SASL_SSL);
        FieldBindings.choice(saslMechanism, form.mechanism, SaslMechanism.values());
        FieldBindings.choice(trustSource, form.trustSource, TrustSource.values());
        FieldBindings.choice(clientCertificate, form.clientCertificate, ClientCertificateSource.values());
        securityProtocol.disableProperty().bind(model.editableProperty().not());
        FieldBindings.shown(saslSection, form.saslShown);
        FieldBindings.shown(passwordLogin, form.passwordLoginShown);
        FieldBindings.shown(oauthLogin, form.oauthShown);
        FieldBindings.shown(kerberosLogin, form.kerberosShown);
        FieldBindings.shown(awsLogin, form.awsShown);
        FieldBindings.shown(tlsSection, form.tlsShown);
        FieldBindings.shown(trustPathRow, form.trustPathShown);
        FieldBindings.shown(truststorePasswordRow, form.truststorePasswordShown);
        FieldBindings.shown(certificatePathRow, form.certificateShown);
        FieldBindings.shown(keyPathRow, form.keyPathShown);
        FieldBindings.shown(keyPasswordRow, form.keyPasswordShown);
        FieldBindings.shown(keystorePasswordRow, form.keystorePasswordShown);
        FieldBindings.text(saslUsername, form.username, checks.username, messageOf("saslUsername"));
        FieldBindings.text(saslPassword, form.password, checks.password, messageOf("saslPassword"));
        FieldBindings.text(oauthTokenEndpoint, form.oauthTokenEndpoint, checks.oauthTokenEndpoint, messageOf("oauthTokenEndpoint"));
        FieldBindings.text(oauthClientId, form.oauthClientId, checks.oauthClientId, messageOf("oauthClientId"));
        FieldBindings.text(oauthClientSecret, form.oauthClientSecret, checks.oauthClientSecret, messageOf("oauthClientSecret"));
        oauthScope.textProperty().bindBidirectional(form.oauthScope);
        FieldBindings.text(kerberosPrincipal, form.kerberosPrincipal, checks.kerberosPrincipal, messageOf("kerberosPrincipal"));
        file(kerberosKeytab, form.kerberosKeytab, checks.kerberosKeytab, messageOf("kerberosKeytab"));
        kerberosServiceName.textProperty().bindBidirectional(form.kerberosServiceName);
        file(krb5Conf, form.krb5Conf, checks.krb5Conf, messageOf("krb5Conf"));
        awsProfileName.textProperty().bindBidirectional(form.awsProfileName);
        FieldBindings.text(awsRoleArn, form.awsRoleArn, checks.awsRoleArn, messageOf("awsRoleArn"));
        file(trustPath, form.trustPath, checks.trustPath, messageOf("trustPath"));
        truststorePassword.textProperty().bindBidirectional(form.truststorePassword);
        trustPathLabel.textProperty().bind(form.trustSource.map(t -> t == TrustSource.PEM_FILE ? "CA file (PEM)" : "Truststore file"));
        certificatePathLabel.textProperty().bind(form.clientCertificate.map(
                c -> c == ClientCertificateSource.PEM_FILES ? "Certificate file (PEM)" : "Keystore file"));
        file(certificatePath, form.certificatePath, checks.certificatePath, messageOf("certificatePath"));
        file(keyPath, form.keyPath, checks.keyPath, messageOf("keyPath"));
        keyPassword.textProperty().bindBidirectional(form.keyPassword);
        FieldBindings.text(keystorePassword, form.keystorePassword, checks.keystorePassword, messageOf("keystorePassword"));
        hostnameVerification.selectedProperty().bindBidirectional(form.hostnameVerification);
        FieldBindings.message(messageOf("hostnameVerification"), form.hostnameWarning.map(FieldCheck::warning));
        RegistrySection.bind(profileFields, model.registry, model.editableProperty());
        advancedProperties.textProperty().bindBidirectional(model.advanced.text);
        FieldBindings.message(messageOf("advancedProperties"), model.advanced.findings().map(ProfileEditorController::findingsCheck));
        // The local broker's settings are the app's: shown, not edited.
        for (Node part : List.of(profileName, profileColour, profileProduction, profileReadOnly, saslSection, tlsSection,
                advancedProperties)) {
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
        profileColour.valueProperty().addListener((obs, old, now) -> model.colour.set(FieldBindings.hex(now)));
    }

    private Label messageOf(String fieldId) {
        return (Label) profileFields.lookup("#" + fieldId + "Message");
    }

    private void file(TextField field, StringProperty value, ObservableValue<FieldCheck> check, Label message) {
        FieldBindings.file(field, value, check, message, (Button) profileFields.lookup("#" + field.getId() + "Chooser"));
    }

    private static FieldCheck findingsCheck(List<AdvancedProperties.Finding> findings) {
        String words = findings.stream().map(Object::toString).collect(Collectors.joining("\n"));
        return new FieldCheck(words, findings.stream().anyMatch(AdvancedProperties.Finding::blocks));
    }
}
