package dev.kafkaexplorer.format.jsonschema;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.AbsoluteIri;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaException;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import com.networknt.schema.resource.InputStreamSource;
import dev.kafkaexplorer.format.FormatException;
import dev.kafkaexplorer.format.JsonText;
import dev.kafkaexplorer.registry.RegisteredSchema;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A registered JSON Schema made ready to check values with networknt's validator, or the reason it
 * cannot be: parsed, itself checked against its draft's meta-schema, and its {@code $ref}s resolved,
 * all once. Thread-safe once made: the validator's schemas are immutable after initialisation.
 *
 * <p>Nothing is ever fetched: a {@code $ref} outside the schema (another subject, a URL) is refused
 * in words. The drafts' own meta-schemas come from the library's jar, not from json-schema.org.
 */
final class CheckedSchema {

    /**
     * Draft 7 when the schema names no {@code $schema}: it is what Confluent's serializers assume
     * and what the app's derived schemas declare, so a value passes here when it passes there.
     */
    static final SpecificationVersion DEFAULT_DRAFT = SpecificationVersion.DRAFT_7;
    /** At most this many of the validator's messages are shown; the rest are counted. */
    static final int MESSAGES_SHOWN = 3;

    private static final SchemaRegistryConfig CONFIG = SchemaRegistryConfig.builder()
            // "$.items[0].qty", the JSON paths the rest of the app's messages use.
            .pathType(PathType.JSON_PATH)
            // The app speaks English; the library would otherwise follow the machine's locale.
            .locale(Locale.ENGLISH)
            .build();
    /** Only the drafts' meta-schemas, which never change: shared, so each is read from the jar once. */
    private static final SchemaRegistry META_SCHEMAS = registry();

    private final String text;
    private final Schema schema;
    private final String problem;

    private CheckedSchema(String text, Schema schema, String problem) {
        this.text = text;
        this.schema = schema;
        this.problem = problem;
    }

    /** {@code registered} made ready, or holding why it cannot check anything (never throws: refused once, said per use). */
    static CheckedSchema parse(RegisteredSchema registered) {
        try {
            return new CheckedSchema(registered.schema(), build(registered), null);
        } catch (FormatException e) {
            return new CheckedSchema(registered.schema(), null, e.getMessage());
        }
    }

    boolean parsedFrom(String schemaText) {
        // The same RegisteredSchema object comes back for every record of an id: no text compared then.
        return text == schemaText || text.equals(schemaText);
    }

    /** @throws FormatException with the first few of the validator's messages, each naming its JSON path */
    void check(JsonNode value) throws FormatException {
        if (schema == null) {
            throw new FormatException(problem);
        }
        List<com.networknt.schema.Error> errors;
        try {
            errors = schema.validate(value);
        } catch (SchemaException | NotFollowed e) {
            // A reference the library resolves only when a value reaches it; said as at parsing.
            throw new FormatException("the schema cannot check values: " + reason(e), e);
        }
        if (!errors.isEmpty()) {
            throw new FormatException(words(errors));
        }
    }

    private static Schema build(RegisteredSchema registered) throws FormatException {
        String name = registered.named();
        JsonNode node;
        try {
            node = JsonText.parse(registered.schema());
        } catch (FormatException e) {
            throw new FormatException(name + " is " + e.getMessage(), e);
        }
        JsonNode declared = node.get("$schema");
        if (declared != null && declared.isTextual() && knownDraft(declared.textValue()) == null) {
            throw new FormatException(name + " declares $schema “" + declared.textValue()
                    + "”, not a JSON Schema draft the validator knows (draft 4, 6, 7, 2019-09 or 2020-12)");
        }
        // A registry per schema: its cache is keyed by $id, and two versions of a subject often share one.
        SchemaRegistry own = registry();
        Schema schema;
        try {
            schema = own.getSchema(node);
        } catch (SchemaException | NotFollowed e) {
            throw new FormatException(name + " is not a valid JSON Schema: " + reason(e), e);
        }
        SpecificationVersion draft = schema.getSchemaContext().getDialect().getSpecificationVersion();
        List<com.networknt.schema.Error> invalid = META_SCHEMAS.getSchema(SchemaLocation.of(draft.getDialectId())).validate(node);
        if (!invalid.isEmpty()) {
            throw new FormatException(name + " is not a valid JSON Schema: " + words(invalid));
        }
        try {
            // Resolves every $ref now: the library would otherwise wait for the first value that reaches one.
            schema.initializeValidators();
        } catch (SchemaException | NotFollowed e) {
            throw new FormatException(name + " cannot check values: " + reason(e), e);
        }
        return schema;
    }

    private static SchemaRegistry registry() {
        return SchemaRegistry.withDefaultDialect(DEFAULT_DRAFT, builder -> builder
                .schemaRegistryConfig(CONFIG)
                // Remote fetching is off by default in 2.0; said here so that no upgrade turns it on
                // unseen, and the last loader refuses whatever the jar's meta-schemas do not cover.
                .schemaLoader(loader -> loader.fetchRemoteResources(false)
                        .resourceLoaders(loaders -> loaders.add(CheckedSchema::refuse))));
    }

    private static InputStreamSource refuse(AbsoluteIri iri) {
        throw new NotFollowed(iri.toString());
    }

    private static SpecificationVersion knownDraft(String dialectId) {
        try {
            return META_SCHEMAS.getDialect(dialectId).getSpecificationVersion();
        } catch (SchemaException | NotFollowed e) {
            return null;
        }
    }

    /** The exception's reason in words, a reference not followed said as such. */
    private static String reason(RuntimeException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof NotFollowed notFollowed) {
                return "it refers to “" + notFollowed.getMessage() + "”, outside itself; references to other"
                        + " subjects or URLs are not followed here, so it is not known what fits";
            }
        }
        return e.getMessage();
    }

    /** "$.qty: string found, integer expected; $: required property 'id' not found (and 2 more)". */
    static String words(List<com.networknt.schema.Error> errors) {
        String shown = errors.stream().limit(MESSAGES_SHOWN)
                .map(com.networknt.schema.Error::toString)
                .collect(Collectors.joining("; "));
        int more = errors.size() - MESSAGES_SHOWN;
        return more > 0 ? shown + " (and " + more + " more)" : shown;
    }

    /** A reference the schema makes to something outside itself, which is deliberately not loaded. */
    private static final class NotFollowed extends RuntimeException {

        NotFollowed(String iri) {
            super(iri, null, false, false);
        }
    }
}
