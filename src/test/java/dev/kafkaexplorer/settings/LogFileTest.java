package dev.kafkaexplorer.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The log file follows the folder it is given, and closing an earlier start's file spares the current one. */
class LogFileTest {

    private static final Logger LOG = LoggerFactory.getLogger(LogFileTest.class);

    @Test
    void writesIntoTheGivenFolderAndClosesOnlyItsOwnFile(@TempDir Path first, @TempDir Path second) throws Exception {
        Path firstLogs = first.resolve("logs");
        Path secondLogs = second.resolve("logs");
        try {
            LogFile.writeTo(firstLogs);
            LOG.info("line for the first start");
            LogFile.writeTo(secondLogs);
            LOG.info("line for the second start");
            LogFile.close(firstLogs);
            LOG.info("line after the first start's shutdown");
            LogFile.close(secondLogs);
            LOG.info("line after every file closed");

            assertThat(Files.readString(firstLogs.resolve(LogFile.FILE_NAME)))
                    .contains("line for the first start").doesNotContain("second start", "after");
            assertThat(Files.readString(secondLogs.resolve(LogFile.FILE_NAME)))
                    .contains("line for the second start", "line after the first start's shutdown")
                    .doesNotContain("line after every file closed");
        } finally {
            LogFile.close(secondLogs);
        }
    }
}
