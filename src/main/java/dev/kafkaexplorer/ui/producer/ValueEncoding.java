package dev.kafkaexplorer.ui.producer;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kafkaexplorer.fake.RecordTemplate;
import dev.kafkaexplorer.fake.schema.SchemaDerivationException;
import dev.kafkaexplorer.fake.schema.TemplateSchemas;
import dev.kafkaexplorer.kafka.produce.ProducedValueFormat;
import dev.kafkaexplorer.kafka.produce.SchemaFiles;
import dev.kafkaexplorer.kafka.produce.ValueSchemaPlan;
import dev.kafkaexplorer.kafka.produce.ValueSchemaSetup;
import dev.kafkaexplorer.ui.common.LatestRequest;
import dev.kafkaexplorer.ui.common.TickSource;
import dev.kafkaexplorer.ui.common.UiRuntime;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletionException;
import java.util.regex.Pattern;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;

/**
 * The producer's "Value format": JSON text (the default), or Avro, Protobuf or JSON Schema through
 * the cluster's schema registry, with a schema derived from the template or read from a file. Its
 * subject is the topic's ({@code <topic>-value}). The schema is derived or the file read and
 * checked on the workers as the choice is made, so a wrong file or an underivable template is said
 * in words next to its field and Start stays off; it is registered only when a run starts.
 */
final class ValueEncoding {

    /** Typing a path pauses this long before the file is read. */
    static final Duration CHECK_DELAY = Duration.ofMillis(250);
    private static final Pattern MESSAGE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ObservableValue<ProducerCluster> cluster;
    private final ObservableValue<RecordTemplate> template;
    private final ObservableValue<Locale> locale;
    private final ObjectProperty<ProducedValueFormat> format = new SimpleObjectProperty<>(ProducedValueFormat.JSON_TEXT);
    private final StringProperty file = new SimpleStringProperty("");
    private final StringProperty messageName = new SimpleStringProperty("");
    private final StringBinding subject;
    private final ReadOnlyStringWrapper registryError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper fileError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper messageError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper schemaText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper(false);
    private final LatestRequest check;
    private final TickSource.Ticker checkDelay;

    /**
     * @param topic    the producer's topic field, whose subject the schema is registered under
     * @param template the template to derive from (null while a custom one is being checked)
     */
    ValueEncoding(UiRuntime runtime, ObservableValue<ProducerCluster> cluster, ObservableValue<String> topic,
                  ObservableValue<RecordTemplate> template, ObservableValue<Locale> locale) {
        this.cluster = cluster;
        this.template = template;
        this.locale = locale;
        check = runtime.latestRequest();
        checkDelay = runtime.ticks().after(CHECK_DELAY, this::checkSchema);
        subject = Bindings.createStringBinding(() -> topic.getValue() == null || topic.getValue().isBlank() ? ""
                : ValueSchemaPlan.valueSubject(topic.getValue().trim()), topic);
        cluster.addListener(o -> checkRegistry());
        format.addListener(o -> checkRegistry());
        format.addListener(o -> schemaChanged(false));
        // Change listeners: an invalidation listener on a binding nobody reads would hear only its first change.
        template.addListener((obs, old, now) -> {
            if (format.get().derived()) {
                schemaChanged(false);
            }
        });
        locale.addListener((obs, old, now) -> {
            if (format.get().derived()) {
                schemaChanged(false);
            }
        });
        file.addListener(o -> schemaChanged(true));
        messageName.addListener(o -> schemaChanged(true));
        checkRegistry();
    }

    private void checkRegistry() {
        ProducerCluster current = cluster.getValue();
        boolean missing = format.get().usesRegistry() && current != null && current.access().schemaRegistry().isEmpty();
        registryError.set(missing ? "Value format: " + ValueSchemaSetup.NO_REGISTRY : "");
    }

    /** Something the schema depends on changed: checked again, after a pause when it is being typed. */
    private void schemaChanged(boolean typed) {
        check.cancel();
        checkDelay.stop();
        fileError.set("");
        messageError.set("");
        schemaText.set("");
        ProducedValueFormat chosen = format.get();
        if (!chosen.usesRegistry()) {
            checking.set(false);
            return;
        }
        if (chosen.fromFile() && file.get().isBlank()) {
            checking.set(false);
            fileError.set("Schema file: choose the " + chosen.fileExtension() + " file holding the schema");
            return;
        }
        String message = messageName.get().trim();
        if (chosen.needsMessage() && !message.isEmpty() && !MESSAGE_NAME.matcher(message).matches()) {
            checking.set(false);
            messageError.set("Message: “" + message + "” is not a message name (letters, digits, _ and dots)");
            return;
        }
        checking.set(true);
        if (typed) {
            checkDelay.start();
        } else {
            checkSchema();
        }
    }

