package dev.kafkaexplorer.ui.main;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCombination;

/** The View menu's items that select the tabs, Ctrl+1…n, whatever tabs the window has, with the cursor in the tab's first control. */
final class TabMenuItems {

    private TabMenuItems() {
    }

    /** Adds one item per tab of {@code tabs} (up to nine) to {@code menu}, after {@code after}. */
    static void add(Menu menu, MenuItem after, TabPane tabs) {
        int at = menu.getItems().indexOf(after) + 1;
        for (int i = 0; i < tabs.getTabs().size() && i < 9; i++) {
            Tab tab = tabs.getTabs().get(i);
            MenuItem item = new MenuItem();
            item.textProperty().bind(tab.textProperty());
            item.setAccelerator(KeyCombination.valueOf("Shortcut+" + (i + 1)));
            item.setOnAction(e -> TabFocus.select(tabs, tab));
            menu.getItems().add(at + i, item);
        }
    }
}
