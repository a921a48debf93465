package dev.kafkaexplorer.ui.common;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Parent;

/**
 * Runs an action each time the tab holding a screen is opened. A tab pane shows the selected
 * tab's content by making the region around it (the screen root's parent) visible.
 */
public final class TabShown {

    private TabShown() {
    }

    /** Calls {@code action} on the FX thread whenever the tab around {@code screenRoot} is opened. */
    public static void whenShown(Node screenRoot, Runnable action) {
        screenRoot.parentProperty().addListener(new ChangeListener<Parent>() {
            private ChangeListener<Boolean> onVisible;

            @Override
            public void changed(ObservableValue<? extends Parent> property, Parent old, Parent parent) {
                if (old != null && onVisible != null) {
                    old.visibleProperty().removeListener(onVisible);
                }
                if (parent == null) {
                    return;
                }
                // Per attachment: the visibility change and the check below may both see the tab
                // open (a tab whose screen joins on selection), and it is one opening.
                boolean[] opened = {false};
                onVisible = (obs, was, visible) -> {
                    if (visible) {
                        opened[0] = true;
                        action.run();
                    }
                };
                parent.visibleProperty().addListener(onVisible);
                // The tab selected when the tab pane is built is visible from the start, with no
                // change to hear: by the next pulse the others have been hidden.
                Platform.runLater(() -> {
                    if (!opened[0] && parent.isVisible() && screenRoot.getParent() == parent) {
                        action.run();
                    }
                });
            }
        });
    }
}
