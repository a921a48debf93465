package dev.kafkaexplorer.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TopicNameRulesTest {

    private static final Set<String> NONE = Set.of();

    @ParameterizedTest(name = "valid: \"{0}\"")
    @ValueSource(strings = {"orders", "a", "A", "0", "-", "_", "...", ".a", "a..b", "orders.v1", "user_events",
            "Order-Events_2024.v1", "__consumer_offsets_copy", "x-y-z"})
    void acceptsLegalNames(String name) {
        TopicNameRules.Verdict verdict = TopicNameRules.check(name, NONE);
        assertThat(verdict.valid()).as(verdict.error().orElse("")).isTrue();
        assertThat(verdict.error()).isEmpty();
    }

    @Test
    void acceptsTheLongestLegalName() {
        assertThat(TopicNameRules.check("a".repeat(249), NONE).valid()).isTrue();
    }

    @Test
    void refusesEmptyName() {
        assertThat(TopicNameRules.check("", NONE).error()).hasValue("Enter a topic name: up to 249 letters, digits, '.', '_' or '-'");
    }

    @ParameterizedTest
    @ValueSource(strings = {".", ".."})
    void refusesDotAndDotDot(String name) {
        assertThat(TopicNameRules.check(name, NONE).error()).get().asString().contains("not allowed");
    }

    @Test
    void refuses250Characters() {
        assertThat(TopicNameRules.check("a".repeat(250), NONE).error()).get().asString()
                .contains("250 characters").contains("249");
    }

    @ParameterizedTest(name = "illegal: \"{0}\" -> {1}")
    @CsvSource(delimiter = '|', value = {
            "my topic|' ' (space)",
            "a/b|'/'",
            "ordres€|'€'",
            "主题|'主'",
            "naïve|'ï'",
            "a:b|':'",
            "a\\b|'\\'",
            "emoji😀|position 6",
            "tab\there|U+0009",
            "a,b|','",
            "a*b|'*'"})
    void refusesIllegalCharactersAndNamesThem(String name, String expected) {
        TopicNameRules.Verdict verdict = TopicNameRules.check(name, NONE);
        assertThat(verdict.valid()).isFalse();
        assertThat(verdict.error()).get().asString().contains(expected);
    }

    @Test
    void saysWhereTheBadCharacterIs() {
        assertThat(TopicNameRules.check("abc def", NONE).error()).get().asString().contains("position 4");
    }

    @Test
    void refusesAnExistingName() {
        assertThat(TopicNameRules.check("orders", Set.of("orders")).error()).get().asString().contains("already exists");
    }

    @Test
    void refusesADotUnderscoreCollisionWithAnExistingTopic() {
        TopicNameRules.Verdict verdict = TopicNameRules.check("a.b", Set.of("a_b"));
        assertThat(verdict.valid()).isFalse();
        assertThat(verdict.error()).get().asString().contains("Collides with existing topic 'a_b'");
        assertThat(TopicNameRules.check("a_b", Set.of("a.b")).error()).get().asString().contains("'a.b'");
        assertThat(TopicNameRules.check("a-b", Set.of("a.b", "a_b")).valid()).isTrue();
    }

    @Test
    void warnsAboutMixingDotAndUnderscoreEvenWithoutACollision() {
        assertThat(TopicNameRules.check("a.b_c", NONE).warning()).isPresent();
        assertThat(TopicNameRules.check("a.b.c", NONE).warning()).isEmpty();
        assertThat(TopicNameRules.check("a_b_c", NONE).warning()).isEmpty();
    }
}
