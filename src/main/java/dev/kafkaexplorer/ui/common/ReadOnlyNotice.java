package dev.kafkaexplorer.ui.common;

import javafx.scene.control.Label;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The strip a screen shows while its cluster's profile is read-only, saying why its changing
 * buttons are grey: JavaFX shows no tooltip on a disabled control, so the reason must be in view.
 */
public final class ReadOnlyNotice {

    private ReadOnlyNotice() {
    }

    /** Shows {@code guard}'s reason in {@code label}, with a lock, and takes the label out of the layout while changes are allowed. */
    public static void bind(Label label, ChangeGuard guard) {
        if (!label.getStyleClass().contains("read-only-notice")) {
            label.getStyleClass().add("read-only-notice");
        }
        label.setGraphic(Icons.of(Material2AL.LOCK));
        label.setMaxWidth(Double.MAX_VALUE);
        label.setWrapText(true);
        Labels.showWhenSet(label, guard.reasonProperty());
    }
}
