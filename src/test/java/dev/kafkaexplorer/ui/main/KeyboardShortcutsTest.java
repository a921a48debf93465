package dev.kafkaexplorer.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kafkaexplorer.ui.main.KeyboardShortcuts.Shortcut;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import org.junit.jupiter.api.Test;

/** The shortcut list is read from the menus as they are, so a new or changed accelerator shows in it. */
class KeyboardShortcutsTest {

    private static MenuItem item(String text, String keys) {
        MenuItem item = new MenuItem(text);
        if (keys != null) {
            item.setAccelerator(KeyCombination.valueOf(keys));
        }
        return item;
    }

    @Test
    void listsEveryMenuAcceleratorInMenuOrderThenSecondKeysThenKeysWithoutMenu() {
        MenuItem refresh = item("Refresh", "F5");
        Menu logLevel = new Menu("Log level", null, item("Debug", "Shortcut+Alt+D"));
        Menu file = new Menu("_File", null, item("Clusters…", "Shortcut+K"), refresh,
                item("Open log folder", null), logLevel);
        Menu help = new Menu("_Help", null, item("Keyboard shortcuts", "F1"), item("About", null));
        Map<KeyCombination, MenuItem> second = new LinkedHashMap<>();
        second.put(KeyCombination.valueOf("Shortcut+R"), refresh);

        List<Shortcut> list = KeyboardShortcuts.of(List.of(file, help), second, KeyCombination::getName);

        assertThat(list).startsWith(
                new Shortcut("Shortcut+K", "Clusters…", "File"),
                new Shortcut("F5", "Refresh", "File"),
                new Shortcut("Alt+Shortcut+D", "Debug", "File → Log level"),
                new Shortcut("F1", "Keyboard shortcuts", "Help"),
                new Shortcut("Shortcut+R", "Refresh (as F5)", "File"));
        assertThat(list).endsWith(KeyboardShortcuts.WITHOUT_MENU.toArray(Shortcut[]::new));
        assertThat(list).extracting(Shortcut::action).doesNotContain("Open log folder", "About");
    }

    @Test
    void aChangedAcceleratorIsWhatTheListShows() {
        MenuItem find = item("Find / filter", "Shortcut+F");
        Menu view = new Menu("View", null, find);
        find.setAccelerator(KeyCombination.valueOf("Shortcut+Shift+F"));

        assertThat(KeyboardShortcuts.of(List.of(view), Map.of(), KeyCombination::getName))
                .contains(new Shortcut("Shift+Shortcut+F", "Find / filter", "View"));
    }
}
