package dev.kafkaexplorer.ui.schemas;

import dev.kafkaexplorer.ui.common.BoundedTextArea;
import dev.kafkaexplorer.registry.RegistryException;
import dev.kafkaexplorer.registry.SchemaRegistry;
import dev.kafkaexplorer.registry.SchemaType;
import dev.kafkaexplorer.ui.common.ChangeGuard;
import dev.kafkaexplorer.ui.common.Command;
import dev.kafkaexplorer.ui.common.LatestRequest;
import dev.kafkaexplorer.ui.common.UiRuntime;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A new version for a subject: its text and type as typed, the registry's compatibility verdict
 * in words (Check compatibility), and Register, which says the new id and version or the
 * registry's refusal (409 incompatible, 42201 invalid) with its reasons. Register is refused on a
 * read-only profile; checking changes nothing and stays allowed. Toolkit-free.
 */
public final class NewSchemaVersion {

    /** Whether what {@link #outcomeProperty()} says went the user's way. */
    public enum Outcome { NONE, GOOD, BAD }

    /** What the registry answered; {@code version} the one registered, 0 for a check. */
    private record Answer(Outcome outcome, String words, String subject, int version) {

        Answer(Outcome outcome, String words) {
            this(outcome, words, null, 0);
        }
    }

    /** The most characters of schema the form holds: a text area lays its whole text out on the FX thread. */
    public static final int MOST_CHARACTERS = BoundedTextArea.DEFAULT_LIMIT;
    static final String ENTER_SUBJECT = "Enter the subject to register under: for a topic's values, the topic's name and -value.";
    static final String ENTER_SCHEMA = "Paste or type the schema: Avro (.avsc JSON), Protobuf (.proto text) or JSON Schema.";

    private final RegistryTasks calls;
    private final ChangeGuard changes;
    private final StringProperty subject = new SimpleStringProperty("");
    private final ObjectProperty<SchemaType> type = new SimpleObjectProperty<>(SchemaType.AVRO);
    private final StringProperty schemaText = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper outcomeWords = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper tooLong = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Outcome> outcome = new ReadOnlyObjectWrapper<>(Outcome.NONE);
    private final StringBinding subjectError;
    private final StringBinding schemaError;
    private final Command checkCommand;
    private final Command registerCommand;
    private final LatestRequest answers;
    /** Told of each version registered (subject, version), so the tab shows it. */
    private final BiConsumer<String, Integer> registered;
    /** The subject this form filled in itself: replaced by the next chosen one, unlike a typed one. */
    private String filledSubject = "";

    NewSchemaVersion(UiRuntime runtime, RegistryTasks calls, ChangeGuard changes, BiConsumer<String, Integer> registered) {
        this.calls = calls;
        this.changes = changes;
        this.registered = registered;
        this.answers = runtime.latestRequest();
        subjectError = Bindings.createStringBinding(() -> subject.get().isBlank() ? ENTER_SUBJECT : "", subject);
        schemaError = Bindings.createStringBinding(() -> {
            if (!tooLong.get().isEmpty()) {
                return tooLong.get();
            }
            return schemaText.get().isBlank() ? ENTER_SCHEMA : "";
        }, schemaText, tooLong);
        BooleanBinding valid = subjectError.isEmpty().and(schemaError.isEmpty()).and(busy.not());
        checkCommand = new Command(valid, this::check);
        registerCommand = new Command(changes.and(valid), this::register);
        subject.addListener((obs, old, now) -> forgetOutcome());
        type.addListener((obs, old, now) -> forgetOutcome());
        schemaText.addListener((obs, old, now) -> {
            tooLong.set("");
            forgetOutcome();
        });
    }

    private void forgetOutcome() {
        answers.cancel();
        busy.set(false);
        outcomeWords.set("");
        outcome.set(Outcome.NONE);
    }

    /** A subject was chosen in the list: it becomes the form's, unless the user typed another one there. */
    void subjectChosen(String chosen) {
        if (chosen != null && (subject.get().isBlank() || subject.get().equals(filledSubject))) {
            filledSubject = chosen;
            subject.set(chosen);
        }
    }

