package dev.kafkaexplorer.kafka.produce;

import dev.kafkaexplorer.fake.RecordTemplate;
import dev.kafkaexplorer.fake.schema.SchemaDerivationException;
import dev.kafkaexplorer.fake.schema.TemplateSchemas;
import dev.kafkaexplorer.format.SchemaCodec;
import dev.kafkaexplorer.format.SchemaCodecs;
import dev.kafkaexplorer.kafka.ClusterAccess;
import dev.kafkaexplorer.kafka.KafkaFailure;
import dev.kafkaexplorer.registry.RegisteredSchema;
import dev.kafkaexplorer.registry.RegistryAccess;
import dev.kafkaexplorer.registry.RegistryException;
import dev.kafkaexplorer.registry.SchemaRegistries;
import dev.kafkaexplorer.registry.SchemaRegistry;
import dev.kafkaexplorer.registry.SchemaType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gets a producer run's values ready to be encoded: the schema (derived from the template or read
 * from its file) is registered under the topic's subject once, when the run starts, and every value
 * is then written with that schema's id. Blocking (disk, registry): call it off the FX thread.
 */
public final class ValueSchemaSetup {

    /** The words when a registry format is chosen on a cluster without one. */
    public static final String NO_REGISTRY = "this cluster has no schema registry: set one in its profile";
    private static final Logger LOG = LoggerFactory.getLogger(ValueSchemaSetup.class);

    private final Function<RegistryAccess, SchemaRegistry> registries;
    private final Function<SchemaRegistry, Function<SchemaType, SchemaCodec>> codecs;

    /**
     * @param registries the client of a registry
     * @param codecs     the codecs of one run, per kind of schema, reading what a schema refers to from that registry
     */
    public ValueSchemaSetup(Function<RegistryAccess, SchemaRegistry> registries,
                            Function<SchemaRegistry, Function<SchemaType, SchemaCodec>> codecs) {
        this.registries = registries;
        this.codecs = codecs;
    }

    /** The app's: the shared registry clients and the format codecs, new for each run. */
    public static ValueSchemaSetup standard() {
        return new ValueSchemaSetup(SchemaRegistries::forAccess, registry -> new SchemaCodecs(registry)::forType);
    }

    /** How values are encoded, and in words what was registered ("" for JSON text). */
    public record Prepared(ValueEncoder encoder, RegisteredSchema schema, String description) {

        static final Prepared JSON_TEXT = new Prepared(ValueEncoder.JSON_TEXT, null, "");
    }

    /**
     * Registers the plan's schema (once) and returns the encoder of this run's values.
     *
     * @throws KafkaFailure with the cause in words: no registry, a schema file or template that gives
     *                      no schema, the registry's refusal (incompatible, invalid) or silence
     */
    public Prepared prepare(ValueSchemaPlan plan, ClusterAccess access, RecordTemplate template, Locale locale) {
        ProducedValueFormat format = plan.format();
        if (!format.usesRegistry()) {
            return Prepared.JSON_TEXT;
        }
        RegistryAccess registryAccess = access.schemaRegistry()
                .orElseThrow(() -> new KafkaFailure(NO_REGISTRY, null));
        String text = schemaText(plan, template, locale);
        SchemaType type = format.schemaType();
        SchemaRegistry registry = registries.apply(registryAccess);
        int id;
        try {
            id = registry.register(plan.subject(), type, text, List.of());
        } catch (RegistryException e) {
            throw new KafkaFailure(refusal(e, plan.subject(), type), e);
        }
        RegisteredSchema schema = new RegisteredSchema(id, plan.subject(), 0, type, text, List.of());
        SchemaCodec codec = codecs.apply(registry).apply(type);
        String messageName = plan.messageName();
        LOG.info("Producer values as {}: schema registered under {} with id {}", type.label(), plan.subject(), id);
        ValueEncoder encoder = json -> codec.fromJson(schema, new String(json, StandardCharsets.UTF_8), messageName);
        return new Prepared(encoder, schema, type.label() + ", subject " + plan.subject() + ", schema id " + id);
    }

    private static String schemaText(ValueSchemaPlan plan, RecordTemplate template, Locale locale) {
        try {
            return switch (plan.format()) {
                case AVRO_DERIVED -> TemplateSchemas.avro(template, locale);
                case JSON_SCHEMA_DERIVED -> TemplateSchemas.jsonSchema(template, locale);
                default -> SchemaFiles.read(plan.format(), plan.file(), plan.messageName());
            };
        } catch (SchemaDerivationException | SchemaFiles.SchemaFileException e) {
            throw new KafkaFailure(e.getMessage(), e);
        }
    }

    /** The registry's refusal in words a user can act on, its own words included. */
    static String refusal(RegistryException e, String subject, SchemaType type) {
        int code = e.errorCode().orElse(e.httpStatus());
        String theirs = e.getMessage() == null ? "" : ": " + e.getMessage();
        if (code == 409 || e.httpStatus() == 409) {
            return "the registry refused the schema as incompatible with the versions under “" + subject
                    + "” (choose another topic, or change the subject's compatibility level)" + theirs;
        }
        if (code == 42201 || e.httpStatus() == 422) {
            return "the registry refused the " + (type == SchemaType.JSON ? "JSON Schema" : type.label() + " schema")
                    + " as invalid" + theirs;
        }
        return "the schema could not be registered under “" + subject + "”" + theirs;
    }
}
