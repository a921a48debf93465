package dev.kafkaexplorer.ui.connection;

import dev.kafkaexplorer.kafka.doctor.DoctorStep;
import dev.kafkaexplorer.ui.common.Icons;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * One step of the connection doctor in its list: the line "step: passed — words", wrapped to the
 * list's width (the sentences are long), with an icon and colour for the outcome.
 */
final class DoctorStepCell extends ListCell<DoctorStep> {

    private static final String[] OUTCOME_STYLES = {"step-passed", "step-failed", "step-skipped"};

    DoctorStepCell(ListView<DoctorStep> list) {
        setWrapText(true);
        // Without a width bound a wrapping cell grows to its one-line width and the list scrolls sideways.
        prefWidthProperty().bind(list.widthProperty().subtract(24));
        setMaxWidth(USE_PREF_SIZE);
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
        switch (step.outcome()) {
            case PASSED -> setGraphic(Icons.of(Material2AL.CHECK_CIRCLE));
            case FAILED -> setGraphic(Icons.of(Material2AL.ERROR));
            case SKIPPED -> setGraphic(Icons.of(Material2MZ.REMOVE_CIRCLE_OUTLINE));
        }
        getStyleClass().add(OUTCOME_STYLES[step.outcome().ordinal()]);
    }
}
