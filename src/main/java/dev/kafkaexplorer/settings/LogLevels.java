package dev.kafkaexplorer.settings;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import dev.kafkaexplorer.settings.AppSettings.LogLevel;
import org.slf4j.LoggerFactory;

/**
 * Switches the level of the app's own loggers while it runs. Kafka's client and broker loggers keep
 * the level logback.xml gives them (WARN), so DEBUG shows what the app does without Kafka's chatter.
 */
public final class LogLevels {

    /** The parent of every logger of the app. */
    public static final String APP_LOGGER = "dev.kafkaexplorer";

    private LogLevels() {
    }

    /**
     * Applies {@code level} at once, to the console and the log file. To keep it for the next start,
     * save it too: {@code settingsStore.update(s -> s.withLogLevel(level))}, off the FX thread.
     */
    public static void apply(LogLevel level) {
        if (LoggerFactory.getLogger(APP_LOGGER) instanceof Logger logger) {
            logger.setLevel(Level.toLevel(level.name()));
        }
    }

    /** The level now in effect for the app's loggers. */
    public static LogLevel current() {
        if (!(LoggerFactory.getLogger(APP_LOGGER) instanceof Logger logger)) {
            return LogLevel.INFO;
        }
        Level effective = logger.getEffectiveLevel();
        for (LogLevel level : LogLevel.values()) {
            if (level.name().equals(effective.levelStr)) {
                return level;
            }
        }
        // OFF or ALL, from a hand-written logback configuration: the nearest level the app offers.
        return effective.isGreaterOrEqual(Level.ERROR) ? LogLevel.ERROR : LogLevel.TRACE;
    }
}
