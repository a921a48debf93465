package dev.kafkaexplorer.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * JSON as the formats read and write it: numbers kept exact (a decimal stays a BigDecimal with its
 * scale, never passes through a double; {@code 1.10} stays {@code 1.10}), doubles written as the
 * shortest text that reads back the same (Schubfach, as JDK 19's {@code Double.toString}; JDK 17's
 * sometimes gives more digits), decimals without exponent, and trailing garbage refused.
 */
public final class JsonText {

    private static final JsonFactory FACTORY = new JsonFactoryBuilder()
            .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    /** The shared mapper: thread-safe once configured. */
    public static final ObjectMapper MAPPER = new ObjectMapper(FACTORY)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);

    private JsonText() {
    }

    /** A generator writing compact JSON into {@code out}, with the number rules above. */
    public static JsonGenerator generator(StringWriter out) throws IOException {
        return FACTORY.createGenerator(out);
    }

    /** The JSON tree of {@code bytes}. @throws FormatException "not JSON: …" with Jackson's reason and where */
    public static JsonNode parse(byte[] bytes, int offset, int length) throws FormatException {
        if (length == 0) {
            throw new FormatException("not JSON: there is no text");
        }
        try {
            return MAPPER.readTree(bytes, offset, length);
        } catch (JsonProcessingException e) {
            throw new FormatException("not JSON: " + shortReason(e), e);
        } catch (IOException e) {
            throw new FormatException("not JSON: " + e.getMessage(), e);
        }
    }

    /** The JSON tree of {@code text}. @throws FormatException "not JSON: …" */
    public static JsonNode parse(String text) throws FormatException {
        if (text == null || text.isBlank()) {
            throw new FormatException("not JSON: there is no text");
        }
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new FormatException("not JSON: " + shortReason(e), e);
        }
    }

    /** {@code tree} as compact JSON text. */
    public static String compact(JsonNode tree) {
        try {
            return MAPPER.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            // A tree made by parsing always writes; this would be a bug, not bad data.
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code json} pretty-printed (for the detail pane), or the text unchanged when it is not JSON.
     * Work in proportion to the text's size: call it off the FX thread.
     */
    public static String pretty(String json) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(MAPPER.readTree(json));
        } catch (JsonProcessingException e) {
            return json;
        }
    }

    /** Jackson's own reason without the source excerpt it appends, and where: "Unexpected character … at line 1, column 3". */
    static String shortReason(JsonProcessingException e) {
        String reason = e.getOriginalMessage();
        // Jackson's reasons run on after a newline with how to allow the construct; the first line says what is wrong.
        int newline = reason.indexOf('\n');
        if (newline > 0) {
            reason = reason.substring(0, newline);
        }
        JsonLocation at = e.getLocation();
        if (at != null && at.getLineNr() > 0) {
            reason += " at line " + at.getLineNr() + ", column " + at.getColumnNr();
        }
        return reason;
    }
}
