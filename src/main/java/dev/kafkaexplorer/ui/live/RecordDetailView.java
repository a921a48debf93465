package dev.kafkaexplorer.ui.live;

import static dev.kafkaexplorer.ui.common.Labels.showWhenSet;

import java.io.File;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.FileChooser;

/** Shows the detail pane's {@link RecordDetail} in its controls; Copy and Save take the whole value, not the part shown. */
final class RecordDetailView {

    private static final int DETAIL_CHARS_SHOWN = RecordDetail.SHOWN_CHARS;

    /** The detail pane's controls, as the live view's FXML has them. */
    record Controls(Label meta, Label message, Label schema, Hyperlink showSchema, Label keyKind, TextArea key, Button copyKey, Label valueKind,
                    TextArea value, Button copyValue, Button saveValue, Label valueNote, TitledPane headersPane, TableView<RecordDetail.HeaderText> headers,
                    TableColumn<RecordDetail.HeaderText, String> headerName,
                    TableColumn<RecordDetail.HeaderText, String> headerValue) {
    }

    private RecordDetailView() {
    }

    static void bind(Controls c, LiveViewModel model) {
        c.headerName().setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().name()));
        c.headerValue().setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().value()));
        c.headers().setPlaceholder(new Label("No headers"));
        showWhenSet(c.message(), model.detail().messageProperty());
        // A reason a record could not be decoded reads as an error; "Reading…" and "Select a row" as hints.
        model.detail().messageProperty().addListener((obs, old, now) -> {
            RecordDetail shown = model.detail().detailProperty().get();
            boolean problem = shown != null && !shown.problem().isEmpty() && now.equals(shown.problem());
            c.message().getStyleClass().removeAll("field-error", "field-hint");
            c.message().getStyleClass().add(problem ? "field-error" : "field-hint");
        });
        c.showSchema().setOnAction(e -> model.detail().showSchema());
        model.detail().detailProperty().addListener((obs, old, detail) -> {
            c.meta().setText(detail == null ? "" : detail.metadata());
            c.schema().setText(detail == null ? "" : detail.schemaLine());
            c.schema().setVisible(detail != null && detail.schema() != null);
            c.schema().setManaged(c.schema().isVisible());
            c.keyKind().setText(detail == null ? "" : detail.keyKind());
            c.key().setText(detail == null ? "" : shown(detail.keyText()));
            c.valueKind().setText(detail == null ? "" : detail.valueKind());
            c.value().setText(detail == null ? "" : detail.valueShown());
            c.headers().getItems().setAll(detail == null ? List.of() : detail.headers());
            c.headersPane().setText("Headers (" + (detail == null ? 0 : detail.headers().size()) + ")");
        });
        c.copyKey().setOnAction(e -> copy(model.detail().detailProperty().get().keyText()));
        c.copyValue().setOnAction(e -> copy(model.detail().detailProperty().get().valueText()));
        c.copyKey().disableProperty().bind(model.detail().detailProperty().isNull());
        c.copyValue().disableProperty().bind(model.detail().detailProperty().isNull());
        showWhenSet(c.valueNote(), model.detail().valueNoteProperty());
        c.saveValue().disableProperty().bind(model.detail().detailProperty().isNull());
        c.saveValue().setOnAction(e -> {
            RecordDetail detail = model.detail().detailProperty().get();
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Save the value of offset " + model.detailRow().offset());
            chooser.setInitialFileName(model.detailRow().topic() + "-" + model.detailRow().partition() + "-"
                    + model.detailRow().offset() + (detail.valueKind().startsWith("JSON") ? ".json" : ".bin"));
            File file = chooser.showSaveDialog(c.value().getScene().getWindow());
            if (file != null) {
                model.detail().saveValue(file.toPath());
            }
        });
    }

    /**
     * A text area lays out all its text at once: megabytes would hold the FX thread for seconds.
     * It shows the start; Copy still takes everything. (A key is rarely large; the value is cut
     * off the FX thread with a line of its own, in {@link RecordDetail}.)
     */
    private static String shown(String text) {
        if (text.length() <= DETAIL_CHARS_SHOWN) {
            return text;
        }
        return text.substring(0, DETAIL_CHARS_SHOWN) + "\n\n… showing the first " + DETAIL_CHARS_SHOWN
                + " of " + text.length() + " characters; Copy takes them all.";
    }

    private static void copy(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }
}
