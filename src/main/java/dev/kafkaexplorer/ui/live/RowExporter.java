package dev.kafkaexplorer.ui.live;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.kafkaexplorer.format.Decoded;
import dev.kafkaexplorer.format.SchemaRef;
import dev.kafkaexplorer.kafka.consume.HeaderRow;
import dev.kafkaexplorer.kafka.consume.Previews;
import dev.kafkaexplorer.kafka.consume.RecordRow;
import dev.kafkaexplorer.kafka.consume.RowDecoding;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Writes rows to JSON Lines or CSV. Text keys and values are written as text, binary ones as
 * base64 (with the encoding named), so nothing is lost. Rows read with chosen formats (or a
 * schema registry) are written decoded: structured values as JSON ({@code "valueEncoding":"json"}),
 * numbers, UUIDs and the like as their exact text ({@code "text"}), with the value's schema; bytes
 * that could not be decoded are written as they are, with the reason. On request every key and
 * value is written as its raw bytes in base64 instead. Blocking: run it off the FX thread.
 */
public final class RowExporter {

    /** A record's whole key and value. */
    public record WholeRecord(byte[] key, byte[] value) {
    }

    /** The file formats offered. */
    public enum Format { JSON_LINES, CSV }

    /** Decoded JSON is copied with its numbers exact (an Avro decimal 10.50 stays 10.50). */
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));
    private static final String RAW = "base64";

    /** One key or value as written: its encoding and text, or the decoded JSON. */
    private record Written(String encoding, String text, boolean json, String problem) {

        static final Written NULL = new Written("null", null, false, null);
    }

    private RowExporter() {
    }

    /**
     * @param reread gives the whole key and value of a row that did not keep them (re-read from the broker)
     * @param written    counts rows written, for a progress display
     */
    public static void export(List<RecordRow> rows, Path file, Format format, Function<RecordRow, WholeRecord> reread,
                              AtomicLong written) throws IOException {
        export(rows, file, format, false, reread, written);
    }

    /** @param rawBytes write every key and value as its bytes in base64, not decoded */
    public static void export(List<RecordRow> rows, Path file, Format format, boolean rawBytes,
                              Function<RecordRow, WholeRecord> reread, AtomicLong written) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".part");
        boolean done = false;
        try (BufferedWriter out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            if (format == Format.CSV) {
                out.write("topic,partition,offset,timestamp,key_encoding,key,value_encoding,value,headers,value_schema,problem\r\n");
            }
            for (RecordRow row : rows) {
                WholeRecord whole = row.valueRetained() ? new WholeRecord(row.key(), row.value()) : reread.apply(row);
                byte[] key = row.keyIsNull() ? null : whole.key();
                byte[] value = whole.value();
                RowDecoding decoding = rawBytes ? null : row.decoding();
                if (decoding != null) {
                    decoding.prepare(key, value);
                }
                Written k = written(key, rawBytes, decoding == null ? null : decoding.key(key));
                Decoded decodedValue = decoding == null ? null : decoding.value(value);
                Written v = written(value, rawBytes, decodedValue);
                SchemaRef schema = rawBytes ? null : decodedValue != null && decodedValue.schema() != null
                        ? decodedValue.schema() : row.valueSchema();
                if (format == Format.JSON_LINES) {
                    writeJsonLine(out, row, k, v, schema);
                } else {
                    writeCsvLine(out, row, k, v, schema);
                }
                written.incrementAndGet();
            }
            done = true;
        } finally {
            // A failed export leaves no half-written file behind.
            if (!done) {
                Files.deleteIfExists(tmp);
            }
        }
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static Written written(byte[] bytes, boolean rawBytes, Decoded decoded) {
        if (bytes == null) {
            return Written.NULL;
        }
        if (rawBytes) {
            return new Written(RAW, Base64.getEncoder().encodeToString(bytes), false, null);
        }
        if (decoded == null || decoded.failed()) {
            boolean text = Previews.isText(bytes);
            return new Written(text ? "utf8" : RAW, encode(bytes), false, decoded == null ? null : decoded.problem());
        }
        return new Written(decoded.json() ? "json" : "text", decoded.text(), decoded.json(), null);
    }

    private static void writeJsonLine(Writer out, RecordRow row, Written key, Written value, SchemaRef schema) throws IOException {
        StringWriter line = new StringWriter();
        try (JsonGenerator g = JSON.getFactory().createGenerator(line)) {
            g.writeStartObject();
            g.writeStringField("topic", row.topic());
            g.writeNumberField("partition", row.partition());
            g.writeNumberField("offset", row.offset());
            g.writeStringField("timestamp", Instant.ofEpochMilli(row.timestampMs()).toString());
            write(g, "key", key);
            write(g, "value", value);
            if (schema != null) {
                g.writeObjectFieldStart("valueSchema");
                g.writeNumberField("id", schema.id());
                if (schema.subject() != null) {
                    g.writeStringField("subject", schema.subject());
                    g.writeNumberField("version", schema.version());
                }
                g.writeEndObject();
            }
            g.writeObjectFieldStart("headers");
            for (HeaderRow h : row.headers()) {
                g.writeStringField(h.name(), h.value() == null ? null : encode(h.value()));
            }
            g.writeEndObject();
            g.writeEndObject();
        }
        out.write(line.toString());
        out.write('\n');
    }

    private static void write(JsonGenerator g, String field, Written w) throws IOException {
        if (w == Written.NULL) {
            g.writeNullField(field);
            return;
        }
        g.writeStringField(field + "Encoding", w.encoding());
        if (w.json()) {
            g.writeFieldName(field);
            g.writeTree(JSON.readTree(w.text()));
        } else {
            g.writeStringField(field, w.text());
        }
        if (w.problem() != null) {
            g.writeStringField(field + "Problem", w.problem());
        }
    }

    private static String encode(byte[] bytes) {
        return Previews.isText(bytes) ? new String(bytes, StandardCharsets.UTF_8) : Base64.getEncoder().encodeToString(bytes);
    }

    private static void writeCsvLine(Writer out, RecordRow row, Written key, Written value, SchemaRef schema) throws IOException {
        StringWriter headers = new StringWriter();
        try (JsonGenerator g = JSON.getFactory().createGenerator(headers)) {
            g.writeStartObject();
            for (HeaderRow h : row.headers()) {
                g.writeStringField(h.name(), h.value() == null ? null : encode(h.value()));
            }
            g.writeEndObject();
        }
        String problems = String.join("; ", java.util.stream.Stream.of(key.problem(), value.problem())
                .filter(java.util.Objects::nonNull).toList());
        out.write(String.join(",", csv(row.topic()), String.valueOf(row.partition()), String.valueOf(row.offset()),
                csv(Instant.ofEpochMilli(row.timestampMs()).toString()),
                key.encoding(), key.text() == null ? "" : csv(key.text()),
                value.encoding(), value.text() == null ? "" : csv(value.text()),
                csv(headers.toString()), schema == null ? "" : csv(schema.columnText()), csv(problems)));
        out.write("\r\n");
    }

    /** RFC 4180: quote every field that holds a comma, quote or line break; double inner quotes. */
    static String csv(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}
