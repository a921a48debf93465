package dev.kafkaexplorer.ui.send;

import dev.kafkaexplorer.kafka.produce.ValueSchemaPlan;
import dev.kafkaexplorer.format.FormatException;
import dev.kafkaexplorer.registry.RegisteredSchema;
import dev.kafkaexplorer.registry.RegistryException;
import dev.kafkaexplorer.ui.common.LatestRequest;
import dev.kafkaexplorer.ui.common.UiRuntime;
import java.util.List;
import java.util.concurrent.CompletionException;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The dialog's "JSON encoded with a subject's schema": the registry's subjects (the topic's own,
 * {@code <topic>-value}, chosen when there is one), the chosen subject's latest schema, and the
 * value's JSON written with it. Reading the registry and encoding run on the workers; only the
 * latest answer counts. A value that does not fit is refused in words, and nothing is sent.
 */
final class SchemaValue {

    static final String NO_REGISTRY = "This cluster has no schema registry: set one in its profile";

    private final SchemaSource source;
    private final ObservableStringValue topic;
    private final LatestRequest listing;
    private final LatestRequest fetching;
    private final LatestRequest encoding;

    final ObservableList<String> subjects = FXCollections.observableArrayList();
    final StringProperty subject = new SimpleStringProperty("");
    /** The chosen schema in words: "Avro, version 3, schema id 7". */
    final ReadOnlyStringWrapper schemaInfo = new ReadOnlyStringWrapper("");
    final ReadOnlyStringWrapper subjectError = new ReadOnlyStringWrapper("");
    /** Why the value does not fit the schema; "" when it does or is not known yet. */
    final ReadOnlyStringWrapper fitError = new ReadOnlyStringWrapper("");
    /** The value written with the schema; null until it is. */
    final ReadOnlyObjectWrapper<byte[]> encoded = new ReadOnlyObjectWrapper<>();
    final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private boolean loadingSubjects;
    private boolean loadingSchema;
    private boolean encodingValue;
    private boolean subjectsLoaded;
    private RegisteredSchema schema;
    private String json;

    /**
     * @param source the cluster's registry; null when the cluster has none
     * @param topic  the dialog's topic, whose subject is chosen first
     */
    SchemaValue(UiRuntime runtime, SchemaSource source, ObservableStringValue topic) {
        this.source = source;
        this.topic = topic;
        listing = runtime.latestRequest();
        fetching = runtime.latestRequest();
        encoding = runtime.latestRequest();
        subject.addListener((obs, old, now) -> fetchSchema());
    }

    /** The schema mode was chosen: the subjects are read (the first time), and the topic's subject chosen. */
    void activate() {
        if (source == null) {
            subjectError.set(NO_REGISTRY);
            return;
        }
        if (subjectsLoaded || loadingSubjects) {
            return;
        }
        loadingSubjects = true;
        updateBusy();
        subjectError.set("Reading the registry's subjects…");
        listing.runOnWorker(() -> call(source::subjects), names -> {
            loadingSubjects = false;
            subjectsLoaded = true;
            subjects.setAll(names);
            String own = ValueSchemaPlan.valueSubject(topic.get().trim());
            if ((subject.get() == null || subject.get().isBlank()) && names.contains(own)) {
                subject.set(own);
            } else {
                fetchSchema();
            }
        }, failure -> {
            loadingSubjects = false;
            updateBusy();
            subjectError.set("The registry's subjects were not read: " + failure.getMessage());
        });
    }

    private void fetchSchema() {
        schema = null;
        schemaInfo.set("");
        fitError.set("");
        encoded.set(null);
        encoding.cancel();
        encodingValue = false;
        String chosen = subject.get() == null ? "" : subject.get().trim();
        if (chosen.isEmpty()) {
            fetching.cancel();
            loadingSchema = false;
            updateBusy();
            subjectError.set(subjects.isEmpty() && subjectsLoaded
                    ? "The registry has no subjects yet: register a schema first (Schemas tab)" : "Choose a subject");
            return;
        }
        loadingSchema = true;
        updateBusy();
        subjectError.set("");
        fetching.runOnWorker(() -> call(() -> source.latest(chosen)), latest -> {
            loadingSchema = false;
            schema = latest;
            schemaInfo.set(latest.type().label() + ", version " + latest.version() + ", schema id " + latest.id());
            encode(json);
        }, failure -> {
            loadingSchema = false;
            updateBusy();
            subjectError.set("The schema of “" + chosen + "” was not read: " + failure.getMessage());
        });
    }

    /** Writes {@code value} (JSON already checked; null: none to write) with the chosen schema, on a worker. */
    void encode(String value) {
        json = value;
        encoded.set(null);
        fitError.set("");
        if (value == null || schema == null) {
            encoding.cancel();
            encodingValue = false;
            updateBusy();
            return;
        }
        RegisteredSchema with = schema;
        String latestSubject = subject.get();
        encodingValue = true;
        updateBusy();
        encoding.runOnWorker(() -> {
            try {
                return source.encode(with, value);
            } catch (FormatException e) {
                throw new CompletionException(e);
            }
        }, bytes -> {
            encodingValue = false;
            encoded.set(bytes);
            updateBusy();
        }, failure -> {
            encodingValue = false;
            updateBusy();
            fitError.set("Does not fit “" + latestSubject + "” version " + with.version() + ": " + failure.getMessage());
        });
    }

    private void updateBusy() {
        busy.set(loadingSubjects || loadingSchema || encodingValue);
    }

    /** Whether the value is written and may be sent. */
    boolean ready() {
        return encoded.get() != null && !busy.get() && subjectError.get().isEmpty() && fitError.get().isEmpty();
    }

    /** What can change {@link #ready()}. */
    List<Observable> readiness() {
        return List.of(encoded, busy, subjectError, fitError);
    }

    private interface RegistryCall<T> {
        T call() throws RegistryException;
    }

    private static <T> T call(RegistryCall<T> call) {
        try {
            return call.call();
        } catch (RegistryException e) {
            throw new CompletionException(e);
        }
    }
}
