package dev.kafkaexplorer.ui.profiles;

import dev.kafkaexplorer.kafka.security.ClientSecurity;
import dev.kafkaexplorer.kafka.security.SaslMechanism;
import dev.kafkaexplorer.kafka.security.SaslSettings;
import dev.kafkaexplorer.kafka.security.Secrets;
import dev.kafkaexplorer.kafka.security.TlsSettings;
import dev.kafkaexplorer.kafka.security.TlsSettings.ClientCertificateSource;
import dev.kafkaexplorer.kafka.security.TlsSettings.TrustSource;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.apache.kafka.common.security.auth.SecurityProtocol;

/**
 * The security part of the profile editor: one property per field, and which fields the chosen
 * protocol, mechanism, trust source and client certificate need (the others are hidden, and
 * neither checked nor saved). Toolkit-free; lives on the FX thread.
 */
public final class SecurityForm {

    final ObjectProperty<SecurityProtocol> protocol = new SimpleObjectProperty<>(SecurityProtocol.PLAINTEXT);
    final ObjectProperty<SaslMechanism> mechanism = new SimpleObjectProperty<>(SaslMechanism.PLAIN);
    final StringProperty username = new SimpleStringProperty("");
    final StringProperty password = new SimpleStringProperty("");
    final StringProperty oauthTokenEndpoint = new SimpleStringProperty("");
    final StringProperty oauthClientId = new SimpleStringProperty("");
    final StringProperty oauthClientSecret = new SimpleStringProperty("");
    final StringProperty oauthScope = new SimpleStringProperty("");
    final StringProperty kerberosPrincipal = new SimpleStringProperty("");
    final StringProperty kerberosKeytab = new SimpleStringProperty("");
    final StringProperty kerberosServiceName = new SimpleStringProperty("");
    final StringProperty krb5Conf = new SimpleStringProperty("");
    final StringProperty awsProfileName = new SimpleStringProperty("");
    final StringProperty awsRoleArn = new SimpleStringProperty("");
    final ObjectProperty<TrustSource> trustSource = new SimpleObjectProperty<>(TrustSource.SYSTEM);
    final StringProperty trustPath = new SimpleStringProperty("");
    final StringProperty truststorePassword = new SimpleStringProperty("");
    final ObjectProperty<ClientCertificateSource> clientCertificate = new SimpleObjectProperty<>(ClientCertificateSource.NONE);
    final StringProperty certificatePath = new SimpleStringProperty("");
    final StringProperty keyPath = new SimpleStringProperty("");
    final StringProperty keyPassword = new SimpleStringProperty("");
    final StringProperty keystorePassword = new SimpleStringProperty("");
    final BooleanProperty hostnameVerification = new SimpleBooleanProperty(true);

    final BooleanBinding saslShown = shownWhen(p -> p == SecurityProtocol.SASL_PLAINTEXT || p == SecurityProtocol.SASL_SSL);
    final BooleanBinding passwordLoginShown = saslShown.and(is(mechanism, SaslMechanism::usesPassword));
    final BooleanBinding oauthShown = saslShown.and(is(mechanism, m -> m == SaslMechanism.OAUTHBEARER));
    final BooleanBinding kerberosShown = saslShown.and(is(mechanism, m -> m == SaslMechanism.GSSAPI));
    final BooleanBinding awsShown = saslShown.and(is(mechanism, m -> m == SaslMechanism.AWS_MSK_IAM));
    final BooleanBinding tlsShown = shownWhen(p -> p == SecurityProtocol.SSL || p == SecurityProtocol.SASL_SSL);
    final BooleanBinding trustPathShown = tlsShown.and(is(trustSource, t -> t != TrustSource.SYSTEM));
    final BooleanBinding truststorePasswordShown = tlsShown.and(is(trustSource, SecurityForm::isStore));
    final BooleanBinding certificateShown = tlsShown.and(is(clientCertificate, c -> c != ClientCertificateSource.NONE));
    final BooleanBinding keyPathShown = tlsShown.and(is(clientCertificate, c -> c == ClientCertificateSource.PEM_FILES));
    final BooleanBinding keystorePasswordShown = tlsShown.and(is(clientCertificate, SecurityForm::isStore));
    /** Whether the key password applies: an encrypted PEM key, or a key in a store with its own password. */
    final BooleanBinding keyPasswordShown = certificateShown;
    /** The warning in words while host names are not checked. */
    final javafx.beans.binding.StringBinding hostnameWarning = Bindings.createStringBinding(
            () -> tlsShown.get() && !hostnameVerification.get()
                    ? "Host names are not checked: anyone with a certificate from this CA can pose as the broker."
                    + " Turn this off only for a test cluster whose certificates lack its names." : "",
            tlsShown, hostnameVerification);

