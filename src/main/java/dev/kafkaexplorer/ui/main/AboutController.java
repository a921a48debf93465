package dev.kafkaexplorer.ui.main;

import dev.kafkaexplorer.App;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;

/** Fills the About box from an {@link AboutInfo}. */
public final class AboutController {

    private final AboutInfo info;

    @FXML private Label aboutTitle;
    @FXML private GridPane aboutVersions;
    @FXML private Button aboutCopy;
    @FXML private Button aboutClose;

    AboutController(AboutInfo info) {
        this.info = info;
    }

    @FXML
    private void initialize() {
        aboutTitle.setText(App.TITLE);
        int row = 0;
        for (var entry : info.rows().entrySet()) {
            Label name = new Label(entry.getKey());
            name.getStyleClass().add("field-hint");
            Label value = new Label(entry.getValue());
            value.setWrapText(true);
            aboutVersions.addRow(row++, name, value);
        }
        aboutCopy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(info.asText());
            Clipboard.getSystemClipboard().setContent(content);
        });
        aboutClose.setOnAction(e -> ((Stage) aboutClose.getScene().getWindow()).close());
    }
}
