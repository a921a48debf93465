package dev.kafkaexplorer.fake.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kafkaexplorer.fake.KeyStrategy;
import dev.kafkaexplorer.fake.RecordGenerator;
import dev.kafkaexplorer.fake.RecordTemplate;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Schemas derived from a template: its shape is read from {@value #SAMPLES} records made with a
 * fixed seed, so fields that some records lack, or that are sometimes null, are seen as optional,
 * and the same template (and locale) always gives the same schema. Generating loads datafaker's
 * data on first use: call these off the FX thread.
 */
public final class TemplateSchemas {

    static final int SAMPLES = 50;
    private static final long SEED = 0;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private TemplateSchemas() {
    }

    /** The template's Avro record schema, as compact text; the record is named after the template's id. */
    public static String avro(RecordTemplate template, Locale locale) throws SchemaDerivationException {
        return AvroSchemaFromJson.derive(template.id(), samples(template, locale)).toString();
    }

    /** The template's JSON Schema, as compact text, titled with the template's name. */
    public static String jsonSchema(RecordTemplate template, Locale locale) throws SchemaDerivationException {
        return JsonSchemaFromJson.derive(template.displayName(), samples(template, locale)).toString();
    }

    /** The values of the template's first records under the fixed seed, as JSON trees. */
    static List<JsonNode> samples(RecordTemplate template, Locale locale) {
        RecordGenerator generator = new RecordGenerator(template, new KeyStrategy.None(), false, locale, SEED);
        List<JsonNode> samples = new ArrayList<>(SAMPLES);
        for (int i = 0; i < SAMPLES; i++) {
            try {
                samples.add(MAPPER.readTree(generator.next().value()));
            } catch (IOException e) {
                // The generator writes its values with Jackson: they always read back.
                throw new IllegalStateException("A generated value is not JSON", e);
            }
        }
        return samples;
    }
}
