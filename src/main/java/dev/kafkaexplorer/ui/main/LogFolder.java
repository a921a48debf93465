package dev.kafkaexplorer.ui.main;

import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the log folder in the desktop's file manager. The desktop call can block (it may start a
 * program), so it runs on a worker; where no desktop is available (a headless run, a bare X
 * server) the answer says so and the caller shows the path in words instead.
 */
final class LogFolder {

    private static final Logger LOG = LoggerFactory.getLogger(LogFolder.class);

    private LogFolder() {
    }

    /** Completes with true once a file manager was asked to show {@code folder}, false if none could be. */
    static CompletableFuture<Boolean> open(Path folder, Executor workers) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                // The folder may not exist yet before anything was logged; an empty one is still the right place.
                Files.createDirectories(folder);
                if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                    return false;
                }
                Desktop.getDesktop().open(folder.toFile());
                return true;
            } catch (IOException | RuntimeException e) {
                LOG.info("Could not open {} in a file manager: {}", folder, e.toString());
                return false;
            }
        }, workers);
    }
}
