package dev.kafkaexplorer.format.avro;

import dev.kafkaexplorer.format.FormatException;
import dev.kafkaexplorer.format.JsonText;
import dev.kafkaexplorer.format.SchemaCodec;
import dev.kafkaexplorer.format.WireFormat;
import dev.kafkaexplorer.registry.RegisteredSchema;
import dev.kafkaexplorer.registry.RegistryException;
import dev.kafkaexplorer.registry.SchemaReference;
import dev.kafkaexplorer.registry.SchemaRegistry;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;

/**
 * Avro payloads in the registry's wire format, read and written as the plain JSON a reader expects
 * ({@link AvroToJson}, {@link JsonToAvro}). Each schema is parsed once per id and kept; its
 * references (named types registered under other subjects) are fetched from the registry given
 * at construction, so parsing a schema with references blocks: {@link #schema} is meant to run
 * where blocking is allowed (the consumer thread's prepare), and toJson afterwards is CPU only.
 */
public final class AvroCodec implements SchemaCodec {

    private record Parsed(String text, Schema schema) {
    }

    private final SchemaRegistry references;
    private final ConcurrentHashMap<Integer, Parsed> parsed = new ConcurrentHashMap<>();

    /** A codec for schemas without references. */
    public AvroCodec() {
        this(null);
    }

    /** A codec that fetches referenced schemas from {@code references} (null: references are refused in words). */
    public AvroCodec(SchemaRegistry references) {
        this.references = references;
    }

    @Override
    public String toJson(RegisteredSchema schema, byte[] bytes, int payloadOffset) throws FormatException {
        return AvroToJson.toJson(schema(schema), bytes, payloadOffset);
    }

    @Override
    public byte[] fromJson(RegisteredSchema schema, String json, String messageName) throws FormatException {
        return WireFormat.frame(schema.id(), JsonToAvro.encode(schema(schema), JsonText.parse(json)));
    }

    /**
     * The parsed schema, from the cache when this id was parsed before with the same text (the
     * text is compared too, so a codec shared by two registries whose ids collide stays right).
     *
     * @throws FormatException when the text is not a valid Avro schema, or a reference cannot be read
     */
    public Schema schema(RegisteredSchema schema) throws FormatException {
        Parsed known = parsed.get(schema.id());
        if (known != null && (known.text == schema.schema() || known.text.equals(schema.schema()))) {
            return known.schema;
        }
        Schema.Parser parser = new Schema.Parser();
        try {
            addReferences(parser, schema, new HashSet<>());
            Schema result = parser.parse(schema.schema());
            parsed.put(schema.id(), new Parsed(schema.schema(), result));
            return result;
        } catch (AvroRuntimeException e) {
            // SchemaParseException and the parser's other refusals (a bad default, a duplicate name).
            throw new FormatException(schema.named() + " is not a valid Avro schema: " + e.getMessage(), e);
        }
    }

    /** Parses the referenced schemas first, depth first, so their named types are known to the parser. */
    private void addReferences(Schema.Parser parser, RegisteredSchema schema, Set<String> seen) throws FormatException {
        for (SchemaReference reference : schema.references()) {
            String key = reference.subject() + "/" + reference.version();
            if (!seen.add(key)) {
                continue;
            }
            if (references == null) {
                throw new FormatException(schema.named() + " refers to " + reference.name() + " (subject " + reference.subject()
                        + " version " + reference.version() + "), and no registry was given to read it from");
            }
            RegisteredSchema referenced;
            try {
                referenced = references.version(reference.subject(), reference.version());
            } catch (RegistryException e) {
                throw new FormatException(schema.named() + " refers to " + reference.name() + ", which could not be read: "
                        + e.getMessage(), e);
            }
            addReferences(parser, referenced, seen);
            parser.parse(referenced.schema());
        }
    }
}
