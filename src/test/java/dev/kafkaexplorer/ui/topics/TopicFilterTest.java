package dev.kafkaexplorer.ui.topics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The topic filter's case-insensitive match, made without copying every name per keystroke. */
class TopicFilterTest {

    @Test
    void matchesAnywhereIgnoringCase() {
        assertThat(TopicsViewModel.containsIgnoringCase("Orders.EU", "ders.e")).isTrue();
        assertThat(TopicsViewModel.containsIgnoringCase("orders", "orders")).isTrue();
        assertThat(TopicsViewModel.containsIgnoringCase("orders", "orders2")).isFalse();
        assertThat(TopicsViewModel.containsIgnoringCase("payments", "paym")).isTrue();
        assertThat(TopicsViewModel.containsIgnoringCase("payments", "x")).isFalse();
    }
}
