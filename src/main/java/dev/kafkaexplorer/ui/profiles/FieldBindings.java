package dev.kafkaexplorer.ui.profiles;

import java.io.File;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.paint.Color;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;

/** How the profile editor's controls are bound: fields with the words of their checks, drop-downs, file choosers. */
final class FieldBindings {

    private FieldBindings() {
    }

    /** The colour as the profile keeps it, "#rrggbb". */
    static String hex(Color c) {
        return String.format("#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }

    /** A drop-down of {@code options}, named in words, bound both ways to {@code value}. */
    @SafeVarargs
    static <T> void choice(ComboBox<T> box, ObjectProperty<T> value, T... options) {
        box.setItems(FXCollections.observableArrayList(options));
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T option) {
                return option == null ? "" : SourceWords.of(option);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("not editable");
            }
        });
        box.valueProperty().bindBidirectional(value);
    }

    /** A text field bound both ways to {@code value}, with its check's words under it. */
    static void text(TextInputControl field, StringProperty value,
                             ObservableValue<FieldCheck> check, Label message) {
        field.textProperty().bindBidirectional(value);
        message(message, check);
    }

    /** A file field: as {@link #text}, and its "…" button picks the file. */
    static void file(TextField field, StringProperty value, ObservableValue<FieldCheck> check, Label message,
                     Button chooser) {
        text(field, value, check, message);
        chooser.setOnAction(e -> {
            FileChooser dialog = new FileChooser();
            File current = field.getText().isBlank() ? null : new File(field.getText()).getParentFile();
            if (current != null && current.isDirectory()) {
                dialog.setInitialDirectory(current);
            }
            File chosen = dialog.showOpenDialog(field.getScene().getWindow());
            if (chosen != null) {
                value.set(chosen.getAbsolutePath());
            }
        });
    }

    /** The words of a check next to its field: red when they stop Save, amber when they only warn. */
    static void message(Label label, ObservableValue<FieldCheck> check) {
        label.textProperty().bind(check.map(FieldCheck::words));
        shown(label, Bindings.createBooleanBinding(() -> !check.getValue().isOk(), check));
        Runnable style = () -> {
            label.getStyleClass().removeAll("field-error", "field-warning");
            label.getStyleClass().add(check.getValue().blocks() ? "field-error" : "field-warning");
        };
        check.addListener((obs, old, now) -> style.run());
        style.run();
    }

    /** Shown, and taking room, only while {@code when} holds. */
    static void shown(Node node, ObservableBooleanValue when) {
        node.visibleProperty().bind(when);
        node.managedProperty().bind(when);
    }
}
