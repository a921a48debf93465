package dev.kafkaexplorer.registry.local;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.squareup.wire.schema.Location;
import com.squareup.wire.schema.internal.parser.ProtoFileElement;
import com.squareup.wire.schema.internal.parser.ProtoParser;
import dev.kafkaexplorer.registry.SchemaReference;
import dev.kafkaexplorer.registry.SchemaType;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.avro.Schema;

/**
 * Schema texts checked and put in the form the local registry keeps: Avro parsed by Avro (with the
 * named types of its references), JSON Schema parsed as JSON, Protobuf parsed by Wire's {@code .proto}
 * parser (its references, the files it imports, must be registered). A text that does not parse is
 * refused as Confluent refuses it: 42201.
 */
final class SchemaTexts {

    static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** Finds the schema a reference names: a registered version, else a refusal. */
    interface References {
        SchemaStore.Version resolve(SchemaReference reference) throws LocalRegistryError;
    }

    /** A schema that parsed: the text to keep, and the parsed model (Avro {@link Schema}, {@link JsonNode} or {@link ProtoFileElement}). */
    record Parsed(SchemaType type, String text, Object model) {
    }

    private SchemaTexts() {
    }

    static Parsed parse(SchemaType type, String text, List<SchemaReference> references, References resolver)
            throws LocalRegistryError {
        if (text == null || text.isBlank()) {
            throw LocalRegistryError.invalidSchema("the schema is empty");
        }
        switch (type) {
            case AVRO:
                return avro(text, references, resolver);
            case JSON:
                JsonNode json = json(text);
                return new Parsed(type, json.toString(), json);
            default:
                ProtoFileElement proto = proto(text);
                // Each imported file is another subject's version, which a reader fetches: one that is
                // not registered is refused now, as Confluent refuses it, not met when reading records.
                for (SchemaReference reference : references) {
                    resolver.resolve(reference);
                }
                return new Parsed(type, text.trim(), proto);
        }
    }

    /**
     * What makes two texts the same schema, so registering it again finds its id: the kept text, and
     * for Protobuf Wire's own printing of the parsed file (blank lines and comments do not count).
     * Never fails: a text that does not parse is its own identity.
     */
    static String identity(SchemaType type, String text) {
        if (type == SchemaType.PROTOBUF) {
            try {
                return proto(text).toSchema();
            } catch (LocalRegistryError notProto) {
                return text;
            }
        }
        return text;
    }

    private static Parsed avro(String text, List<SchemaReference> references, References resolver) throws LocalRegistryError {
        Schema.Parser parser = new Schema.Parser();
        addReferences(parser, references, resolver, new HashSet<>());
        try {
            Schema schema = parser.parse(text);
            // Without references the canonical text is whole; with them it would inline the named types it imports.
            String kept = references.isEmpty() ? schema.toString() : JSON.readTree(text).toString();
            return new Parsed(SchemaType.AVRO, kept, schema);
        } catch (RuntimeException | IOException e) {
            throw LocalRegistryError.invalidSchema(e.getMessage());
        }
    }

    private static void addReferences(Schema.Parser parser, List<SchemaReference> references, References resolver,
                                      Set<String> seen) throws LocalRegistryError {
        for (SchemaReference r : references) {
            SchemaStore.Version v = resolver.resolve(r);
            if (!seen.add(v.subject() + "/" + v.version())) {
                continue;
            }
            addReferences(parser, v.references(), resolver, seen);
            try {
                parser.parse(v.schema());
            } catch (RuntimeException e) {
                throw LocalRegistryError.invalidSchema("the reference " + r.name() + " does not parse: " + e.getMessage());
            }
        }
    }

    private static JsonNode json(String text) throws LocalRegistryError {
        try {
            JsonNode json = JSON.readTree(text);
            if (json == null || !(json.isObject() || json.isBoolean())) {
                throw LocalRegistryError.invalidSchema("a JSON Schema is a JSON object (or true / false)");
            }
            return json;
        } catch (JsonProcessingException e) {
            throw LocalRegistryError.invalidSchema("not JSON: " + e.getOriginalMessage());
        }
    }

    private static ProtoFileElement proto(String text) throws LocalRegistryError {
        try {
            return ProtoParser.Companion.parse(Location.get("schema.proto"), text);
        } catch (RuntimeException e) {
            throw LocalRegistryError.invalidSchema(e.getMessage());
        }
    }
}
