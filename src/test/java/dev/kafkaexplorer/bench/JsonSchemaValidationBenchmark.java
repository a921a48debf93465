package dev.kafkaexplorer.bench;

import dev.kafkaexplorer.fake.BuiltInTemplates;
import dev.kafkaexplorer.fake.KeyStrategy;
import dev.kafkaexplorer.fake.RecordGenerator;
import dev.kafkaexplorer.fake.RecordTemplate;
import dev.kafkaexplorer.fake.schema.TemplateSchemas;
import dev.kafkaexplorer.format.FormatException;
import dev.kafkaexplorer.format.JsonText;
import dev.kafkaexplorer.format.WireFormat;
import dev.kafkaexplorer.format.jsonschema.JsonSchemaCodec;
import dev.kafkaexplorer.registry.RegisteredSchema;
import dev.kafkaexplorer.registry.SchemaType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * What checking a value against its JSON Schema costs the producer's JSON Schema runs, per record of
 * each built-in template: (a) the writing before validation (parse, compact, frame) against (b) the
 * codec's {@code fromJson}, which validates too, on values generated with another seed than the
 * samples the schema was derived from (so (b) also counts the values the derived schema refuses).
 * One thread; medians of 5 passes after -Dbench.warmups (default 3). Figures only, no assertion:
 * {@code mvn -o -q test -Pbenchmark -Dtest=JsonSchemaValidationBenchmark}.
 */
class JsonSchemaValidationBenchmark {

    private static final int RECORDS = Integer.getInteger("bench.records", 20_000);
    private static final int WARMUPS = Integer.getInteger("bench.warmups", 3);
    private static final int PASSES = 5;

    @Test
    void validationCostPerRecordOfEachBuiltInTemplate() throws Exception {
        System.out.printf("%-20s %10s %10s %10s  %s%n", "template", "(a) µs", "(b) µs", "(b)-(a)", "refused");
        for (RecordTemplate template : BuiltInTemplates.all()) {
            RegisteredSchema schema = new RegisteredSchema(1, template.id() + "-value", 1, SchemaType.JSON,
                    TemplateSchemas.jsonSchema(template, Locale.US), List.of());
            List<String> values = values(template);
            JsonSchemaCodec codec = new JsonSchemaCodec();
            long[] framing = new long[PASSES];
            long[] validating = new long[PASSES];
            Refusals refusals = new Refusals();
            for (int pass = -WARMUPS; pass < PASSES; pass++) {
                long a = timeFraming(values);
                long b = timeCodec(codec, schema, values, refusals);
                if (pass >= 0) {
                    framing[pass] = a;
                    validating[pass] = b;
                }
            }
            double perA = median(framing) / 1000.0 / values.size();
            double perB = median(validating) / 1000.0 / values.size();
            System.out.printf(Locale.ROOT, "%-20s %10.2f %10.2f %10.2f  %d of %d%s%n", template.id(), perA, perB, perB - perA,
                    refusals.count / (WARMUPS + PASSES), values.size(), refusals.first == null ? "" : " (" + refusals.first + ")");
        }
    }

    private static List<String> values(RecordTemplate template) {
        // Seed 7, not the derivation's 0: the schema has not seen these values.
        RecordGenerator generator = new RecordGenerator(template, new KeyStrategy.None(), false, Locale.US, 7);
        List<String> values = new ArrayList<>(RECORDS);
        for (int i = 0; i < RECORDS; i++) {
            values.add(new String(generator.next().value(), StandardCharsets.UTF_8));
        }
        return values;
    }

    /** The writing of a JSON Schema value before validation, as the codec did it. */
    private static long timeFraming(List<String> values) throws FormatException {
        long sink = 0;
        long start = System.nanoTime();
        for (String value : values) {
            sink += WireFormat.frame(1, JsonText.compact(JsonText.parse(value)).getBytes(StandardCharsets.UTF_8)).length;
        }
        long took = System.nanoTime() - start;
        if (sink == 42) {
            System.out.print("");
        }
        return took;
    }

    private static long timeCodec(JsonSchemaCodec codec, RegisteredSchema schema, List<String> values, Refusals refusals) {
        long sink = 0;
        long start = System.nanoTime();
        for (String value : values) {
            try {
                sink += codec.fromJson(schema, value, null).length;
            } catch (FormatException e) {
                refusals.count++;
                if (refusals.first == null) {
                    refusals.first = e.getMessage();
                }
            }
        }
        long took = System.nanoTime() - start;
        if (sink == 42) {
            System.out.print("");
        }
        return took;
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static final class Refusals {
        long count;
        String first;
    }
}
