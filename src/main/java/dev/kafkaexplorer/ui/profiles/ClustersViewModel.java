package dev.kafkaexplorer.ui.profiles;

import dev.kafkaexplorer.kafka.KafkaErrorText;
import dev.kafkaexplorer.kafka.security.Secrets;
import dev.kafkaexplorer.settings.ClusterProfile;
import dev.kafkaexplorer.settings.ProfileRepository;
import dev.kafkaexplorer.ui.common.Command;
import dev.kafkaexplorer.ui.common.LatestRequest;
import dev.kafkaexplorer.ui.common.UiRuntime;
import dev.kafkaexplorer.ui.connection.ConnectionDiagnosis;
import dev.kafkaexplorer.ui.connection.DoctorViewModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Clusters window: the list of cluster profiles (the built-in local broker first), its
 * actions, and the editor of the selected one with Save, Connect and Test connection. A new or
 * duplicated profile is a draft until saved; reorder and delete are saved at once. Every read and
 * write of the profiles and their secrets runs on the workers. Toolkit-free; lives on the FX thread.
 */
public final class ClustersViewModel {

    private record Saved(List<ClusterProfile> profiles, String where) {
    }

    private final UiRuntime runtime;
    private final ProfileRepository repository;
    private final ProfileTools tools;
    private final Consumer<ClusterProfile> connect;
    private final ObservableList<ClusterProfile> profiles = FXCollections.observableArrayList();
    private final ObjectProperty<ClusterProfile> selected = new SimpleObjectProperty<>();
    /** Profiles not saved yet, with the secrets they came with (a duplicate's, an import's). */
    private final Map<String, Secrets> drafts = new HashMap<>();
    private final ReadOnlyBooleanWrapper selectedIsDraft = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper testProblem = new ReadOnlyStringWrapper("");
    private final ProfileEditorViewModel editor;
    private final DoctorViewModel doctor;
    private final LatestRequest loading;
    private final LatestRequest testing;
    private final Command save;
    private final Command saveAndConnect;
    private final Command test;
    private final Command duplicate;
    private final Command delete;
    private final Command moveUp;
    private final Command moveDown;

    /** @param connect connects the main window with a saved profile */
    public ClustersViewModel(UiRuntime runtime, ProfileRepository repository, ConnectionDiagnosis diagnosis,
                             Consumer<ClusterProfile> connect, ProfileTools tools) {
        this.runtime = runtime;
        this.repository = repository;
        this.tools = tools;
        this.connect = connect;
        this.editor = new ProfileEditorViewModel(runtime, profiles, tools.check(), tools.isFile());
        this.doctor = new DoctorViewModel(runtime, diagnosis);
        this.loading = runtime.latestRequest();
        this.testing = runtime.latestRequest();
        BooleanBinding some = selected.isNotNull().and(busy.not()).and(editor.loadedProperty());
        BooleanBinding saved = some.and(editor.editableProperty()).and(selectedIsDraft.not());
        save = new Command(some.and(editor.validProperty()).and(editor.changedProperty().or(selectedIsDraft)), this::save);
        saveAndConnect = new Command(some.and(editor.validProperty().or(editor.editableProperty().not())), this::saveAndConnect);
        test = new Command(some.and(editor.validProperty()).and(doctor.runningProperty().not()), this::testConnection);
        duplicate = new Command(saved, this::duplicate);
        delete = new Command(some.and(editor.editableProperty()), this::delete);
        moveUp = new Command(saved.and(Bindings.createBooleanBinding(() -> profiles.indexOf(selected.get()) > 1,
                profiles, selected)), () -> move(-1));
        moveDown = new Command(saved.and(Bindings.createBooleanBinding(() -> profiles.indexOf(selected.get()) >= 1
                && profiles.indexOf(selected.get()) < profiles.size() - 1 - drafts.size(), profiles, selected)), () -> move(1));
    }

