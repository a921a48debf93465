package dev.kafkaexplorer.registry.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.squareup.wire.schema.internal.parser.FieldElement;
import com.squareup.wire.schema.internal.parser.MessageElement;
import com.squareup.wire.schema.internal.parser.ProtoFileElement;
import com.squareup.wire.schema.internal.parser.TypeElement;
import dev.kafkaexplorer.registry.local.SchemaTexts.Parsed;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;

/**
 * Whether a new schema may follow earlier ones under a compatibility level. Avro is checked by
 * Avro's own {@link SchemaCompatibility}, in the level's direction (BACKWARD: the new schema reads
 * the old data; FORWARD: the old schemas read the new data; FULL: both). For JSON Schema and
 * Protobuf only what is plain is checked: a JSON Schema whose root type changed, a Protobuf field
 * number whose wire type changed; anything else passes (docs/decisions/0040).
 */
final class LocalCompatibility {

    static final List<String> LEVELS = List.of("NONE", "BACKWARD", "BACKWARD_TRANSITIVE", "FORWARD",
            "FORWARD_TRANSITIVE", "FULL", "FULL_TRANSITIVE");

    /** An earlier version and its parsed schema. */
    record Earlier(int version, Parsed parsed) {
    }

    private LocalCompatibility() {
    }

    /** {@code level} as the registry keeps it (upper case), or 42203. */
    static String checkedLevel(String level) throws LocalRegistryError {
        String upper = level == null ? "" : level.trim().toUpperCase(Locale.ROOT);
        if (!LEVELS.contains(upper)) {
            throw new LocalRegistryError(422, 42203, "Invalid compatibility level: " + level
                    + ". Valid values are " + String.join(", ", LEVELS));
        }
        return upper;
    }

    static boolean transitive(String level) {
        return level.endsWith("_TRANSITIVE");
    }

    /** Why {@code candidate} may not follow {@code earlier} under {@code level}; empty when it may. */
    static List<String> reasons(String level, Parsed candidate, List<Earlier> earlier) {
        List<String> reasons = new ArrayList<>();
        if (level.equals("NONE")) {
            return reasons;
        }
        boolean backward = level.startsWith("BACKWARD") || level.startsWith("FULL");
        boolean forward = level.startsWith("FORWARD") || level.startsWith("FULL");
        for (Earlier e : earlier) {
            if (e.parsed().type() != candidate.type()) {
                reasons.add("version " + e.version() + " is " + e.parsed().type().label() + ", the new schema "
                        + candidate.type().label());
                continue;
            }
            switch (candidate.type()) {
                case AVRO -> {
                    Schema now = (Schema) candidate.model();
                    Schema then = (Schema) e.parsed().model();
                    if (backward) {
                        avro(now, then, "data written with version " + e.version() + " cannot be read with the new schema", reasons);
                    }
                    if (forward) {
                        avro(then, now, "data written with the new schema cannot be read with version " + e.version(), reasons);
                    }
                }
                case JSON -> json((JsonNode) e.parsed().model(), (JsonNode) candidate.model(), e.version(), reasons);
                case PROTOBUF -> protobuf((ProtoFileElement) e.parsed().model(), (ProtoFileElement) candidate.model(),
                        e.version(), reasons);
            }
        }
        return reasons;
    }

    private static void avro(Schema reader, Schema writer, String direction, List<String> reasons) {
        SchemaCompatibility.SchemaPairCompatibility pair = SchemaCompatibility.checkReaderWriterCompatibility(reader, writer);
        for (SchemaCompatibility.Incompatibility i : pair.getResult().getIncompatibilities()) {
            String kind = i.getType().name().toLowerCase(Locale.ROOT).replace('_', ' ');
            reasons.add(direction + ": " + kind + " (" + i.getMessage() + ") at " + i.getLocation());
        }
    }

    private static void json(JsonNode then, JsonNode now, int version, List<String> reasons) {
        JsonNode typeThen = then.path("type");
        JsonNode typeNow = now.path("type");
        if (!typeThen.isMissingNode() && !typeNow.isMissingNode() && !typeThen.equals(typeNow)) {
            reasons.add("the root type changed from " + typeThen + " in version " + version + " to " + typeNow);
        }
    }

    private static void protobuf(ProtoFileElement then, ProtoFileElement now, int version, List<String> reasons) {
        Map<String, FieldElement> before = fields(then);
        fields(now).forEach((key, field) -> {
            FieldElement old = before.get(key);
            if (old == null) {
                return;
            }
            String wireThen = wireType(old.getType());
            String wireNow = wireType(field.getType());
            if (wireThen != null && wireNow != null && !wireThen.equals(wireNow)) {
                String message = key.substring(0, key.lastIndexOf('#'));
                reasons.add("field " + field.getTag() + " of message " + message + " was " + old.getType() + " in version "
                        + version + " and is " + field.getType() + " now: the bytes of one cannot be read as the other");
            }
        });
    }

    /** Every field of every message, nested ones too, as "Message.Nested#number". */
    private static Map<String, FieldElement> fields(ProtoFileElement file) {
        Map<String, FieldElement> fields = new HashMap<>();
        for (TypeElement type : file.getTypes()) {
            addFields("", type, fields);
        }
        return fields;
    }

    private static void addFields(String outer, TypeElement type, Map<String, FieldElement> fields) {
        String name = outer + type.getName();
        if (type instanceof MessageElement message) {
            message.getFields().forEach(f -> fields.put(name + "#" + f.getTag(), f));
            message.getOneOfs().forEach(o -> o.getFields().forEach(f -> fields.put(name + "#" + f.getTag(), f)));
        }
        for (TypeElement nested : type.getNestedTypes()) {
            addFields(name + ".", nested, fields);
        }
    }

    /** The wire type of a scalar field type, or null for a message or enum type (not decided here). */
    private static String wireType(String type) {
        return switch (type) {
            case "int32", "int64", "uint32", "uint64", "sint32", "sint64", "bool" -> "varint";
            case "fixed64", "sfixed64", "double" -> "64-bit";
            case "fixed32", "sfixed32", "float" -> "32-bit";
            case "string", "bytes" -> "length-delimited";
            default -> null;
        };
    }
}
