package dev.kafkaexplorer.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** How each key strategy chooses the keys of generated records. */
class KeyStrategyTest {

    @Test
    void noKeyMeansANullKey() {
        assertThat(generate("order", new KeyStrategy.None(), 10)).allSatisfy(record -> assertThat(record.key()).isNull());
    }

    @Test
    void uuidKeysAreDistinctVersion4Uuids() {
        List<String> keys = keys(generate("page-view", new KeyStrategy.RandomUuid(), 1000));

        assertThat(keys).doesNotHaveDuplicates();
        assertThat(keys).allSatisfy(key -> {
            UUID uuid = UUID.fromString(key);
            assertThat(uuid.toString()).isEqualTo(key);
            assertThat(uuid.version()).isEqualTo(4);
            assertThat(uuid.variant()).isEqualTo(2);
        });
    }

    @Test
    void fieldKeysAreTheFieldsValue() {
        for (GeneratedRecord record : generate("sensor-reading", new KeyStrategy.Field("deviceId"), 200)) {
            assertThat(text(record.key())).isEqualTo(GeneratedJson.parse(record.value()).get("deviceId").asText());
        }
    }

    @Test
    void fieldKeysReachIntoNestedObjectsAndWriteNumbersAsJson() {
        for (GeneratedRecord record : generate("user-signup", new KeyStrategy.Field("address.city"), 100)) {
            assertThat(text(record.key())).isEqualTo(GeneratedJson.parse(record.value()).get("address").get("city").asText());
        }
        for (GeneratedRecord record : generate("order", new KeyStrategy.Field("total"), 100)) {
            JsonNode total = GeneratedJson.parse(record.value()).get("total");
            assertThat(text(record.key())).isEqualTo(total.decimalValue().toPlainString()).matches("\\d+\\.\\d\\d");
        }
        for (GeneratedRecord record : generate("order", new KeyStrategy.Field("items"), 10)) {
            assertThat(GeneratedJson.parse(record.key())).isEqualTo(GeneratedJson.parse(record.value()).get("items"));
        }
    }

    @Test
    void aMissingNestedFieldIsAnError() {
        RecordGenerator generator = new RecordGenerator(BuiltInTemplates.byId("user-signup").orElseThrow(),
                new KeyStrategy.Field("address.planet"), false, Locale.ENGLISH, 1);
        assertThatThrownBy(generator::next).hasMessage("Field 'address.planet' is not in the record");
    }

    @Test
    void hotKeysUseExactlyCountKeysWithKey0TheHottest() {
        Map<String, Long> counts = counts(generate("log-line", new KeyStrategy.HotKeys(5, 1.2), 10_000));

        assertThat(counts.keySet()).containsExactlyInAnyOrder("key-0", "key-1", "key-2", "key-3", "key-4");
        assertThat(counts.get("key-0")).isGreaterThan(counts.get("key-1"));
        assertThat(counts.get("key-1")).isGreaterThan(counts.get("key-4"));
    }

    @Test
    void hotKeysFollowTheZipfWeights() {
        Map<String, Long> counts = counts(generate("payment", new KeyStrategy.HotKeys(3, 1.0), 30_000));

        // Weights 1, 1/2, 1/3: shares 6/11, 3/11, 2/11.
        assertThat(counts.get("key-0") / 30_000.0).isCloseTo(6 / 11.0, within(0.02));
        assertThat(counts.get("key-1") / 30_000.0).isCloseTo(3 / 11.0, within(0.02));
        assertThat(counts.get("key-2") / 30_000.0).isCloseTo(2 / 11.0, within(0.02));
    }

    @Test
    void skewZeroSpreadsKeysEvenly() {
        Map<String, Long> counts = counts(generate("sensor-reading", new KeyStrategy.HotKeys(4, 0), 10_000));

        assertThat(counts).hasSize(4);
        // Each count is binomial(10 000, 1/4): a standard deviation of about 43.
        assertThat(counts.values()).allSatisfy(count -> assertThat(count).isBetween(2_300L, 2_700L));
    }

    @Test
    void oneHotKeyIsAlwaysKey0() {
        assertThat(keys(generate("order", new KeyStrategy.HotKeys(1, 3), 50))).containsOnly("key-0");
    }

    @Test
    void aSteepSkewOverManyKeysStillWorks() {
        assertThat(keys(generate("order", new KeyStrategy.HotKeys(100_000, 200), 50))).containsOnly("key-0");
    }

    @Test
    void impossibleStrategiesAreRefusedInWords() {
        assertThatThrownBy(() -> new KeyStrategy.HotKeys(0, 1)).hasMessageContaining("at least 1");
        assertThatThrownBy(() -> new KeyStrategy.HotKeys(3, -0.5)).hasMessageContaining(">= 0");
        assertThatThrownBy(() -> new KeyStrategy.HotKeys(3, Double.NaN)).hasMessageContaining(">= 0");
        assertThatThrownBy(() -> new KeyStrategy.Field(" ")).hasMessageContaining("empty");
    }

    private static List<GeneratedRecord> generate(String templateId, KeyStrategy keys, int count) {
        RecordGenerator generator = new RecordGenerator(
                BuiltInTemplates.byId(templateId).orElseThrow(), keys, false, Locale.ENGLISH, 2024);
        List<GeneratedRecord> records = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            records.add(generator.next());
        }
        return records;
    }

    private static List<String> keys(List<GeneratedRecord> records) {
        return records.stream().map(record -> text(record.key())).toList();
    }

    private static Map<String, Long> counts(List<GeneratedRecord> records) {
        return keys(records).stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