    /** Reads the saved profiles (on the workers) and selects the first, or the one named {@code selectId}. */
    public void open(String selectId) {
        busy.set(true);
        runtime.whenDone(runtime.onWorker(() -> new Saved(repository.profiles(), repository.whereSecretsKept())),
                found -> {
                    busy.set(false);
                    List<ClusterProfile> saved = found.profiles();
                    editor.secretsLocation.set("Secrets are kept " + found.where() + ".");
                    drafts.clear();
                    List<ClusterProfile> all = new ArrayList<>(List.of(ClusterProfile.localBroker()));
                    all.addAll(saved);
                    profiles.setAll(all);
                    // Read afresh: even the profile shown before is loaded again.
                    selected.set(null);
                    select(all.stream().filter(p -> p.id().equals(selectId)).findFirst().orElse(all.get(0)));
                }, error -> fail("The saved profiles could not be read", error));
    }

    /** Shows {@code profile} in the editor; a draft left behind is dropped (the window asked first). */
    public void select(ClusterProfile profile) {
        ClusterProfile before = selected.get();
        if (profile != null && before != null && profile.id().equals(before.id()) && editor.shown() != null
                && editor.shown().id().equals(profile.id())) {
            selected.set(profile);
            return;
        }
        if (before != null && drafts.containsKey(before.id()) && (profile == null || !profile.id().equals(before.id()))) {
            drafts.remove(before.id());
            profiles.remove(before);
        }
        selected.set(profile);
        selectedIsDraft.set(profile != null && drafts.containsKey(profile.id()));
        testProblem.set("");
        doctor.withdraw();
        if (profile == null) {
            return;
        }
        if (profile.isLocalBroker() || drafts.containsKey(profile.id())) {
            loading.cancel();
            editor.load(profile, drafts.getOrDefault(profile.id(), Secrets.none()));
            return;
        }
        loading.runOnWorker(() -> repository.secretsOf(profile), secrets -> editor.load(profile, secrets),
                error -> fail("The secrets of " + profile.name() + " could not be read", error));
    }

    /** Whether leaving the selected profile would lose what was typed (the window asks first). */
    public boolean hasUnsavedChanges() {
        return selected.get() != null && (editor.changedProperty().get() || selectedIsDraft.get());
    }

    /** Adds a new, empty profile (a draft until saved) and selects it. */
    public void add() {
        addDraft(ClusterProfile.plaintext(freeName("New cluster"), ""), Secrets.none());
    }

    private void duplicate() {
        ClusterProfile original = selected.get();
        loading.runOnWorker(() -> repository.secretsOf(original),
                secrets -> addDraft(original.duplicate(freeName(original.name() + " copy")), secrets),
                error -> fail("The secrets of " + original.name() + " could not be read", error));
    }

    /** Reads a Kafka client properties file into a new profile (a draft until saved). */
    public void importFrom(Path file) {
        String base = file.getFileName().toString().replaceFirst("\\.properties$", "");
        String name = freeName(base);
        runtime.whenDone(runtime.onWorker(() -> tools.files().read(file, name)), imported -> {
            addDraft(imported.profile(), imported.secrets());
            String notes = imported.notes().isEmpty() ? "" : " " + String.join(" ", imported.notes());
            notice.set("Imported " + file.getFileName() + ": check the settings, then save." + notes);
        }, error -> fail("Could not import " + file.getFileName(), error));
    }

    /** Writes the profile as shown to a client properties file, without its secrets. */
    public void exportTo(Path file) {
        ClusterProfile profile = editor.edited().profile();
        runtime.whenDone(runtime.onWorker(() -> {
            tools.files().write(profile, file);
            return file;
        }), done -> notice.set("Exported to " + file + " (without secrets)."),
                error -> fail("Could not export to " + file, error));
    }

    private void addDraft(ClusterProfile draft, Secrets secrets) {
        drafts.put(draft.id(), secrets);
        profiles.add(draft);
        select(draft);
    }

    /** Deletes the selected profile and its secrets (the window asked first). */
    private void delete() {
        ClusterProfile gone = selected.get();
        int at = profiles.indexOf(gone);
        if (drafts.containsKey(gone.id())) {
            select(profiles.get(at - 1));
            return;
        }
        List<ClusterProfile> kept = savedOrder();
        kept.removeIf(p -> p.id().equals(gone.id()));
        persist(kept, () -> {
            profiles.remove(gone);
            select(profiles.get(Math.min(at, profiles.size() - 1)));
            notice.set("Deleted " + gone.name() + ".");
        });
    }

