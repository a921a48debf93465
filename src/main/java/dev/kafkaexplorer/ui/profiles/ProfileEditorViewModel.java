package dev.kafkaexplorer.ui.profiles;

import dev.kafkaexplorer.kafka.BootstrapServersRules;
import dev.kafkaexplorer.kafka.security.Secrets;
import dev.kafkaexplorer.settings.ClusterProfile;
import dev.kafkaexplorer.ui.common.UiRuntime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

/**
 * The profile editor: the fields of one cluster profile as typed (its schema registry's in
 * {@link RegistryFields}), what is wrong with each (in words, as typed), whether it can be saved,
 * and whether it differs from what was loaded. The built-in local broker profile is shown but not
 * editable. Toolkit-free; lives on the FX thread.
 */
public final class ProfileEditorViewModel {

    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

    /** A profile as the editor would save it, with its secrets. */
    public record Edited(ClusterProfile profile, Secrets secrets) {
    }

    final StringProperty name = new SimpleStringProperty("");
    final StringProperty servers = new SimpleStringProperty("");
    final StringProperty colour = new SimpleStringProperty(ClusterProfile.DEFAULT_COLOUR);
    final BooleanProperty production = new SimpleBooleanProperty();
    final BooleanProperty readOnly = new SimpleBooleanProperty();
    /** "Secrets are kept …", in words, under the fields. */
    final StringProperty secretsLocation = new SimpleStringProperty("");
    final SecurityForm security = new SecurityForm();
    final RegistryFields registry;
    final AdvancedProperties advanced;
    final SecurityChecks securityChecks;
    final ObjectBinding<FieldCheck> nameCheck;
    final ObjectBinding<FieldCheck> serversCheck;
    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();
    private final BooleanBinding valid;
    private final BooleanBinding changed;
    private ClusterProfile shown;
    private Edited asLoaded;

    /**
     * @param others the profiles in the list, for the name's uniqueness
     * @param isFile whether a path names a file (asked on the workers)
     */
    public ProfileEditorViewModel(UiRuntime runtime, ObservableList<ClusterProfile> others, PropertyCheck check,
                                  Predicate<String> isFile) {
        advanced = new AdvancedProperties(check);
        securityChecks = new SecurityChecks(security, runtime, isFile);
        registry = new RegistryFields(runtime, isFile);
        nameCheck = Bindings.createObjectBinding(() -> nameProblem(others), name, others, loaded);
        serversCheck = Bindings.createObjectBinding(() -> editable.get()
                ? BootstrapServersRules.check(servers.get()).map(FieldCheck::error).orElse(FieldCheck.OK)
                : FieldCheck.OK, servers, editable);
        List<ObjectBinding<FieldCheck>> fieldChecks = new ArrayList<>(securityChecks.all());
        fieldChecks.addAll(registry.checks());
        List<Observable> checks = new ArrayList<>(fieldChecks);
        checks.addAll(List.of(nameCheck, serversCheck, advanced.text, editable, colour));
        valid = Bindings.createBooleanBinding(() -> editable.get() && !nameCheck.get().blocks()
                && !serversCheck.get().blocks() && COLOUR.matcher(colour.get()).matches()
                && fieldChecks.stream().noneMatch(c -> c.get().blocks()) && !advanced.hasErrors().get(),
                checks.toArray(Observable[]::new));
        List<Observable> fields = new ArrayList<>(List.of(security.all()));
        fields.addAll(List.of(registry.all()));
        fields.addAll(List.of(name, servers, colour, production, readOnly, advanced.text, loaded));
        changed = Bindings.createBooleanBinding(() -> asLoaded != null && !edited().equals(asLoaded),
                fields.toArray(Observable[]::new));
    }

    /** Shows {@code profile} with its {@code secrets}, replacing what was typed. */
    public void load(ClusterProfile profile, Secrets secrets) {
        loaded.set(false);
        shown = profile;
        editable.set(!profile.isLocalBroker());
        name.set(profile.name());
        servers.set(profile.bootstrapServers());
        colour.set(profile.colour());
        production.set(profile.production());
        readOnly.set(profile.readOnly());
        security.load(profile.security(), secrets);
        advanced.load(profile.advancedProperties(), secrets);
        registry.load(profile.schemaRegistry(), secrets);
        asLoaded = edited();
        loaded.set(true);
    }

    /**
     * {@code stored} was saved from {@code snapshot}: it becomes the profile shown, and what was
     * typed meanwhile (the save runs on the workers) stays in the fields, as a change.
     */
    void markSaved(ClusterProfile stored, Edited snapshot) {
        shown = stored;
        advanced.keptSecrets(snapshot.secrets());
        asLoaded = new Edited(stored, snapshot.secrets());
        loaded.set(false);
        loaded.set(true);
    }

    /** The profile as typed now (under the shown profile's id), with its secrets. */
    public Edited edited() {
        ClusterProfile base = Objects.requireNonNull(shown, "no profile shown");
        Map<String, String> secrets = new HashMap<>(security.secrets());
        secrets.putAll(advanced.secrets());
        secrets.putAll(registry.secrets());
        ClusterProfile profile = new ClusterProfile(base.id(), name.get(), servers.get(), security.security(),
                advanced.properties(), base.secretNames(), registry.settings(), colour.get(), production.get(),
                readOnly.get());
        return new Edited(profile, new Secrets(secrets));
    }

    /** The profile shown, as it was loaded (null before the first). */
    public ClusterProfile shown() {
        return shown;
    }

    /** Whether every field is valid (warnings allowed) and the profile can be edited at all. */
    public BooleanBinding validProperty() {
        return valid;
    }

    /** Whether something was typed since the profile was loaded. */
    public BooleanBinding changedProperty() {
        return changed;
    }

    /** False for the built-in local broker profile, whose settings are the app's own. */
    public ReadOnlyBooleanProperty editableProperty() {
        return editable.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public SecurityForm security() {
        return security;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty serversProperty() {
        return servers;
    }

    public RegistryFields registry() {
        return registry;
    }

    public StringProperty advancedTextProperty() {
        return advanced.text;
    }

    private FieldCheck nameProblem(List<ClusterProfile> others) {
        if (shown == null) {
            return FieldCheck.OK;
        }
        String typed = name.get().strip();
        if (typed.isEmpty()) {
            return FieldCheck.error("Give the profile a name.");
        }
        boolean taken = others.stream().anyMatch(p -> !p.id().equals(shown.id()) && p.name().strip().equalsIgnoreCase(typed));
        return taken ? FieldCheck.error("Another profile is named \"" + typed + "\": names must differ.") : FieldCheck.OK;
    }
}
