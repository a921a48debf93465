package dev.kafkaexplorer.ui.common;

import javafx.beans.binding.BooleanExpression;
import javafx.beans.value.ObservableBooleanValue;

/**
 * Something the user can do, with whether it can be done now: a view-model exposes one per
 * action, and a button, a menu item and a shortcut all run the same command, enabled exactly when
 * it is {@link #executableProperty() executable} (as JabRef's commands). Toolkit-free.
 */
public final class Command {

    private final BooleanExpression executable;
    private final Runnable action;

    public Command(ObservableBooleanValue executable, Runnable action) {
        this.executable = BooleanExpression.booleanExpression(executable);
        this.action = action;
    }

    /** A command that can always run. */
    public static Command always(Runnable action) {
        return new Command(javafx.beans.binding.Bindings.createBooleanBinding(() -> true), action);
    }

    public BooleanExpression executableProperty() {
        return executable;
    }

    public boolean isExecutable() {
        return executable.get();
    }

    /** Runs the action if the command is executable now; does nothing otherwise. */
    public void execute() {
        if (executable.get()) {
            action.run();
        }
    }
}