    /** Shows {@code security} and its {@code secrets}, replacing whatever was in the fields. */
    public void load(ClientSecurity security, Secrets secrets) {
        SaslSettings sasl = security.sasl();
        TlsSettings tls = security.tls();
        protocol.set(security.protocol());
        mechanism.set(sasl.mechanism());
        username.set(text(sasl.username()));
        oauthTokenEndpoint.set(text(sasl.oauthTokenEndpoint()));
        oauthClientId.set(text(sasl.oauthClientId()));
        oauthScope.set(text(sasl.oauthScope()));
        kerberosPrincipal.set(text(sasl.kerberosPrincipal()));
        kerberosKeytab.set(text(sasl.kerberosKeytab()));
        kerberosServiceName.set(text(sasl.kerberosServiceName()));
        krb5Conf.set(text(sasl.krb5Conf()));
        awsProfileName.set(text(sasl.awsProfileName()));
        awsRoleArn.set(text(sasl.awsRoleArn()));
        trustSource.set(tls.trustSource());
        trustPath.set(text(tls.trustPath()));
        clientCertificate.set(tls.clientCertificate());
        certificatePath.set(text(tls.certificatePath()));
        keyPath.set(text(tls.keyPath()));
        hostnameVerification.set(tls.hostnameVerification());
        password.set(secrets.get(Secrets.SASL_PASSWORD).orElse(""));
        oauthClientSecret.set(secrets.get(Secrets.OAUTH_CLIENT_SECRET).orElse(""));
        truststorePassword.set(secrets.get(Secrets.TRUSTSTORE_PASSWORD).orElse(""));
        keystorePassword.set(secrets.get(Secrets.KEYSTORE_PASSWORD).orElse(""));
        keyPassword.set(secrets.get(Secrets.KEY_PASSWORD).orElse(""));
    }

    /** The settings as typed; fields the protocol and mechanism do not use are left out. */
    public ClientSecurity security() {
        SaslSettings sasl = switch (mechanism.get()) {
            case PLAIN, SCRAM_SHA_256, SCRAM_SHA_512 -> SaslSettings.password(mechanism.get(), value(username));
            case OAUTHBEARER -> SaslSettings.oauth(value(oauthTokenEndpoint), value(oauthClientId), value(oauthScope));
            case GSSAPI -> SaslSettings.kerberos(value(kerberosPrincipal), value(kerberosKeytab),
                    value(kerberosServiceName), value(krb5Conf));
            case AWS_MSK_IAM -> SaslSettings.mskIam(value(awsProfileName), value(awsRoleArn));
        };
        TlsSettings tls = new TlsSettings(trustSource.get(), trustPathShown.get() ? value(trustPath) : null,
                clientCertificate.get(), certificateShown.get() ? value(certificatePath) : null,
                keyPathShown.get() ? value(keyPath) : null, hostnameVerification.get());
        return new ClientSecurity(protocol.get(), saslShown.get() ? sasl : null, tlsShown.get() ? tls : null);
    }

    /** The secrets the shown fields hold (a hidden field's secret is not kept). */
    public Map<String, String> secrets() {
        Map<String, String> values = new HashMap<>();
        putIf(values, passwordLoginShown, Secrets.SASL_PASSWORD, password);
        putIf(values, oauthShown, Secrets.OAUTH_CLIENT_SECRET, oauthClientSecret);
        putIf(values, truststorePasswordShown, Secrets.TRUSTSTORE_PASSWORD, truststorePassword);
        putIf(values, keystorePasswordShown, Secrets.KEYSTORE_PASSWORD, keystorePassword);
        putIf(values, keyPasswordShown, Secrets.KEY_PASSWORD, keyPassword);
        return values;
    }

    /** Every property whose change changes the profile, for a binding that follows them all. */
    Observable[] all() {
        return new Observable[] {protocol, mechanism, username, password, oauthTokenEndpoint, oauthClientId,
            oauthClientSecret, oauthScope, kerberosPrincipal, kerberosKeytab, kerberosServiceName, krb5Conf,
            awsProfileName, awsRoleArn, trustSource, trustPath, truststorePassword, clientCertificate, certificatePath,
            keyPath, keyPassword, keystorePassword, hostnameVerification};
    }

    private static void putIf(Map<String, String> values, BooleanBinding shown, String name, StringProperty field) {
        if (shown.get() && !field.get().isEmpty()) {
            values.put(name, field.get());
        }
    }

    private BooleanBinding shownWhen(Predicate<SecurityProtocol> test) {
        return is(protocol, test);
    }

    private static <T> BooleanBinding is(ObjectProperty<T> property, Predicate<T> test) {
        return Bindings.createBooleanBinding(() -> property.get() != null && test.test(property.get()), property);
    }

    private static boolean isStore(Enum<?> source) {
        return source.name().equals("JKS") || source.name().equals("PKCS12");
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    /** A field's value as saved: as typed, null when empty. */
    private static String value(StringProperty field) {
        return field.get().isEmpty() ? null : field.get();
    }
}
