package dev.kafkaexplorer.ui.common;

import javafx.scene.control.ButtonBase;
import javafx.scene.control.MenuItem;

/** Ties buttons and menu items to {@link Command}s: enabled while executable, running it when fired. */
public final class CommandBindings {

    private CommandBindings() {
    }

    public static void bind(ButtonBase button, Command command) {
        button.disableProperty().bind(command.executableProperty().not());
        button.setOnAction(e -> command.execute());
    }

    public static void bind(MenuItem item, Command command) {
        item.disableProperty().bind(command.executableProperty().not());
        item.setOnAction(e -> command.execute());
    }
}
