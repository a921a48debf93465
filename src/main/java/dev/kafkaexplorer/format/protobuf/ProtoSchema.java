package dev.kafkaexplorer.format.protobuf;

import com.google.protobuf.Descriptors.FileDescriptor;
import com.google.protobuf.TypeRegistry;
import com.google.protobuf.util.JsonFormat;
import dev.kafkaexplorer.format.FormatException;
import dev.kafkaexplorer.registry.RegisteredSchema;
import dev.kafkaexplorer.registry.SchemaRegistry;
import dev.kafkaexplorer.registry.SchemaType;

/**
 * One registry schema's {@code .proto} text, parsed once with the files it imports
 * ({@link ProtoImports}): its descriptor and the JSON printer and parser that know its types and
 * the imported ones (an {@code Any} holding one of them prints too). A schema that cannot be
 * used keeps the reason instead, so a stream of records under it does not parse it again per record
 * (unless the registry failed to give an import: see {@link #registryFailed}).
 *
 * <p>The JSON shown to a reader: field names as the {@code .proto} spells them (what the Schemas tab
 * shows and a filter is typed against; the parser takes both those and the lowerCamelCase JSON names);
 * fields without presence shown at their default (proto3 cannot tell 0 from unset, so a reader sees
 * {@code "qty":0} as any Protobuf reader would, not a missing field); otherwise protobuf's canonical
 * JSON mapping, so 64-bit integers are JSON strings ({@code "9007199254740993"}): exact in every JSON
 * reader, including JavaScript's, and read back unchanged by the parser and by other tools.
 */
final class ProtoSchema {

    private final String text;
    private final FileDescriptor file;
    private final String problem;
    private final JsonFormat.Printer printer;
    private final JsonFormat.Parser parser;
    private final boolean registryFailed;

    private ProtoSchema(String text, FileDescriptor file, String problem, boolean registryFailed) {
        this.text = text;
        this.file = file;
        this.problem = problem;
        this.registryFailed = registryFailed;
        if (file == null) {
            printer = null;
            parser = null;
        } else {
            // Adding a message adds its whole file and, recursively, the files that file imports: an
            // Any holding a type from a referenced subject, however deep, prints and parses too.
            TypeRegistry types = TypeRegistry.newBuilder().add(file.getMessageTypes()).build();
            printer = JsonFormat.printer()
                    .usingTypeRegistry(types)
                    .preservingProtoFieldNames()
                    .alwaysPrintFieldsWithNoPresence()
                    .omittingInsignificantWhitespace();
            parser = JsonFormat.parser().usingTypeRegistry(types);
        }
    }

    /** {@code schema} parsed, without a registry: an import other than Google's well-known files is refused in words. */
    static ProtoSchema parse(RegisteredSchema schema) {
        return parse(schema, null);
    }

    /**
     * {@code schema} parsed, the files it imports read from {@code registry} (nullable) through its
     * references: blocks on the registry when it has any. Never throws: what goes wrong is kept in
     * words for {@link #file()} to say.
     */
    static ProtoSchema parse(RegisteredSchema schema, SchemaRegistry registry) {
        if (schema.type() != SchemaType.PROTOBUF) {
            return new ProtoSchema(schema.schema(), null,
                    "schema id " + schema.id() + " is " + schema.type().label() + ", not Protobuf", false);
        }
        try {
            FileDescriptor file = new ProtoImports(registry).build(schema, "schema-" + schema.id() + ".proto");
            return new ProtoSchema(schema.schema(), file, null, false);
        } catch (ProtoImports.Failure e) {
            return new ProtoSchema(schema.schema(), null, e.getMessage(), e.registryFailed());
        }
    }

    /**
     * Whether this schema could not be used because the registry did not give a file it imports:
     * that may pass (a registry that comes back), so such a parse is not kept for good, while any
     * other outcome follows from the texts alone and is.
     */
    boolean registryFailed() {
        return registryFailed;
    }

    /** Whether this was parsed from {@code schemaText} (an id reused by another registry holds other text). */
    boolean parsedFrom(String schemaText) {
        // The same RegisteredSchema object comes back for every record of an id: no text compared then.
        return text == schemaText || text.equals(schemaText);
    }

    /** The built descriptor, or the reason the schema cannot be used. */
    FileDescriptor file() throws FormatException {
        if (file == null) {
            throw new FormatException(problem);
        }
        return file;
    }

    JsonFormat.Printer printer() {
        return printer;
    }

    JsonFormat.Parser parser() {
        return parser;
    }
}
