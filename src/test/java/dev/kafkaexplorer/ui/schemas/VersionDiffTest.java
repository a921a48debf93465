package dev.kafkaexplorer.ui.schemas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.kafkaexplorer.ui.schemas.VersionDiff.Change;
import dev.kafkaexplorer.ui.schemas.VersionDiff.Line;
import org.junit.jupiter.api.Test;

/** The line diff of two versions: every line in reading order, with its numbers in each text. */
class VersionDiffTest {

    @Test
    void aChangedLineIsTheOldOneRemovedThenTheNewOneAdded() {
        VersionDiff diff = VersionDiff.between(1, "a\nb\nc\n", 2, "a\nB\nc\nd\n");

        assertThat(diff.lines()).extracting(Line::change, Line::olderNumber, Line::newerNumber, Line::text).containsExactly(
                tuple(Change.SAME, 1, 1, "a"),
                tuple(Change.REMOVED, 2, 0, "b"),
                tuple(Change.ADDED, 0, 2, "B"),
                tuple(Change.SAME, 3, 3, "c"),
                tuple(Change.ADDED, 0, 4, "d"));
        assertThat(diff.summary()).isEqualTo("v1 → v2: 2 lines added, 1 removed");
        assertThat(diff.firstChange()).isEqualTo(1);
        assertThat(diff.lines()).extracting(Line::marker).containsExactly(" ", "−", "+", " ", "+");
    }

    @Test
    void theSameTextSaysSo() {
        VersionDiff diff = VersionDiff.between(3, "x\r\ny", 1, "x\ny\n");

        assertThat(diff.lines()).extracting(Line::change).containsOnly(Change.SAME).hasSize(2);
        assertThat(diff.summary()).isEqualTo("v3 → v1: the same text");
        assertThat(diff.firstChange()).isEqualTo(-1);
    }

    @Test
    void fromNothingEveryLineIsAdded() {
        VersionDiff diff = VersionDiff.between(1, "", 2, "one\ntwo");

        assertThat(diff.lines()).extracting(Line::change).containsExactly(Change.ADDED, Change.ADDED);
        assertThat(diff.summary()).isEqualTo("v1 → v2: 2 lines added, 0 removed");
    }
}
