package dev.kafkaexplorer.format.protobuf;

import com.google.protobuf.CodedInputStream;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FileDescriptor;
import com.google.protobuf.DynamicMessage;
import com.google.protobuf.InvalidProtocolBufferException;
import dev.kafkaexplorer.format.FormatException;
import dev.kafkaexplorer.format.SchemaCodec;
import dev.kafkaexplorer.format.WireFormat;
import dev.kafkaexplorer.registry.RegisteredSchema;
import dev.kafkaexplorer.registry.SchemaRegistry;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Protobuf payloads in the registry's wire format, the schema given as {@code .proto} text and parsed
 * at run time (Wire's parser, then protobuf-java's descriptors; see {@link ProtoSchema} for how the
 * JSON looks). Each schema is parsed once per id. The files a schema imports are read, through its
 * references, from the registry given at construction, so parsing such a schema blocks: {@link
 * #descriptor} is meant to run where blocking is allowed (the consumer thread's prepare), and toJson
 * afterwards is CPU only. Thread-safe: descriptors, printers and parsers are immutable, and two
 * threads meeting a new id at once at worst both parse it.
 */
public final class ProtobufCodec implements SchemaCodec {

    /** By schema id. Unbounded: a registry holds few schemas next to the records read under them. */
    private final Map<Integer, ProtoSchema> parsed = new ConcurrentHashMap<>();
    private final SchemaRegistry references;

    /** A codec for schemas that import nothing but Google's well-known files. */
    public ProtobufCodec() {
        this(null);
    }

    /** A codec that reads the files a schema imports from {@code references} (null: such imports are refused in words). */
    public ProtobufCodec(SchemaRegistry references) {
        this.references = references;
    }

    /**
     * The schema's descriptor, parsed now (fetching what it imports) unless this id was parsed before
     * with the same text.
     *
     * @throws FormatException when the schema cannot be used, in words
     */
    public FileDescriptor descriptor(RegisteredSchema schema) throws FormatException {
        return schemaFor(schema).file();
    }

    @Override
    public String toJson(RegisteredSchema schema, byte[] bytes, int payloadOffset) throws FormatException {
        ProtoSchema proto = schemaFor(schema);
        FileDescriptor file = proto.file(); // an unusable schema is the first thing to say
        WireFormat.MessageIndexes indexes = WireFormat.messageIndexes(bytes, payloadOffset);
        Descriptor message = MessageIndexPath.messageAt(file, indexes.indexes());
        DynamicMessage value;
        try {
            int start = indexes.payloadOffset();
            value = DynamicMessage.parseFrom(message, CodedInputStream.newInstance(bytes, start, bytes.length - start));
        } catch (IOException | RuntimeException e) {
            throw new FormatException("Protobuf data is not valid for message " + message.getFullName() + ": " + e.getMessage(), e);
        }
        try {
            return proto.printer().print(value);
        } catch (IOException | RuntimeException e) {
            throw new FormatException("Protobuf message " + message.getFullName() + " cannot be shown as JSON: " + e.getMessage(), e);
        }
    }

    @Override
    public byte[] fromJson(RegisteredSchema schema, String json, String messageName) throws FormatException {
        ProtoSchema proto = schemaFor(schema);
        Descriptor message = MessageIndexPath.named(proto.file(), messageName);
        String fits = "The JSON does not fit message " + message.getFullName() + ": ";
        if (json == null || json.isBlank()) {
            throw new FormatException(fits + "it is empty");
        }
        DynamicMessage.Builder builder = DynamicMessage.newBuilder(message);
        try {
            proto.parser().merge(json, builder);
        } catch (InvalidProtocolBufferException | RuntimeException e) {
            throw new FormatException(fits + e.getMessage(), e);
        }
        if (!builder.isInitialized()) {
            throw new FormatException(fits + "required fields are missing: " + String.join(", ", builder.findInitializationErrors()));
        }
        List<Integer> indexes = MessageIndexPath.indexesOf(message);
        return WireFormat.frameProtobuf(schema.id(), indexes, builder.build().toByteArray());
    }

    private ProtoSchema schemaFor(RegisteredSchema schema) throws FormatException {
        ProtoSchema known = parsed.get(schema.id());
        if (known == null || !known.parsedFrom(schema.schema())) {
            known = ProtoSchema.parse(schema, references);
            // A registry that failed to give an import is asked again on the next parse, as Avro's
            // references are; the live run's lookups space those out, so records do not each ask.
            if (!known.registryFailed()) {
                parsed.put(schema.id(), known);
            }
        }
        return known;
    }
}
