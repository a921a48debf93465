package dev.kafkaexplorer.settings;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads and writes {@link AppSettings} as JSON. Blocking: call it off the FX thread. */
public final class SettingsStore {

    private static final Logger LOG = LoggerFactory.getLogger(SettingsStore.class);
    // An enum value this version does not know (say, a log level written by a newer one) falls back
    // to its default instead of discarding every other preference with it.
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL);
    private final Path file;
    /** What is on disk (or about to be): the base that {@link #update} changes. */
    private AppSettings current;

    public SettingsStore(Path file) {
        this.file = file;
    }

    /** The saved settings, or the defaults when there are none or they cannot be read. */
    public synchronized AppSettings load() {
        current = read();
        return current;
    }

    private AppSettings read() {
        if (!Files.exists(file)) {
            return AppSettings.defaults();
        }
        try {
            return json.readValue(file.toFile(), AppSettings.class);
        } catch (IOException e) {
            // A damaged file must not stop the app from opening; it is replaced on the next save.
            LOG.warn("Could not read settings from {}, using defaults: {}", file, e.getMessage());
            return AppSettings.defaults();
        }
    }

    /** The latest settings: those last loaded, saved or updated (read from disk the first time). */
    public synchronized AppSettings current() {
        if (current == null) {
            current = read();
        }
        return current;
    }

    /**
     * Applies {@code change} to the latest settings and writes the result. Parts of the app that
     * own different parts of the settings (the connection, the window, the log level) update only
     * their own part this way, so none overwrites another's newer values with an old copy.
     */
    public synchronized AppSettings update(UnaryOperator<AppSettings> change) {
        AppSettings changed = change.apply(current == null ? read() : current);
        save(changed);
        return changed;
    }

    /** Writes atomically (temp file + move) so a crash mid-write never leaves half a file. */
    public synchronized void save(AppSettings settings) {
        current = settings;
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            json.writeValue(tmp.toFile(), settings);
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            LOG.warn("Could not save settings to {}: {}", file, e.getMessage());
        }
    }
}
