package dev.kafkaexplorer.ui.schemas;

import dev.kafkaexplorer.ui.common.CommandBindings;
import java.util.List;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.util.StringConverter;

/** The Compare tab: two versions and the line diff of their texts, removed lines red, added green (a virtual list: any length). */
public final class SchemaCompareController {

    private static final String[] CHANGE_STYLES = {"diff-same", "diff-removed", "diff-added"};
    private final VersionComparison comparison;

    @FXML private ComboBox<Integer> compareOlder;
    @FXML private ComboBox<Integer> compareNewer;
    @FXML private Button compareButton;
    @FXML private Label diffSummary;
    @FXML private ListView<VersionDiff.Line> diffList;

    public SchemaCompareController(SchemasViewModel model) {
        this.comparison = model.comparison();
    }

    @FXML
    private void initialize() {
        for (ComboBox<Integer> box : List.of(compareOlder, compareNewer)) {
            box.setItems(comparison.versions());
            box.setConverter(new StringConverter<>() {
                @Override
                public String toString(Integer version) {
                    return version == null ? "" : "v" + version;
                }

                @Override
                public Integer fromString(String text) {
                    return null;
                }
            });
        }
        compareOlder.valueProperty().bindBidirectional(comparison.olderProperty());
        compareNewer.valueProperty().bindBidirectional(comparison.newerProperty());
        compareButton.textProperty().bind(comparison.compareTextProperty());
        CommandBindings.bind(compareButton, comparison.compareCommand());
        diffSummary.textProperty().bind(comparison.summaryProperty());
        diffList.setItems(comparison.lines());
        diffList.setPlaceholder(SchemasController.placeholder(comparison.compareTextProperty()
                .map(text -> text.equals("Compare") ? "A subject with two versions or more can be compared."
                        : "Press “" + text + "” to see what changed.")));
        diffList.setCellFactory(list -> new DiffCell());
        // Open at the first change, with a few lines of context above it.
        comparison.lines().addListener((ListChangeListener<VersionDiff.Line>) change -> {
            int first = comparison.firstChangeProperty().get();
            if (first >= 0 && first < diffList.getItems().size()) {
                scrollAfterLayout(Math.max(0, first - 3));
            }
        });
    }

    /**
     * Scrolls to {@code index} after the layout pass that takes the new lines in: before it the
     * list still counts the old lines and stops the scroll short of the change.
     */
    private void scrollAfterLayout(int index) {
        Scene scene = diffList.getScene();
        if (scene == null) {
            diffList.scrollTo(index);
            return;
        }
        boolean[] done = {false};
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            if (!done[0]) {
                done[0] = true;
                diffList.scrollTo(index);
                // Not while the scene runs its listeners.
                Platform.runLater(() -> scene.removePostLayoutPulseListener(once[0]));
            }
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }

    /** One line of the diff: both line numbers, the mark, the text; coloured by what changed. */
    private static final class DiffCell extends ListCell<VersionDiff.Line> {
        @Override
        protected void updateItem(VersionDiff.Line line, boolean empty) {
            super.updateItem(line, empty);
            getStyleClass().removeAll(CHANGE_STYLES);
            if (empty || line == null) {
                setText(null);
                return;
            }
            getStyleClass().add(CHANGE_STYLES[line.change().ordinal()]);
            setText(number(line.olderNumber()) + " " + number(line.newerNumber()) + "  " + line.marker() + " " + line.text());
        }

        private static String number(int n) {
            String digits = n == 0 ? "" : Integer.toString(n);
            return " ".repeat(Math.max(0, 4 - digits.length())) + digits;
        }
    }
}
