package dev.kafkaexplorer.fake;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import net.datafaker.Faker;

/**
 * Turns a template into records with keys and headers. Everything random comes from one
 * {@code Random(seed)}, so equal arguments give byte-identical sequences. Not thread-safe: use one
 * instance per thread.
 */
public final class RecordGenerator {

    private static final String SOURCE = "kafka-explorer";

    private final RecordTemplate template;
    private final boolean withHeaders;
    private final Random random;
    private final Faker faker;
    private final KeyChooser keys;

    /** Builds a Faker, which loads datafaker's data on first use: call it off the FX thread. */
    public RecordGenerator(RecordTemplate template, KeyStrategy keys, boolean withHeaders, Locale locale, long seed) {
        this.template = Objects.requireNonNull(template, "template");
        this.withHeaders = withHeaders;
        this.random = new Random(seed);
        this.faker = new Faker(Objects.requireNonNull(locale, "locale"), random);
        this.keys = KeyChooser.of(Objects.requireNonNull(keys, "keys"), random);
    }

    /**
     * The next record: its value is the template's fields as compact UTF-8 JSON.
     *
     * @throws IllegalStateException if the key is a field the record does not have (or has as null)
     */
    public GeneratedRecord next() {
        Map<String, Object> fields = template.generate(faker, random);
        byte[] value = JsonText.compact(fields);
        byte[] key = keys.keyFor(fields);
        return new GeneratedRecord(key, value, withHeaders ? headers() : Map.of());
    }

    /**
     * The value re-indented for a preview; UTF-8 text that is not one JSON value comes back
     * unchanged, and a null value (a tombstone) as empty text.
     */
    public static String prettyJson(byte[] value) {
        return value == null ? "" : JsonText.pretty(value);
    }

    /**
     * The top-level field names of a sample record, in order, so a UI offers only fields that exist
     * as keys. Loads datafaker's data on first use: call it off the FX thread.
     */
    public static List<String> fieldNames(RecordTemplate template, Locale locale) {
        Random random = new Random(0);
        return List.copyOf(template.generate(new Faker(locale, random), random).keySet());
    }

    private Map<String, byte[]> headers() {
        Map<String, byte[]> headers = new LinkedHashMap<>(4);
        headers.put("source", SOURCE.getBytes(StandardCharsets.UTF_8));
        headers.put("template", template.id().getBytes(StandardCharsets.UTF_8));
        headers.put("trace-id", SeededValues.hex(random, 32).getBytes(StandardCharsets.UTF_8));
        return headers;
    }
}
