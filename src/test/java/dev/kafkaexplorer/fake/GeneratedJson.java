package dev.kafkaexplorer.fake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Test-side reading of generated records: JSON parsing and the "every field filled" check. */
final class GeneratedJson {

    /** Decimals as written (9.90 stays 9.90, not the double 9.9), to check amounts and keys exactly. */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private GeneratedJson() {
    }

    static JsonNode parse(byte[] value) {
        try {
            return JSON.readTree(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<JsonNode> values(RecordTemplate template, KeyStrategy keys, Locale locale, long seed, int count) {
        RecordGenerator generator = new RecordGenerator(template, keys, false, locale, seed);
        List<JsonNode> values = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            values.add(parse(generator.next().value()));
        }
        return values;
    }

    /** Fails unless every value under {@code node}, at any depth, is present and not empty. */
    static void assertFilled(JsonNode node, String path) {
        if (node.isObject()) {
            assertThat(node.size()).as("fields of %s", path).isPositive();
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                assertFilled(field.getValue(), path + "." + field.getKey());
            }
        } else if (node.isArray()) {
            assertThat(node.size()).as("items of %s", path).isPositive();
            for (int i = 0; i < node.size(); i++) {
                assertFilled(node.get(i), path + "[" + i + "]");
            }
        } else {
            assertThat(node.isNull()).as("%s is null", path).isFalse();
            assertThat(node.asText()).as(path).isNotBlank();
        }
    }
}
