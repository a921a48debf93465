package dev.kafkaexplorer.ui.common;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;

/**
 * Runs an action each time the tab holding a screen is opened. A tab pane shows the selected
 * tab's content by making the region around it (the screen root's parent) visible.
 */
public final class TabShown {

    private TabShown() {
    }

    /** Calls {@code action} on the FX thread whenever the tab around {@code screenRoot} is opened. */
    public static void whenShown(Node screenRoot, Runnable action) {
        ChangeListener<Boolean> onVisible = (obs, was, visible) -> {
            if (visible) {
                action.run();
            }
        };
        screenRoot.parentProperty().addListener((obs, old, parent) -> {
            if (old != null) {
                old.visibleProperty().removeListener(onVisible);
            }
            if (parent != null) {
                parent.visibleProperty().addListener(onVisible);
                // The tab selected when the tab pane is built is visible from the start, with no
                // change to hear: by the next pulse the others have been hidden.
                Platform.runLater(() -> {
                    if (parent.isVisible() && screenRoot.getParent() == parent) {
                        action.run();
                    }
                });
            }
        });
    }
}
