package dev.kafkaexplorer.ui.profiles;

import dev.kafkaexplorer.kafka.security.Secrets;
import dev.kafkaexplorer.registry.RegistryUrlRules;
import dev.kafkaexplorer.settings.ClusterProfile.SchemaRegistrySettings;
import dev.kafkaexplorer.settings.ClusterProfile.SchemaRegistrySettings.RegistryAuth;
import dev.kafkaexplorer.ui.common.UiRuntime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The schema registry part of the profile editor: URL, kind of login, user name, password or
 * token (secrets), and for https the CA file; what the editor says next to each as it is typed.
 * Without a URL the profile has no registry and the other fields are hidden (neither checked nor
 * saved). Toolkit-free; lives on the FX thread.
 */
public final class RegistryFields {

    final StringProperty url = new SimpleStringProperty("");
    final ObjectProperty<RegistryAuth> auth = new SimpleObjectProperty<>(RegistryAuth.NONE);
    final StringProperty username = new SimpleStringProperty("");
    final StringProperty password = new SimpleStringProperty("");
    final StringProperty token = new SimpleStringProperty("");
    final StringProperty caFile = new SimpleStringProperty("");

    final BooleanBinding loginShown = Bindings.createBooleanBinding(() -> !url.get().isBlank(), url);
    final BooleanBinding basicShown = loginShown.and(Bindings.createBooleanBinding(() -> auth.get() == RegistryAuth.BASIC, auth));
    final BooleanBinding bearerShown = loginShown.and(Bindings.createBooleanBinding(() -> auth.get() == RegistryAuth.BEARER, auth));
    final BooleanBinding caFileShown = Bindings.createBooleanBinding(
            () -> url.get().strip().toLowerCase(Locale.ROOT).startsWith("https:"), url);

    final ObjectBinding<FieldCheck> urlCheck;
    final ObjectBinding<FieldCheck> usernameCheck;
    final ObjectBinding<FieldCheck> passwordCheck;
    final ObjectBinding<FieldCheck> tokenCheck;
    final ObjectBinding<FieldCheck> caFileCheck;
    private final List<ObjectBinding<FieldCheck>> checks;

    /** @param isFile whether a path names a file (asked on the workers) */
    RegistryFields(UiRuntime runtime, Predicate<String> isFile) {
        urlCheck = Bindings.createObjectBinding(() -> url.get().isBlank() ? FieldCheck.OK
                : RegistryUrlRules.check(url.get(), false).map(FieldCheck::error).orElse(FieldCheck.OK), url);
        usernameCheck = required(basicShown, username, "Enter the registry's user name.");
        passwordCheck = required(basicShown, password, "Enter the registry's password.");
        tokenCheck = required(bearerShown, token, "Enter the token the registry takes (bearer.auth.token).");
        // Optional: without one the JVM's CAs are trusted, as for a registry with a public certificate.
        ObjectBinding<FieldCheck> whenGiven = new FileWarning(runtime, isFile, caFile, caFileShown, "").check();
        caFileCheck = Bindings.createObjectBinding(() -> caFile.get().isBlank() ? FieldCheck.OK : whenGiven.get(),
                caFile, whenGiven);
        checks = List.of(urlCheck, usernameCheck, passwordCheck, tokenCheck, caFileCheck);
    }

    /** Shows {@code settings} and the registry's secrets among {@code secrets}, replacing what was typed. */
    void load(SchemaRegistrySettings settings, Secrets secrets) {
        url.set(settings.url());
        auth.set(settings.auth());
        username.set(text(settings.username()));
        caFile.set(text(settings.caFile()));
        password.set(secrets.get(Secrets.REGISTRY_PASSWORD).orElse(""));
        token.set(secrets.get(Secrets.REGISTRY_TOKEN).orElse(""));
    }

    /** The registry as typed; fields that are hidden are left out. */
    SchemaRegistrySettings settings() {
        if (!loginShown.get()) {
            return SchemaRegistrySettings.none();
        }
        return new SchemaRegistrySettings(url.get(), auth.get(), basicShown.get() ? value(username) : null,
                caFileShown.get() ? value(caFile) : null);
    }

    /** The registry's secrets the shown fields hold. */
    Map<String, String> secrets() {
        Map<String, String> values = new HashMap<>();
        if (basicShown.get() && !password.get().isEmpty()) {
            values.put(Secrets.REGISTRY_PASSWORD, password.get());
        }
        if (bearerShown.get() && !token.get().isEmpty()) {
            values.put(Secrets.REGISTRY_TOKEN, token.get());
        }
        return values;
    }

    /** Every check, for the editor's "can save". */
    List<ObjectBinding<FieldCheck>> checks() {
        return checks;
    }

    /** Every property whose change changes the profile. */
    Observable[] all() {
        return new Observable[] {url, auth, username, password, token, caFile};
    }

    private static ObjectBinding<FieldCheck> required(BooleanBinding shown, StringProperty field, String words) {
        return Bindings.createObjectBinding(() -> shown.get() && field.get().isBlank() ? FieldCheck.error(words)
                : FieldCheck.OK, shown, field);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String value(StringProperty field) {
        return field.get().isEmpty() ? null : field.get();
    }
}
