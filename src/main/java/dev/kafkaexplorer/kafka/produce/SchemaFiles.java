package dev.kafkaexplorer.kafka.produce;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.squareup.wire.schema.Location;
import com.squareup.wire.schema.internal.parser.MessageElement;
import com.squareup.wire.schema.internal.parser.ProtoFileElement;
import com.squareup.wire.schema.internal.parser.ProtoParser;
import com.squareup.wire.schema.internal.parser.TypeElement;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.SchemaParseException;

/**
 * Schema files a producer run reads (.avsc, .proto, JSON Schema): read and checked before anything
 * is registered, so a wrong file is explained in words next to its field rather than by the
 * registry, or by every record failing. Reads the disk: call off the FX thread.
 */
public final class SchemaFiles {

    /** Far above any real schema; a larger file is a wrong choice, not a schema. */
    static final long MAX_BYTES = 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    private SchemaFiles() {
    }

    /** A schema file that cannot be used, in words; {@code aboutMessage}: the message name is at fault, not the file. */
    public static final class SchemaFileException extends Exception {
        private final boolean aboutMessage;

        SchemaFileException(String message, boolean aboutMessage) {
            super(message);
            this.aboutMessage = aboutMessage;
        }

        public boolean aboutMessage() {
            return aboutMessage;
        }
    }

    /**
     * The text of {@code file}, checked as a schema of {@code format}; for Protobuf {@code messageName}
     * (null: the file's first message) must name one of its messages.
     */
    public static String read(ProducedValueFormat format, Path file, String messageName) throws SchemaFileException {
        String text = readText(file);
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        switch (format) {
            case AVRO_FILE -> checkAvro(name, text);
            case PROTOBUF_FILE -> checkProto(name, text, messageName);
            case JSON_SCHEMA_FILE -> checkJsonSchema(name, text);
            default -> throw new IllegalArgumentException(format + " reads no file");
        }
        return text;
    }

    private static String readText(Path file) throws SchemaFileException {
        try {
            if (Files.isDirectory(file)) {
                throw fileProblem(file + " is a folder, not a file");
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw fileProblem(file + " holds " + size + " bytes; a schema file is at most 1 MiB");
            }
            byte[] bytes = Files.readAllBytes(file);
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (NoSuchFileException e) {
            throw fileProblem("no file at " + file);
        } catch (AccessDeniedException e) {
            throw fileProblem("not allowed to read " + file);
        } catch (CharacterCodingException e) {
            throw fileProblem(file + " is not UTF-8 text");
        } catch (IOException e) {
            throw fileProblem("cannot read " + file + ": " + e.getMessage());
        }
    }

    private static void checkAvro(String name, String text) throws SchemaFileException {
        Schema schema;
        try {
            schema = new Schema.Parser().parse(text);
        } catch (SchemaParseException e) {
            throw fileProblem(name + " is not an Avro schema: " + e.getMessage());
        } catch (RuntimeException e) {
            // Avro wraps Jackson's complaint about text that is not JSON at all.
            throw fileProblem(name + " is not an Avro schema: " + e.getMessage());
        }
        if (schema.getType() != Schema.Type.RECORD) {
            throw fileProblem(name + " holds an Avro " + schema.getType().getName()
                    + ", but the template's records are JSON objects: give a record schema");
        }
    }

    private static void checkProto(String name, String text, String messageName) throws SchemaFileException {
        ProtoFileElement proto;
        try {
            proto = ProtoParser.Companion.parse(Location.get(name), text);
        } catch (RuntimeException e) {
            throw fileProblem(name + " is not a .proto file: " + e.getMessage());
        }
        List<String> messages = new ArrayList<>();
        collectMessages(proto.getTypes(), "", messages);
        if (messages.isEmpty()) {
            throw fileProblem(name + " declares no message");
        }
        if (messageName != null) {
            String pkg = proto.getPackageName() == null ? "" : proto.getPackageName() + ".";
            String wanted = messageName.startsWith(pkg) && !pkg.isEmpty() ? messageName.substring(pkg.length()) : messageName;
            if (!messages.contains(wanted)) {
                throw new SchemaFileException("Message: no message “" + messageName + "” in " + name + "; it declares "
                        + String.join(", ", messages), true);
            }
        }
    }

    private static void collectMessages(List<TypeElement> types, String prefix, List<String> into) {
        for (TypeElement type : types) {
            if (type instanceof MessageElement) {
                into.add(prefix + type.getName());
                collectMessages(type.getNestedTypes(), prefix + type.getName() + ".", into);
            }
        }
    }

    private static void checkJsonSchema(String name, String text) throws SchemaFileException {
        JsonNode schema;
        try {
            schema = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw fileProblem(name + " is not JSON: " + e.getOriginalMessage());
        }
        if (schema == null || !schema.isObject()) {
            throw fileProblem(name + " is not a JSON Schema: a schema is a JSON object ({ … })");
        }
    }

    private static SchemaFileException fileProblem(String words) {
        return new SchemaFileException("Schema file: " + words, false);
    }
}