    private void move(int by) {
        ClusterProfile moving = selected.get();
        int at = profiles.indexOf(moving);
        List<ClusterProfile> order = new ArrayList<>(profiles);
        order.remove(at);
        order.add(at + by, moving);
        profiles.setAll(order);
        selected.set(moving);
        persist(savedOrder(), () -> { });
    }

    private void save() {
        saveThen(saved -> notice.set("Saved " + saved.name() + "."));
    }

    private void saveAndConnect() {
        if (!editor.editableProperty().get() || !hasUnsavedChanges()) {
            connect.accept(selected.get());
        } else {
            saveThen(connect);
        }
    }

    private void saveThen(Consumer<ClusterProfile> after) {
        ProfileEditorViewModel.Edited edited = editor.edited();
        List<ClusterProfile> order = new ArrayList<>(profiles.subList(1, profiles.size()));
        order.removeIf(p -> drafts.containsKey(p.id()) && !p.id().equals(edited.profile().id()));
        busy.set(true);
        runtime.whenDone(runtime.onWorker(() -> {
            ClusterProfile stored = repository.storeSecrets(edited.profile(), edited.secrets());
            order.replaceAll(p -> p.id().equals(stored.id()) ? stored : p);
            repository.saveAll(order);
            return stored;
        }), stored -> {
            busy.set(false);
            drafts.remove(stored.id());
            selectedIsDraft.set(false);
            editor.markSaved(stored, edited);
            profiles.replaceAll(p -> p.id().equals(stored.id()) ? stored : p);
            selected.set(stored);
            after.accept(stored);
        }, error -> fail("Could not save " + edited.profile().name(), error));
    }

    private void testConnection() {
        ProfileEditorViewModel.Edited edited = editor.edited();
        testProblem.set("");
        doctor.withdraw();
        testing.runOnWorker(() -> tools.access().of(edited.profile(), edited.secrets()), doctor::offer,
                error -> testProblem.set("Cannot test this profile: " + KafkaErrorText.general(error)));
    }

    /** The saved profiles in the list's order (no draft, not the built-in one). */
    private List<ClusterProfile> savedOrder() {
        List<ClusterProfile> order = new ArrayList<>(profiles.subList(1, profiles.size()));
        order.removeIf(p -> drafts.containsKey(p.id()));
        return order;
    }

    private void persist(List<ClusterProfile> order, Runnable then) {
        busy.set(true);
        runtime.whenDone(runtime.onWorker(() -> {
            repository.saveAll(order);
            return order;
        }), done -> {
            busy.set(false);
            then.run();
        }, error -> fail("Could not save the profiles", error));
    }

    private void fail(String what, Throwable error) {
        busy.set(false);
        notice.set(what + ": " + KafkaErrorText.general(error));
    }

    private String freeName(String base) {
        String name = base;
        for (int n = 2; nameTaken(name); n++) {
            name = base + " " + n;
        }
        return name;
    }

    private boolean nameTaken(String name) {
        return profiles.stream().anyMatch(p -> p.name().equalsIgnoreCase(name));
    }

    public ObservableList<ClusterProfile> profiles() { return profiles; }
    public ObjectProperty<ClusterProfile> selectedProperty() { return selected; }
    public ProfileEditorViewModel editor() { return editor; }
    public DoctorViewModel doctor() { return doctor; }
    public ReadOnlyStringProperty noticeProperty() { return notice.getReadOnlyProperty(); }
    public ReadOnlyStringProperty testProblemProperty() { return testProblem.getReadOnlyProperty(); }
    public ReadOnlyStringProperty secretsLocationProperty() { return editor.secretsLocation; }
    public Command saveCommand() { return save; }
    public Command connectCommand() { return saveAndConnect; }
    public Command testConnectionCommand() { return test; }
    public Command duplicateCommand() { return duplicate; }
    /** Deletes the selected profile; the window confirms first. */
    public Command deleteCommand() { return delete; }
    public Command moveUpCommand() { return moveUp; }
    public Command moveDownCommand() { return moveDown; }
}
