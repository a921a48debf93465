package dev.kafkaexplorer.ui.main;

import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * Selects a tab from the keyboard (Ctrl+1…n) and puts the focus on its first control: left where
 * it was, the cursor stayed in the connection bar's bootstrap field and typing went there.
 */
final class TabFocus {

    /** Layout passes to wait for the tab's screen to join and show (screens are built lazily). */
    private static final int PATIENCE_PULSES = 30;

    private TabFocus() {
    }

    /** Selects {@code tab} and, after the layout pass that shows its screen, focuses its first control. */
    static void select(TabPane tabs, Tab tab) {
        tabs.getSelectionModel().select(tab);
        Scene scene = tabs.getScene();
        if (scene == null) {
            return;
        }
        // After layout: a screen that has just joined, or whose tab region was hidden, cannot take
        // the focus before it is shown.
        int[] pulses = {0};
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            boolean done = ++pulses[0] > PATIENCE_PULSES || !tab.isSelected();
            if (!done && tab.getContent() != null) {
                Optional<Node> first = firstControl(tab.getContent());
                first.ifPresent(Node::requestFocus);
                done = first.isPresent() && scene.getFocusOwner() == first.get();
            }
            if (done) {
                // Not while the scene runs its listeners.
                Platform.runLater(() -> scene.removePostLayoutPulseListener(listener[0]));
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }

    /** The first control in {@code node}, depth first, that takes the focus: shown, enabled, traversable. */
    static Optional<Node> firstControl(Node node) {
        if (!node.isVisible() || node.isDisabled()) {
            return Optional.empty();
        }
        if (node.isFocusTraversable()) {
            return Optional.of(node);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                Optional<Node> found = firstControl(child);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }
}
