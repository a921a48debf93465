package dev.kafkaexplorer.ui.main;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;

/**
 * Every keyboard shortcut of a window, read from its menus' accelerators when asked, so the list
 * cannot drift from the menus; then the second keys of menu items and the few keys no menu shows.
 * Needs no running toolkit: the display of a key combination is passed in.
 */
final class KeyboardShortcuts {

    /** One line of the list: the keys as the user presses them, what they do, and the menu that has it ("" for none). */
    record Shortcut(String keys, String action, String menu) {
    }

    /** Keys that belong to no menu item; docs/user-guide.md "Keyboard shortcuts" lists them too. */
    static final List<Shortcut> WITHOUT_MENU = List.of(
            new Shortcut("Enter", "Connect (in the bootstrap servers field)", ""),
            new Shortcut("Esc", "Close or cancel a dialog", ""));

    private KeyboardShortcuts() {
    }

    /**
     * The shortcuts of {@code menus} in menu order (submenus included), then {@code secondKeys}
     * (another key for a menu item's action), then {@link #WITHOUT_MENU}.
     */
    static List<Shortcut> of(List<Menu> menus, Map<KeyCombination, MenuItem> secondKeys,
                             Function<KeyCombination, String> display) {
        List<Shortcut> all = new ArrayList<>();
        for (Menu menu : menus) {
            collect(menu, plain(menu.getText()), display, all);
        }
        secondKeys.forEach((keys, item) -> all.add(new Shortcut(display.apply(keys), plain(item.getText()) + " (as "
                + display.apply(item.getAccelerator()) + ")", menuPath(item))));
        all.addAll(WITHOUT_MENU);
        return List.copyOf(all);
    }

    private static void collect(Menu menu, String path, Function<KeyCombination, String> display, List<Shortcut> into) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu sub) {
                collect(sub, path + " → " + plain(sub.getText()), display, into);
            } else if (item.getAccelerator() != null) {
                into.add(new Shortcut(display.apply(item.getAccelerator()), plain(item.getText()), path));
            }
        }
    }

    private static String menuPath(MenuItem item) {
        String path = "";
        for (Menu menu = item.getParentMenu(); menu != null; menu = menu.getParentMenu()) {
            path = path.isEmpty() ? plain(menu.getText()) : plain(menu.getText()) + " → " + path;
        }
        return path;
    }

    /** A menu text without its mnemonic marker ("_File" reads "File"). */
    private static String plain(String text) {
        return text == null ? "" : text.replace("_", "");
    }
}
