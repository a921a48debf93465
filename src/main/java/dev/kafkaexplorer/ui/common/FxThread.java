package dev.kafkaexplorer.ui.common;

import java.util.concurrent.Executor;
import javafx.application.Platform;

/** The FX application thread as an {@link Executor}, for handing results from workers to the UI. */
public final class FxThread {

    private static final Executor EXECUTOR = command -> {
        if (Platform.isFxApplicationThread()) {
            command.run();
        } else {
            Platform.runLater(command);
        }
    };

    private FxThread() {
    }

    public static Executor executor() {
        return EXECUTOR;
    }
}
