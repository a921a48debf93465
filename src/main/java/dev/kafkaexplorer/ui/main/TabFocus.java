package dev.kafkaexplorer.ui.main;

import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * Selects a tab from the keyboard (Ctrl+1…n) and puts the focus on its first control: left where
 * it was, the cursor stayed in the connection bar's bootstrap field and typing went there.
 */
final class TabFocus {

    private TabFocus() {
    }

    /** Selects {@code tab} and, once its screen is there (screens join lazily), focuses its first control. */
    static void select(TabPane tabs, Tab tab) {
        tabs.getSelectionModel().select(tab);
        if (tab.getContent() != null) {
            focusFirstControlLater(tab.getContent());
            return;
        }
        tab.contentProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Node> obs, Node old, Node content) {
                if (content != null) {
                    tab.contentProperty().removeListener(this);
                    focusFirstControlLater(content);
                }
            }
        });
    }

    /** After the pulse that shows {@code content}: its controls are laid out and can take the focus. */
    private static void focusFirstControlLater(Node content) {
        Platform.runLater(() -> firstControl(content).ifPresent(Node::requestFocus));
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
