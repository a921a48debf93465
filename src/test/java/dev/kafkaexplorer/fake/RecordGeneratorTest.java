package dev.kafkaexplorer.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Seeds, headers, errors and previews of the generator itself. */
class RecordGeneratorTest {

    static Stream<RecordTemplate> templates() {
        return BuiltInTemplates.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void sameSeedGivesIdenticalRecordsAndAnotherSeedDifferentOnes(RecordTemplate template) {
        List<String> first = render(template, 77);
        List<String> again = render(template, 77);
        List<String> other = render(template, 78);

        assertThat(again).containsExactlyElementsOf(first);
        assertThat(other).hasSameSizeAs(first);
        for (int i = 0; i < first.size(); i++) {
            assertThat(other.get(i)).as("record %d", i).isNotEqualTo(first.get(i));
        }
    }

    @Test
    void headersNameTheSourceTheTemplateAndATraceId() {
        RecordGenerator generator = new RecordGenerator(
                BuiltInTemplates.byId("order").orElseThrow(), new KeyStrategy.None(), true, Locale.ENGLISH, 1);
        List<String> traceIds = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            Map<String, byte[]> headers = generator.next().headers();
            assertThat(headers.keySet()).containsExactly("source", "template", "trace-id");
            assertThat(text(headers.get("source"))).isEqualTo("kafka-explorer");
            assertThat(text(headers.get("template"))).isEqualTo("order");
            assertThat(text(headers.get("trace-id"))).matches("[0-9a-f]{32}");
            traceIds.add(text(headers.get("trace-id")));
        }
        assertThat(traceIds).doesNotHaveDuplicates();
    }

    @Test
    void withoutHeadersThereAreNone() {
        RecordGenerator generator = new RecordGenerator(
                BuiltInTemplates.all().get(0), new KeyStrategy.None(), false, Locale.ENGLISH, 1);
        assertThat(generator.next().headers()).isEmpty();
    }

    @Test
    void recordsCannotBeChangedThroughTheirHeaders() {
        Map<String, byte[]> headers = new java.util.LinkedHashMap<>();
        headers.put("b", new byte[] {1});
        headers.put("a", new byte[] {2});
        GeneratedRecord record = new GeneratedRecord(null, new byte[0], headers);
        headers.put("c", new byte[] {3});

        assertThat(record.headers().keySet()).containsExactly("b", "a");
        assertThatThrownBy(() -> record.headers().put("d", new byte[0])).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aKeyFieldTheRecordLacksIsAnErrorNotANullKey() {
        RecordGenerator generator = new RecordGenerator(BuiltInTemplates.byId("payment").orElseThrow(),
                new KeyStrategy.Field("nope"), false, Locale.ENGLISH, 1);
        assertThatThrownBy(generator::next)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Field 'nope' is not in the record");
    }

    @Test
    void fieldNamesAreTheTopLevelFieldsOfARecord() {
        assertThat(RecordGenerator.fieldNames(BuiltInTemplates.byId("user-signup").orElseThrow(), Locale.GERMANY))
                .containsExactly("userId", "firstName", "lastName", "email", "phone", "address", "signedUpAt", "plan");
    }

    @Test
    void prettyJsonIndentsJsonAndKeepsItsValues() {
        byte[] compact = "{\"name\":\"Zoë\",\"price\":9.90,\"tags\":[\"a\",\"b\"],\"nested\":{\"ok\":true}}"
                .getBytes(StandardCharsets.UTF_8);

        String pretty = RecordGenerator.prettyJson(compact);

        assertThat(pretty).isEqualTo("""
                {
                  "name": "Zoë",
                  "price": 9.90,
                  "tags": [
                    "a",
                    "b"
                  ],
                  "nested": {
                    "ok": true
                  }
                }""");
        assertThat(GeneratedJson.parse(pretty.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(GeneratedJson.parse(compact));
    }

    @Test
    void prettyJsonLeavesOtherTextAlone() {
        for (String text : List.of("plain text, not JSON", "{\"a\":1} and then some", "{\"unclosed\": ", "", "  ")) {
            assertThat(RecordGenerator.prettyJson(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(text);
        }
        assertThat(RecordGenerator.prettyJson(null)).isEmpty();
    }

    @Test
    void generatedValuesAreCompactJsonObjects() {
        GeneratedRecord record = new RecordGenerator(BuiltInTemplates.byId("log-line").orElseThrow(),
                new KeyStrategy.None(), false, Locale.ENGLISH, 2).next();
        String value = text(record.value());
        assertThat(value).startsWith("{\"timestamp\":\"").doesNotContain("\n");
        JsonNode parsed = GeneratedJson.parse(record.value());
        assertThat(RecordGenerator.prettyJson(record.value())).contains("\n  \"level\": ");
        assertThat(GeneratedJson.parse(RecordGenerator.prettyJson(record.value()).getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(parsed);
    }

    /** Each record as one comparable string of its exact bytes: key, value and every header. */
    private static List<String> render(RecordTemplate template, long seed) {
        RecordGenerator generator = new RecordGenerator(template, new KeyStrategy.RandomUuid(), true, Locale.US, seed);
        List<String> records = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            GeneratedRecord record = generator.next();
            StringBuilder bytes = new StringBuilder(Arrays.toString(record.key()))
                    .append('|').append(Arrays.toString(record.value()));
            record.headers().forEach((name, value) -> bytes.append('|').append(name).append('=').append(Arrays.toString(value)));
            records.add(bytes.toString());
        }
        return records;
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
