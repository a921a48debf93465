package dev.kafkaexplorer.settings;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** Identical log lines folded into one and a count, in a logback context of the test's own. */
class RepeatedLineFoldingTest {

    private final LoggerContext context = new LoggerContext();
    private final ListAppender<ILoggingEvent> written = new ListAppender<>();
    private long now;
    private RepeatedLineFolding folding;

    @BeforeEach
    void configure() {
        folding = new RepeatedLineFolding(() -> now);
        folding.setContext(context);
        folding.start();
        context.addTurboFilter(folding);
        written.setContext(context);
        written.start();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(written);
    }

    @Test
    void fiftySixIdenticalKafkaWarningsIn40MsAreOneLineAndACount() {
        Logger kafka = context.getLogger("org.apache.kafka.clients.NetworkClient");
        for (int i = 0; i < 56; i++) {
            now = i * 727_000L; // 56 lines in 40 ms
            kafka.warn("[Producer clientId=kafka-explorer-producer] Error while fetching metadata with correlation id {} : {}",
                    100 + i, "{orders=UNKNOWN_TOPIC_OR_PARTITION}");
        }
        now += 1_000_000L;
        context.getLogger("dev.kafkaexplorer.ui.producer.ProducerRunControl").info("Producer run ended");

        assertThat(lines()).containsExactly(
                "WARN [Producer clientId=kafka-explorer-producer] Error while fetching metadata with correlation id 100 :"
                        + " {orders=UNKNOWN_TOPIC_OR_PARTITION}",
                "WARN … (repeated 55 more times in 39 ms)",
                "INFO Producer run ended");
        assertThat(written.list.get(1).getLoggerName()).isEqualTo("org.apache.kafka.clients.NetworkClient");
    }

    @Test
    void theAppsOwnLinesAboutTwoTopicsAreTwoLinesAndARepeatAfterTheWindowIsWrittenAgain() {
        Logger own = context.getLogger("dev.kafkaexplorer.kafka.ClusterAdmin");
        own.info("Deleted topic {}", "orders");
        own.info("Deleted topic {}", "payments");
        own.info("Deleted topic {}", "payments");
        now = 3_000_000_000L;
        own.info("Deleted topic {}", "payments");
        folding.flush();

        assertThat(lines()).containsExactly("INFO Deleted topic orders", "INFO Deleted topic payments",
                "INFO … (repeated 1 more time in 0 ms)", "INFO Deleted topic payments");
    }

    @Test
    void linesBelowTheLoggersLevelAreNeitherWrittenNorCounted() {
        Logger kafka = context.getLogger("org.apache.kafka.clients.NetworkClient");
        kafka.warn("Connection to node {} could not be established", 1);
        kafka.debug("Sending metadata request");
        kafka.warn("Connection to node {} could not be established", 1);
        folding.flush();
        assertThat(lines()).containsExactly("WARN Connection to node 1 could not be established",
                "WARN … (repeated 1 more time in 0 ms)");
    }

    @Test
    void anActionsInfoLineReachesTheLogFileFoldedByTheAppsOwnConfiguration(@TempDir Path logDir) throws Exception {
        LogFile.writeTo(logDir);
        try {
            org.slf4j.Logger admin = LoggerFactory.getLogger("dev.kafkaexplorer.kafka.ClusterAdmin");
            org.slf4j.Logger kafka = LoggerFactory.getLogger("org.apache.kafka.clients.NetworkClient.test");
            admin.info("Created topic {}: {} partitions", "orders", 3);
            for (int i = 0; i < 56; i++) {
                kafka.error("Unknown topic or partition, correlation id {}", i);
            }
            admin.info("Deleted topic {}", "orders");
        } finally {
            LogFile.close(logDir);
        }
        List<String> file = Files.readAllLines(logDir.resolve(LogFile.FILE_NAME));
        assertThat(file).anySatisfy(line -> assertThat(line).contains(" INFO ").endsWith("Created topic orders: 3 partitions"));
        assertThat(file.stream().filter(line -> line.contains("Unknown topic or partition"))).hasSize(1);
        assertThat(file).anySatisfy(line -> assertThat(line).matches(".* ERROR .* - … \\(repeated 55 more times in \\d+ ms\\)"));
        assertThat(file.get(file.size() - 1)).endsWith("Deleted topic orders");
    }

    private List<String> lines() {
        return written.list.stream().map(e -> e.getLevel() + " " + e.getFormattedMessage()).toList();
    }
}
