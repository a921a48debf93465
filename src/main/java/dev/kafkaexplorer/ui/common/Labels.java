package dev.kafkaexplorer.ui.common;

import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Label;

/** Label bindings shared by the screens. */
public final class Labels {

    private Labels() {
    }

    /** Shows {@code text} in {@code label}, and takes the label out of the layout while the text is empty. */
    public static void showWhenSet(Label label, ObservableStringValue text) {
        label.textProperty().bind(text);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }
}
