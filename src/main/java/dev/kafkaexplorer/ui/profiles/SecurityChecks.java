package dev.kafkaexplorer.ui.profiles;

import dev.kafkaexplorer.ui.common.UiRuntime;
import java.net.URI;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.value.ObservableBooleanValue;

/**
 * What the editor says next to each security field as it is typed: the fields the chosen
 * mechanism needs are required, an endpoint must be a URL, files that are not there get a
 * warning. A hidden field is never checked.
 */
final class SecurityChecks {

    final ObjectBinding<FieldCheck> username;
    final ObjectBinding<FieldCheck> password;
    final ObjectBinding<FieldCheck> oauthTokenEndpoint;
    final ObjectBinding<FieldCheck> oauthClientId;
    final ObjectBinding<FieldCheck> oauthClientSecret;
    final ObjectBinding<FieldCheck> kerberosPrincipal;
    final ObjectBinding<FieldCheck> kerberosKeytab;
    final ObjectBinding<FieldCheck> krb5Conf;
    final ObjectBinding<FieldCheck> awsRoleArn;
    final ObjectBinding<FieldCheck> trustPath;
    final ObjectBinding<FieldCheck> certificatePath;
    final ObjectBinding<FieldCheck> keyPath;
    final ObjectBinding<FieldCheck> keystorePassword;
    private final List<ObjectBinding<FieldCheck>> all;

    SecurityChecks(SecurityForm form, UiRuntime runtime, Predicate<String> isFile) {
        username = required(form.passwordLoginShown, () -> form.username.get(), "Enter the user name.", form.username);
        password = required(form.passwordLoginShown, () -> form.password.get(), "Enter the password.", form.password);
        oauthTokenEndpoint = check(form.oauthShown, () -> endpointProblem(form.oauthTokenEndpoint.get()),
                form.oauthTokenEndpoint);
        oauthClientId = required(form.oauthShown, () -> form.oauthClientId.get(), "Enter the client id.",
                form.oauthClientId);
        oauthClientSecret = required(form.oauthShown, () -> form.oauthClientSecret.get(), "Enter the client secret.",
                form.oauthClientSecret);
        kerberosPrincipal = required(form.kerberosShown, () -> form.kerberosPrincipal.get(),
                "Enter the principal, e.g. kafka-explorer@EXAMPLE.COM.", form.kerberosPrincipal);
        kerberosKeytab = new FileWarning(runtime, isFile, form.kerberosKeytab, form.kerberosShown,
                "Choose the keytab file of the principal.").check();
        krb5Conf = optionalFile(runtime, isFile, form, form.krb5Conf);
        awsRoleArn = check(form.awsShown, () -> form.awsRoleArn.get().isEmpty() || form.awsRoleArn.get().startsWith("arn:")
                ? "" : "A role ARN starts with arn:, e.g. arn:aws:iam::123456789012:role/kafka-reader.", form.awsRoleArn);
        trustPath = new FileWarning(runtime, isFile, form.trustPath, form.trustPathShown,
                "Choose the file with the CA certificates to trust.").check();
        certificatePath = new FileWarning(runtime, isFile, form.certificatePath, form.certificateShown,
                "Choose the client certificate (or keystore) file.").check();
        keyPath = new FileWarning(runtime, isFile, form.keyPath, form.keyPathShown,
                "Choose the PEM file of the client's private key.").check();
        keystorePassword = required(form.keystorePasswordShown, () -> form.keystorePassword.get(),
                "Enter the keystore's password.", form.keystorePassword);
        all = List.of(username, password, oauthTokenEndpoint, oauthClientId, oauthClientSecret, kerberosPrincipal,
                kerberosKeytab, krb5Conf, awsRoleArn, trustPath, certificatePath, keyPath, keystorePassword);
    }

    /** Every check, for the editor's "can save". */
    List<ObjectBinding<FieldCheck>> all() {
        return all;
    }

    private static ObjectBinding<FieldCheck> optionalFile(UiRuntime runtime, Predicate<String> isFile, SecurityForm form,
                                                          javafx.beans.property.StringProperty path) {
        ObjectBinding<FieldCheck> whenGiven = new FileWarning(runtime, isFile, path, form.kerberosShown, "").check();
        return Bindings.createObjectBinding(() -> path.get().isBlank() ? FieldCheck.OK : whenGiven.get(), path, whenGiven);
    }

    private static String endpointProblem(String text) {
        if (text.isBlank()) {
            return "Enter the token endpoint URL of the identity provider.";
        }
        try {
            URI uri = URI.create(text);
            if (("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null) {
                return "";
            }
        } catch (IllegalArgumentException e) {
            // Worded below.
        }
        return "Not a URL: the token endpoint looks like https://login.example.com/oauth2/token.";
    }

    private static ObjectBinding<FieldCheck> required(ObservableBooleanValue shown, Supplier<String> value, String words,
                                                      Observable field) {
        return check(shown, () -> value.get().isBlank() ? words : "", field);
    }

    private static ObjectBinding<FieldCheck> check(ObservableBooleanValue shown, Supplier<String> problem,
                                                   Observable field) {
        return Bindings.createObjectBinding(() -> {
            String words = shown.get() ? problem.get() : "";
            return words.isEmpty() ? FieldCheck.OK : FieldCheck.error(words);
        }, shown, field);
    }
}
