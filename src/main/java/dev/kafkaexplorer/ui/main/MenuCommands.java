package dev.kafkaexplorer.ui.main;

import dev.kafkaexplorer.ui.common.Command;
import dev.kafkaexplorer.ui.common.CommandBindings;
import java.util.Map;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * Ties menu items (and so their shortcuts) to commands. An item runs its command and brings the
 * command's screen forward, so the user sees what it did; the screen is built then if it was not
 * yet ({@link dev.kafkaexplorer.ui.common.LazyTabs} builds a tab when it is selected).
 */
final class MenuCommands {

    private final TabPane tabs;

    MenuCommands(TabPane tabs) {
        this.tabs = tabs;
    }

    /** {@code item} runs {@code command}, showing {@code screen} first. */
    void bind(MenuItem item, Command command, Tab screen) {
        CommandBindings.bind(item, new Command(command.executableProperty(), () -> {
            tabs.getSelectionModel().select(screen);
            command.execute();
        }));
    }

    /** {@code item} runs the selected tab's command, or {@code otherwise} on a tab without one. */
    void bindPerTab(MenuItem item, Map<Tab, Command> byTab, Command otherwise) {
        Runnable follow = () -> CommandBindings.bind(item,
                byTab.getOrDefault(tabs.getSelectionModel().getSelectedItem(), otherwise));
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, tab) -> follow.run());
        follow.run();
    }
}
