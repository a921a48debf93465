package dev.kafkaexplorer.ui.main;

import dev.kafkaexplorer.ui.common.LazyTabs;
import dev.kafkaexplorer.ui.common.NodeTree;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * Menu items that press a screen's button, found by fx:id: enabled exactly when the button is,
 * doing exactly what a click does (on the button's tab), and named with their shortcut in the
 * button's tooltip. Screens are built when first wanted, so an item is tied to its button once the
 * button's screen exists; pressed before, it has the screens built up to the button's, then does
 * what the button does if the button is enabled.
 */
final class ButtonCommands {

    private final Node root;
    private final TabPane tabs;
    /** The lazily built screens; made after the commands, when the window is attached. */
    private final Supplier<LazyTabs> screens;
    /** Items whose button's screen has not been built yet, by the button's fx:id. */
    private final Map<String, MenuItem> waiting = new LinkedHashMap<>();

    ButtonCommands(Node root, TabPane tabs, Supplier<LazyTabs> screens) {
        this.root = root;
        this.tabs = tabs;
        this.screens = screens;
    }

    /** Makes {@code item} press the button with fx:id {@code buttonId}. */
    void add(MenuItem item, String buttonId) {
        item.setOnAction(e -> press(buttonId));
        Optional<ButtonBase> button = NodeTree.byId(root, buttonId, ButtonBase.class);
        if (button.isPresent()) {
            tie(item, button.get());
        } else {
            waiting.put(buttonId, item);
        }
    }

    /** Ties the waiting items whose button is in {@code screen}, just built. */
    void screenBuilt(Node screen) {
        waiting.entrySet().removeIf(entry -> {
            Optional<ButtonBase> button = NodeTree.byId(screen, entry.getKey(), ButtonBase.class);
            button.ifPresent(b -> tie(entry.getValue(), b));
            return button.isPresent();
        });
    }

    private void press(String buttonId) {
        Optional<ButtonBase> button = NodeTree.byId(root, buttonId, ButtonBase.class);
        if (button.isEmpty()) {
            // Only the screens up to the one with the button are built, not all of them at once.
            screens.get().buildUntil(screen -> NodeTree.byId(screen, buttonId, ButtonBase.class).isPresent());
            button = NodeTree.byId(root, buttonId, ButtonBase.class);
        }
        button.filter(b -> !b.isDisabled()).ifPresent(b -> {
            tabOf(b).ifPresent(tab -> tabs.getSelectionModel().select(tab));
            b.fire();
        });
    }

    private static void tie(MenuItem item, ButtonBase button) {
        item.disableProperty().bind(button.disabledProperty());
        ActionIcons.mentionShortcut(button, item.getText(), item.getAccelerator());
    }

    private Optional<Tab> tabOf(Node node) {
        return tabs.getTabs().stream()
                .filter(tab -> tab.getContent() != null && NodeTree.descendants(tab.getContent()).anyMatch(n -> n == node))
                .findFirst();
    }
}
