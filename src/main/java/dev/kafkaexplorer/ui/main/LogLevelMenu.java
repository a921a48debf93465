package dev.kafkaexplorer.ui.main;

import dev.kafkaexplorer.settings.AppSettings.LogLevel;
import dev.kafkaexplorer.settings.LogLevels;
import dev.kafkaexplorer.settings.SettingsStore;
import java.util.Locale;
import java.util.concurrent.Executor;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;

/**
 * The log level preference as a menu: one choice per level, the one in effect selected. A choice
 * applies at once and is saved for the next start (off the FX thread).
 */
final class LogLevelMenu {

    private LogLevelMenu() {
    }

    static void fill(Menu menu, Executor workers, SettingsStore store) {
        ToggleGroup levels = new ToggleGroup();
        LogLevel current = LogLevels.current();
        for (LogLevel level : LogLevel.values()) {
            String name = level.name();
            RadioMenuItem item = new RadioMenuItem(name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT));
            item.setId("logLevel" + item.getText());
            item.setToggleGroup(levels);
            item.setSelected(level == current);
            item.setOnAction(e -> {
                LogLevels.apply(level);
                workers.execute(() -> store.update(saved -> saved.withLogLevel(level)));
            });
            menu.getItems().add(item);
        }
    }
}
