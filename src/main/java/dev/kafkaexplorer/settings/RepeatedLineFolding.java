package dev.kafkaexplorer.settings;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import java.util.Objects;
import java.util.function.LongSupplier;
import org.slf4j.Marker;
import org.slf4j.helpers.MessageFormatter;

/**
 * Folds a run of identical log lines into the first one and a count: a producer sending to a
 * deleted topic made Kafka's client write "unknown topic or partition" 56 times in 40 ms, and the
 * one line that mattered was lost among them. The first line of a run is written at once; the
 * repeats within {@link #setWindowMillis the window} are dropped and counted, and the count is
 * written as "… (repeated N more times in M ms)" as soon as a different line comes, or the same
 * line after the window. Logback's own DuplicateMessageFilter drops repeats without saying how
 * many there were (decision 0039).
 *
 * <p>"Identical" for Kafka's and other libraries' lines means the same logger, level and message
 * pattern: their arguments (correlation ids, node numbers) change with every retry. For the app's
 * own lines the arguments count too: they name the topic or group an action was about, and two
 * actions on two topics are two lines.
 */
public final class RepeatedLineFolding extends TurboFilter {

    private static final String OWN_LOGGERS = "dev.kafkaexplorer.";
    private final LongSupplier clock;
    private final ThreadLocal<Boolean> writingCount = ThreadLocal.withInitial(() -> false);
    private long windowNanos = 2_000_000_000L;
    private Line current;

    /** As logback.xml builds it, on the system's monotonic clock. */
    public RepeatedLineFolding() {
        this(System::nanoTime);
    }

    RepeatedLineFolding(LongSupplier clock) {
        this.clock = clock;
    }

    /** How long after a run's first line a repeat is still folded into it; 2 000 ms unless set. */
    public void setWindowMillis(long millis) {
        this.windowNanos = millis * 1_000_000L;
    }

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        // Disabled levels never reach an appender; the count's own line must not be counted.
        if (format == null || level == null || writingCount.get() || !level.isGreaterOrEqual(logger.getEffectiveLevel())) {
            return FilterReply.NEUTRAL;
        }
        String key = logger.getName().startsWith(OWN_LOGGERS)
                ? MessageFormatter.arrayFormat(format, params).getMessage() : format;
        Line ended;
        long now = clock.getAsLong();
        synchronized (this) {
            Line line = current;
            if (line != null && line.sameAs(logger, level, key, t) && now - line.firstNanos <= windowNanos) {
                line.repeats++;
                line.lastNanos = now;
                return FilterReply.DENY;
            }
            ended = line;
            current = new Line(logger, level, key, t == null ? null : t.getClass(), now);
        }
        writeCount(ended);
        return FilterReply.NEUTRAL;
    }

    /** Writes the count of a run still open; for the end of the app, or a test. */
    public void flush() {
        Line ended;
        synchronized (this) {
            ended = current;
            current = null;
        }
        writeCount(ended);
    }

    @Override
    public void stop() {
        flush();
        super.stop();
    }

    /** Outside the lock: an appender may block, and other threads' lines should not wait for it. */
    private void writeCount(Line line) {
        if (line == null || line.repeats == 0) {
            return;
        }
        String text = "… (repeated " + line.repeats + " more " + (line.repeats == 1 ? "time" : "times") + " in "
                + (line.lastNanos - line.firstNanos) / 1_000_000 + " ms)";
        writingCount.set(true);
        try {
            switch (line.level.toInt()) {
                case Level.ERROR_INT -> line.logger.error(text);
                case Level.WARN_INT -> line.logger.warn(text);
                case Level.INFO_INT -> line.logger.info(text);
                case Level.DEBUG_INT -> line.logger.debug(text);
                default -> line.logger.trace(text);
            }
        } finally {
            writingCount.set(false);
        }
    }

    /** The line a run repeats, and how often it has. */
    private static final class Line {
        final Logger logger;
        final Level level;
        final String key;
        final Class<?> error;
        final long firstNanos;
        long lastNanos;
        int repeats;

        Line(Logger logger, Level level, String key, Class<?> error, long now) {
            this.logger = logger;
            this.level = level;
            this.key = key;
            this.error = error;
            this.firstNanos = now;
            this.lastNanos = now;
        }

        boolean sameAs(Logger otherLogger, Level otherLevel, String otherKey, Throwable t) {
            return logger == otherLogger && level.equals(otherLevel) && key.equals(otherKey)
                    && Objects.equals(error, t == null ? null : t.getClass());
        }
    }
}
