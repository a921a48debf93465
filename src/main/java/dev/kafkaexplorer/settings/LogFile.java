package dev.kafkaexplorer.settings;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.FileAppender;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.util.FileSize;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;

/**
 * The rolling log file in {@link AppDirectories#logDir()}, beside the console output of logback.xml.
 *
 * <p>Why it is added here and not declared in logback.xml: the folder follows {@code --config-dir},
 * so it is known only once the command line has been parsed, and logback has configured itself long
 * before that (the first {@code LoggerFactory.getLogger}, in any static initialiser, does it). A
 * system property read by logback.xml would have to be set before that first call and the whole
 * configuration re-run after it; attaching one appender to the root logger once the folder is known
 * is simpler, and the app runs on console output alone until then. Tests that never start the app
 * therefore write no log file anywhere, and those that do write it under their own temporary folder.
 */
public final class LogFile {

    public static final String FILE_NAME = "kafka-explorer.log";
    private static final String APPENDER_NAME = "kafka-explorer-file";

    private LogFile() {
    }

    /**
     * Writes the log to {@code logDir/kafka-explorer.log} from now on, rolled daily and at 10 MB,
     * 7 days and at most 100 MB kept. Replaces the file of an earlier start in the same JVM.
     */
    public static void writeTo(Path logDir) {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return; // another slf4j provider on the class path: its own configuration decides
        }
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        stop(root);

        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n");
        encoder.start();

        RollingFileAppender<ILoggingEvent> appender = new RollingFileAppender<>();
        appender.setContext(context);
        appender.setName(APPENDER_NAME);
        appender.setFile(logDir.resolve(FILE_NAME).toString());
        appender.setEncoder(encoder);

        SizeAndTimeBasedRollingPolicy<ILoggingEvent> rolling = new SizeAndTimeBasedRollingPolicy<>();
        rolling.setContext(context);
        rolling.setParent(appender);
        rolling.setFileNamePattern(logDir.resolve("kafka-explorer.%d{yyyy-MM-dd}.%i.log.gz").toString());
        rolling.setMaxFileSize(FileSize.valueOf("10MB"));
        rolling.setMaxHistory(7);
        rolling.setTotalSizeCap(FileSize.valueOf("100MB"));
        rolling.start();

        appender.setRollingPolicy(rolling);
        appender.start();
        root.addAppender(appender);
    }

    /**
     * Closes the file in {@code logDir}; logging goes on to the console only. Leaves alone a file
     * another start in the same JVM has opened since (tests start the app one after another).
     */
    public static void close(Path logDir) {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        if (root.getAppender(APPENDER_NAME) instanceof FileAppender<ILoggingEvent> file
                && Path.of(file.getFile()).startsWith(logDir)) {
            stop(root);
        }
    }

    private static void stop(Logger root) {
        Appender<ILoggingEvent> previous = root.getAppender(APPENDER_NAME);
        if (previous != null) {
            root.detachAppender(previous);
            previous.stop();
        }
    }
}
