package dev.kafkaexplorer.ui.profiles;

import dev.kafkaexplorer.kafka.doctor.DoctorStep;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.VirtualFlow;

/**
 * Scrolls the doctor's list, a few lines high, just enough to show its failed step whole: the
 * step to read, which is often below the passed ones.
 */
final class FailedStepInView {

    /** A cell not laid out yet is scrolled to by estimate; the next layout then places it exactly. */
    private static final int ATTEMPTS = 3;

    private final ListView<DoctorStep> list;

    private FailedStepInView(ListView<DoctorStep> list) {
        this.list = list;
    }

    /** From now on each new set of steps in {@code list} with a failed one brings that one into view. */
    static void keep(ListView<DoctorStep> list) {
        FailedStepInView view = new FailedStepInView(list);
        list.getItems().addListener((ListChangeListener<DoctorStep>) change -> view.afterLayout(ATTEMPTS));
    }

    /**
     * Scrolls after the next layout pass: before it the list has neither rows for the new steps
     * nor, on a first run, a size, and scrolled by guesses.
     */
    private void afterLayout(int attempts) {
        Scene scene = list.getScene();
        if (scene == null || attempts == 0) {
            return;
        }
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                showFailed(attempts);
            }
        });
        Platform.requestNextPulse();
    }

    private void showFailed(int attempts) {
        int failed = -1;
        for (int i = 0; i < list.getItems().size() && failed < 0; i++) {
            failed = list.getItems().get(i).failed() ? i : -1;
        }
        if (failed < 0 || !(list.lookup(".virtual-flow") instanceof VirtualFlow<?> flow)) {
            return;
        }
        IndexedCell<?> cell = flow.getVisibleCell(failed);
        if (cell != null) {
            // Laid out: scrolled by its measured place, exactly as far as needed.
            scrollTo(flow, cell);
        } else {
            flow.scrollTo(failed);
            afterLayout(attempts - 1);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T extends IndexedCell> void scrollTo(VirtualFlow<T> flow, IndexedCell<?> cell) {
        flow.scrollTo((T) cell);
    }
}
