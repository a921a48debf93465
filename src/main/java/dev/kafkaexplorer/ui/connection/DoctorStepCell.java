package dev.kafkaexplorer.ui.connection;

import dev.kafkaexplorer.kafka.doctor.DoctorStep;
import dev.kafkaexplorer.ui.common.Icons;
import javafx.geometry.Pos;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * One step of the connection doctor in its list: an icon for the outcome and the line
 * "step: passed — words", wrapped to the list's width (the sentences are long).
 */
public final class DoctorStepCell extends ListCell<DoctorStep> {

    private static final String[] OUTCOME_STYLES = {"step-passed", "step-failed", "step-skipped"};
    /** Room for the icon, the gap, the cell's padding and the list's scroll bar. */
    private static final double BESIDE_TEXT = 64;

    private final Label line = new Label();
    private final HBox row = new HBox(8);

    public DoctorStepCell(ListView<DoctorStep> list) {
        // A label in a box, not the cell's own text: a wrapping cell text is measured before the
        // cell knows its width, and the rows came out two lines high or cut short.
        line.setWrapText(true);
        line.prefWidthProperty().bind(list.widthProperty().subtract(BESIDE_TEXT));
        line.setMinHeight(Region.USE_PREF_SIZE);
        // The cell asks for no width of its own, so the list never scrolls sideways.
        setPrefWidth(0);
        row.setAlignment(Pos.TOP_LEFT);
        // The text stays the cell's for screen readers and lookups; only the box is drawn.
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }

    @Override
    protected void updateItem(DoctorStep step, boolean empty) {
        super.updateItem(step, empty);
        getStyleClass().removeAll(OUTCOME_STYLES);
        if (empty || step == null) {
            setText(null);
            setGraphic(null);
            return;
        }
        setText(step.toString());
        line.setText(step.toString());
        row.getChildren().setAll(switch (step.outcome()) {
            case PASSED -> Icons.of(Material2AL.CHECK_CIRCLE);
            case FAILED -> Icons.of(Material2AL.ERROR);
            case SKIPPED -> Icons.of(Material2MZ.REMOVE_CIRCLE_OUTLINE);
        }, line);
        setGraphic(row);
        getStyleClass().add(OUTCOME_STYLES[step.outcome().ordinal()]);
    }
}