    /** Puts {@code shown}'s text and type in the form, to edit into the next version (not when longer than the box holds). */
    public void startFrom(ShownSchema shown) {
        type.set(shown.schema().type());
        if (shown.prettyText().length() > MOST_CHARACTERS) {
            refuseTooLong(shown.prettyText().length());
        } else {
            schemaText.set(shown.prettyText());
        }
    }

    /** An edit that would have made the text longer than its box holds: refused in words, the text kept as it was. */
    public void refuseTooLong(int length) {
        tooLong.set("Not taken: that would make the schema " + length + " characters; this box holds " + MOST_CHARACTERS + ".");
    }

    /** Asks the registry whether the schema may become the subject's next version. */
    public void check() {
        String of = subject.get().trim();
        SchemaType kind = type.get();
        String text = schemaText.get();
        ask("Asking the registry…", registry -> {
            try {
                var verdict = registry.checkCompatibility(of, kind, text, List.of());
                return new Answer(verdict.compatible() ? Outcome.GOOD : Outcome.BAD, VerdictWords.verdict(of, verdict));
            } catch (RegistryException e) {
                if (e.notFound()) {
                    return new Answer(Outcome.GOOD, VerdictWords.firstVersion(of));
                }
                throw e;
            }
        }, error -> "Not checked: " + RegistryTasks.words(error));
    }

    /** Registers the schema under the subject; refused on a read-only profile. */
    public void register() {
        if (changes.refuses(outcomeWords::set)) {
            outcome.set(Outcome.BAD);
            return;
        }
        String of = subject.get().trim();
        SchemaType kind = type.get();
        String text = schemaText.get();
        ask("Registering…", registry -> {
            List<Integer> before = versionsOrNone(registry, of);
            int id = registry.register(of, kind, text, List.of());
            int version = versionWithId(registry, of, id);
            return new Answer(Outcome.GOOD, VerdictWords.registered(of, version, id, before.contains(version)), of, version);
        }, error -> VerdictWords.refused(error));
    }

    private void ask(String progress, RegistryTasks.Call<Answer> call, Function<Throwable, String> refusal) {
        busy.set(true);
        outcome.set(Outcome.NONE);
        outcomeWords.set(progress);
        answers.run(() -> calls.run(call), answer -> {
            busy.set(false);
            outcome.set(answer.outcome());
            outcomeWords.set(answer.words());
            if (answer.version() > 0) {
                registered.accept(answer.subject(), answer.version());
            }
        }, error -> {
            busy.set(false);
            outcome.set(Outcome.BAD);
            outcomeWords.set(refusal.apply(error));
        });
    }

    private static List<Integer> versionsOrNone(SchemaRegistry registry, String subject) throws RegistryException {
        try {
            return registry.versions(subject);
        } catch (RegistryException e) {
            if (e.notFound()) {
                return List.of();
            }
            throw e;
        }
    }

    /** The version of {@code subject} that holds schema {@code id}: the newest, unless the schema was there before. */
    private static int versionWithId(SchemaRegistry registry, String subject, int id) throws RegistryException {
        var latest = registry.version(subject, SubjectVersions.LATEST);
        if (latest.id() == id) {
            return latest.version();
        }
        List<Integer> versions = registry.versions(subject);
        for (int i = versions.size() - 1; i >= 0; i--) {
            if (registry.version(subject, versions.get(i)).id() == id) {
                return versions.get(i);
            }
        }
        return latest.version();
    }

    public StringProperty subjectProperty() {
        return subject;
    }

    public ObjectProperty<SchemaType> typeProperty() {
        return type;
    }

    public StringProperty schemaTextProperty() {
        return schemaText;
    }

    /** What the subject field lacks, in words; empty when it has a subject. */
    public StringBinding subjectErrorProperty() {
        return subjectError;
    }

    /** What the schema text lacks or a refused paste, in words; empty when it has a schema. */
    public StringBinding schemaErrorProperty() {
        return schemaError;
    }

    /** The verdict, the new id and version, or the refusal, in words. */
    public ReadOnlyStringProperty outcomeProperty() {
        return outcomeWords.getReadOnlyProperty();
    }

    /** Whether the last answer went the user's way: colours the words. */
    public ReadOnlyObjectProperty<Outcome> outcomeKindProperty() {
        return outcome.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public Command checkCommand() {
        return checkCommand;
    }

    public Command registerCommand() {
        return registerCommand;
    }
}
