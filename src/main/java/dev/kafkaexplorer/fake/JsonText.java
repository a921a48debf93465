package dev.kafkaexplorer.fake;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/** The package's one Jackson set-up: compact JSON for values, strict reading of templates, pretty previews. */
final class JsonText {

    /** Thread-safe once built, and costly to build, so shared by every generator. */
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            // A user's template with a key twice is a mistake worth reporting, not a silent overwrite.
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            // Numbers in a template are copied exactly as written: 9.90 stays 9.90, 1.0 stays 1.0.
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();
    /** Lenient, unlike the mapper: a preview shows what is there, duplicate keys included. */
    private static final JsonFactory PREVIEW_FACTORY = new JsonFactory();
    /** A blueprint (it keeps nesting state): two-space indent, '\n' on every OS, one array item per line. */
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter(
            Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private JsonText() {
    }

    static byte[] compact(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A template produced a value JSON cannot hold: " + e.getOriginalMessage(), e);
        }
    }

    /** Parses a whole document; throws with Jackson's line and column if it is not one JSON value. */
    static JsonNode readTree(String text) throws JsonProcessingException {
        return MAPPER.readTree(text);
    }

    /** The UTF-8 bytes re-indented if they hold exactly one JSON value, else the text unchanged. */
    static String pretty(byte[] utf8) {
        String text = new String(utf8, StandardCharsets.UTF_8);
        StringWriter out = new StringWriter(text.length() * 2);
        // Token by token rather than through a tree: exact numbers, key order and duplicates all survive.
        try (JsonParser parser = PREVIEW_FACTORY.createParser(text);
                JsonGenerator generator = PREVIEW_FACTORY.createGenerator(out)
                        .setPrettyPrinter(PRETTY.createInstance())) {
            if (parser.nextToken() == null) {
                return text;
            }
            generator.copyCurrentStructureExact(parser);
            if (parser.nextToken() != null) {
                return text;
            }
        } catch (IOException notJson) {
            return text;
        }
        return out.toString();
    }
}
