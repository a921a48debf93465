package dev.kafkaexplorer.format.protobuf;

import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.Descriptors.DescriptorValidationException;
import com.google.protobuf.Descriptors.FileDescriptor;
import com.google.protobuf.TypeRegistry;
import com.google.protobuf.util.JsonFormat;
import com.squareup.wire.schema.Location;
import com.squareup.wire.schema.internal.parser.ProtoFileElement;
import com.squareup.wire.schema.internal.parser.ProtoParser;
import dev.kafkaexplorer.format.FormatException;
import dev.kafkaexplorer.registry.RegisteredSchema;
import dev.kafkaexplorer.registry.SchemaType;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One registry schema's {@code .proto} text, parsed once: its descriptor and the JSON printer and
 * parser that know its types (an {@code Any} holding one of them prints too). A schema that cannot be
 * used keeps the reason instead, so a stream of records under it does not parse it again per record.
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

    private ProtoSchema(String text, FileDescriptor file, String problem) {
        this.text = text;
        this.file = file;
        this.problem = problem;
        if (file == null) {
            printer = null;
            parser = null;
        } else {
            TypeRegistry types = TypeRegistry.newBuilder().add(file.getMessageTypes()).build();
            printer = JsonFormat.printer()
                    .usingTypeRegistry(types)
                    .preservingProtoFieldNames()
                    .alwaysPrintFieldsWithNoPresence()
                    .omittingInsignificantWhitespace();
            parser = JsonFormat.parser().usingTypeRegistry(types);
        }
    }

    /** {@code schema} parsed; never throws: what goes wrong is kept in words for {@link #file()} to say. */
    static ProtoSchema parse(RegisteredSchema schema) {
        String named = "Protobuf schema id " + schema.id();
        if (schema.type() != SchemaType.PROTOBUF) {
            return failed(schema, "schema id " + schema.id() + " is " + schema.type().label() + ", not Protobuf");
        }
        String fileName = "schema-" + schema.id() + ".proto";
        ProtoFileElement element;
        try {
            element = ProtoParser.Companion.parse(Location.get(fileName), schema.schema());
        } catch (RuntimeException e) {
            return failed(schema, named + " does not parse: " + e.getMessage());
        }
        FileDescriptorProto proto;
        try {
            proto = ProtoFileConverter.convert(element, fileName);
        } catch (RuntimeException e) {
            return failed(schema, named + " cannot be read: " + e.getMessage());
        }
        List<FileDescriptor> dependencies = new ArrayList<>();
        for (String imported : proto.getDependencyList()) {
            Optional<FileDescriptor> wellKnown = WellKnownProtos.forImport(imported);
            if (wellKnown.isEmpty()) {
                return failed(schema, named + " imports " + imported + ", which the app cannot fetch yet"
                        + " (only Google's well-known types, google/protobuf/*.proto, are built in)");
            }
            dependencies.add(wellKnown.get());
        }
        try {
            FileDescriptor file = FileDescriptor.buildFrom(proto, dependencies.toArray(FileDescriptor[]::new));
            return new ProtoSchema(schema.schema(), file, null);
        } catch (DescriptorValidationException | RuntimeException e) {
            return failed(schema, named + " is not valid: " + e.getMessage());
        }
    }

    private static ProtoSchema failed(RegisteredSchema schema, String problem) {
        return new ProtoSchema(schema.schema(), null, problem);
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
