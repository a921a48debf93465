package dev.kafkaexplorer.ui.live;

import java.io.File;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The live view's Export menu: the file formats, whether values are written decoded or as raw
 * bytes, the file chooser, and the export's progress and outcome under the table.
 */
final class LiveExportView {

    /** The Export menu's controls and the figures line's progress, as the live view's FXML has them. */
    record Controls(MenuItem jsonLines, MenuItem csv, CheckMenuItem rawBytes, ProgressBar progress, Label message) {
    }

    private LiveExportView() {
    }

    /** {@code window}: where the file chooser opens, asked when it does (the view may not be shown yet now). */
    static void bind(Controls c, LiveViewModel model, java.util.function.Supplier<Window> window) {
        c.jsonLines().setOnAction(e -> export(model, window.get(), RowExporter.Format.JSON_LINES, "records.jsonl", "JSON Lines", "*.jsonl"));
        c.csv().setOnAction(e -> export(model, window.get(), RowExporter.Format.CSV, "records.csv", "CSV", "*.csv"));
        c.rawBytes().selectedProperty().bindBidirectional(model.exportRawBytesProperty());
        c.progress().progressProperty().bind(model.exportProgressProperty());
        c.progress().visibleProperty().bind(model.exportProgressProperty().greaterThanOrEqualTo(0));
        c.progress().managedProperty().bind(c.progress().visibleProperty());
        c.message().textProperty().bind(model.exportMessageProperty());
    }

    private static void export(LiveViewModel model, Window window, RowExporter.Format format, String name,
                               String description, String pattern) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export " + description);
        chooser.setInitialFileName(name);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, pattern));
        File file = chooser.showSaveDialog(window);
        if (file != null) {
            model.export(file.toPath(), format);
        }
    }
}
