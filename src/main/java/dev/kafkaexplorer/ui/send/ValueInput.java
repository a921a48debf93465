package dev.kafkaexplorer.ui.send;

import dev.kafkaexplorer.kafka.produce.SingleRecordRules;
import dev.kafkaexplorer.ui.common.LatestRequest;
import dev.kafkaexplorer.ui.common.UiRuntime;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The dialog's value: text typed in the editor, or a {@link HeldValue} (a paste over the editor's
 * limit, a file) whose summary the editor shows read-only. Reading, encoding and checking a held
 * value run on the workers; only the latest paste or file counts.
 */
final class ValueInput {

    private final UiRuntime runtime;
    private final LatestRequest holding;
    private final LatestRequest checking;

    /** The editor's text: what is typed, or the held value's summary. */
    final StringProperty text = new SimpleStringProperty("");
    final ObjectProperty<ValueFormat> format = new SimpleObjectProperty<>(ValueFormat.TEXT);
    final ReadOnlyObjectWrapper<HeldValue> held = new ReadOnlyObjectWrapper<>();
    final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    /** True while a paste or file is being read, or a held value checked: nothing to send yet. */
    final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    /** The value written with a subject's schema, when that is the format. */
    final SchemaValue schema;
    /** What the dialog says under the value: the JSON's problem, else why it does not fit the schema. */
    final StringBinding shownError;
    private boolean showingSummary;
    private boolean reading;
    private boolean checkingJson;

    ValueInput(UiRuntime runtime, SchemaValue schema) {
        this.runtime = runtime;
        this.schema = schema;
        this.holding = runtime.latestRequest();
        this.checking = runtime.latestRequest();
        shownError = Bindings.createStringBinding(() -> !error.get().isEmpty() ? error.get()
                : format.get() == ValueFormat.SCHEMA ? schema.fitError.get() : "", error, format, schema.fitError);
        text.addListener((obs, old, now) -> {
            if (!showingSummary) {
                check();
            }
        });
        format.addListener((obs, old, now) -> {
            if (now == ValueFormat.SCHEMA) {
                schema.activate();
            }
            check();
        });
    }

    /** Holds {@code whole} (the editor's text with a paste over its limit applied) instead of putting it in the editor. */
    void holdPasted(String whole) {
        hold(() -> HeldValue.pasted(whole), "Reading the pasted text…");
    }

    /** Reads {@code file} on a worker and holds its bytes as the value. */
    void loadFromFile(Path file) {
        hold(() -> {
            try {
                return HeldValue.file(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, "Reading " + file.getFileName() + "…");
    }

    private void hold(Supplier<HeldValue> work, String progress) {
        reading = true;
        updateBusy();
        error.set(progress);
        holding.runOnWorker(work, value -> {
            reading = false;
            held.set(value);
            showSummary(value.summary());
            check();
        }, failure -> {
            reading = false;
            updateBusy();
            error.set("Not read: " + (failure instanceof UncheckedIOException u ? describe(u.getCause()) : failure.getMessage()));
        });
    }

    private static String describe(IOException e) {
        return e instanceof NoSuchFileException ? "no file " + e.getMessage()
                : e instanceof AccessDeniedException ? "not allowed to read " + e.getMessage()
                : e.getMessage();
    }

    /** Drops the held value; the editor is empty and editable again. */
    void clearHeld() {
        holding.cancel();
        checking.cancel();
        held.set(null);
        reading = false;
        checkingJson = false;
        showSummary("");
        check();
    }

    private void showSummary(String summary) {
        showingSummary = true;
        try {
            text.set(summary);
        } finally {
            showingSummary = false;
        }
    }

    private void check() {
        if (reading) {
            // The read ends with a check of its own.
            return;
        }
        HeldValue value = held.get();
        checking.cancel();
        checkingJson = false;
        boolean json = format.get() != ValueFormat.TEXT;
        schema.encode(null);
        if (!json) {
            error.set("");
        } else if (value == null) {
            error.set(SingleRecordRules.jsonError(text.get()).orElse(""));
            encodeIfWanted(text.get());
        } else {
            // Parsing megabytes takes a while: on a worker, with Send off until it is done.
            checkingJson = true;
            updateBusy();
            error.set("Checking the JSON…");
            checking.runOnWorker(() -> SingleRecordRules.jsonError(new String(value.bytes(), StandardCharsets.UTF_8)).orElse(""),
                    verdict -> {
                        checkingJson = false;
                        updateBusy();
                        error.set(verdict);
                        encodeIfWanted(new String(value.bytes(), StandardCharsets.UTF_8));
                    }, failure -> {
                        checkingJson = false;
                        updateBusy();
                        error.set("Not checked: " + failure.getMessage());
                    });
        }
        updateBusy();
    }

    /** In the schema format, valid JSON is written with the subject's schema (on a worker). */
    private void encodeIfWanted(String json) {
        if (format.get() == ValueFormat.SCHEMA && error.get().isEmpty()) {
            schema.encode(json);
        }
    }

    private void updateBusy() {
        busy.set(reading || checkingJson);
    }

    /** The bytes to send: the held value's, or the typed text as UTF-8; in the schema format, as written with it. */
    byte[] bytes() {
        if (format.get() == ValueFormat.SCHEMA && schema.encoded.get() != null) {
            return schema.encoded.get();
        }
        HeldValue value = held.get();
        return value != null ? value.bytes() : text.get().getBytes(StandardCharsets.UTF_8);
    }

    /** Whether the value is ready and valid to send. */
    boolean ready() {
        return error.get().isEmpty() && !busy.get() && (format.get() != ValueFormat.SCHEMA || schema.ready());
    }
}