    /** Reads the file or derives the schema on a worker; the answer shows only if nothing changed since. */
    private void checkSchema() {
        ProducedValueFormat chosen = format.get();
        RecordTemplate from = template.getValue();
        if (chosen.derived() && from == null) {
            // A custom template being checked: its own check ends with a new template, and this again.
            checking.set(false);
            return;
        }
        Locale in = locale.getValue();
        String path = file.get().trim();
        String message = messageName.get().trim();
        checking.set(true);
        check.runOnWorker(() -> schemaFor(chosen, from, in, path, message), text -> {
            checking.set(false);
            schemaText.set(text);
        }, error -> {
            checking.set(false);
            if (error instanceof SchemaFiles.SchemaFileException e && e.aboutMessage()) {
                messageError.set(e.getMessage());
            } else if (error instanceof SchemaDerivationException) {
                fileError.set("Value format: " + error.getMessage());
            } else {
                fileError.set(error.getMessage());
            }
        });
    }

    /** The schema as it would be registered, laid out for reading. Blocking: on a worker. */
    private static String schemaFor(ProducedValueFormat format, RecordTemplate template, Locale locale, String path,
                                    String message) {
        try {
            String text = switch (format) {
                case AVRO_DERIVED -> TemplateSchemas.avro(template, locale);
                case JSON_SCHEMA_DERIVED -> TemplateSchemas.jsonSchema(template, locale);
                default -> SchemaFiles.read(format, Path.of(path), message.isEmpty() ? null : message);
            };
            return format == ProducedValueFormat.PROTOBUF_FILE ? text
                    : JSON.writerWithDefaultPrettyPrinter().writeValueAsString(JSON.readTree(text));
        } catch (InvalidPathException e) {
            throw new CompletionException(new IllegalArgumentException("Schema file: “" + path + "” is not a valid path"));
        } catch (SchemaDerivationException | SchemaFiles.SchemaFileException | java.io.IOException e) {
            throw new CompletionException(e);
        }
    }

    /** The first reason Start is off because of the value format; "" when there is none. */
    String error() {
        for (String error : List.of(registryError.get(), fileError.get(), messageError.get())) {
            if (!error.isEmpty()) {
                return error;
            }
        }
        return "";
    }

    /** What can change {@link #error()}. */
    List<Observable> inputs() {
        return List.of(registryError, fileError, messageError);
    }

    /** The run's plan, copied now; for a topic {@code topic}. */
    ValueSchemaPlan plan(String topic) {
        ProducedValueFormat chosen = format.get();
        return chosen.usesRegistry()
                ? new ValueSchemaPlan(chosen, chosen.fromFile() ? Path.of(file.get().trim()) : null,
                        chosen.needsMessage() ? messageName.get() : null, ValueSchemaPlan.valueSubject(topic))
                : ValueSchemaPlan.JSON_TEXT;
    }

    List<ProducedValueFormat> formats() {
        return List.of(ProducedValueFormat.values());
    }

    ObjectProperty<ProducedValueFormat> formatProperty() {
        return format;
    }

    /** The schema file's path as typed. */
    StringProperty fileProperty() {
        return file;
    }

    /** Protobuf's message to write; blank: the file's first. */
    StringProperty messageNameProperty() {
        return messageName;
    }

    /** The subject the schema is registered under: {@code <topic>-value}; "" without a topic. */
    StringBinding subjectProperty() {
        return subject;
    }

    ReadOnlyStringProperty registryErrorProperty() {
        return registryError.getReadOnlyProperty();
    }

    ReadOnlyStringProperty fileErrorProperty() {
        return fileError.getReadOnlyProperty();
    }

    ReadOnlyStringProperty messageErrorProperty() {
        return messageError.getReadOnlyProperty();
    }

    /** The schema that a run would register, laid out; "" while unknown or for JSON text. */
    ReadOnlyStringProperty schemaTextProperty() {
        return schemaText.getReadOnlyProperty();
    }

    /** True while the schema is being derived or its file read: Start waits for the answer. */
    ReadOnlyBooleanProperty checkingProperty() {
        return checking.getReadOnlyProperty();
    }
}
