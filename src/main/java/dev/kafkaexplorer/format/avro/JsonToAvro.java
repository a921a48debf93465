package dev.kafkaexplorer.format.avro;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kafkaexplorer.format.FormatException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;

/**
 * JSON as a person or a template writes it (the plain form {@link AvroToJson} shows: a union's value
 * without a wrapper, enums as symbols, dates as text) turned into a datum of the schema and written
 * with Avro's own {@link GenericDatumWriter}. A value that does not fit is refused with the path of
 * its field ("customer.address.zip: expected a whole number, found the text \"abc\""); a field the
 * schema does not have is refused too, since a misspelt name would otherwise be dropped silently.
 */
final class JsonToAvro {

    private JsonToAvro() {
    }

    /** {@code json} written as Avro binary data of {@code schema} (no header). */
    static byte[] encode(Schema schema, JsonNode json) throws FormatException {
        Object datum = datum(schema, json, "");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(bytes, null);
        try {
            new GenericDatumWriter<>(schema, GenericData.get()).write(datum, encoder);
            encoder.flush();
        } catch (IOException | AvroRuntimeException | ClassCastException e) {
            // The datum was built to fit the schema: this is a gap in the walk, said in Avro's words.
            throw new FormatException("the value could not be written as Avro: " + e.getMessage(), e);
        }
        return bytes.toByteArray();
    }

    static Object datum(Schema schema, JsonNode json, String path) throws FormatException {
        return switch (schema.getType()) {
            case RECORD -> record(schema, json, path);
            case ARRAY -> array(schema, json, path);
            case MAP -> map(schema, json, path);
            case UNION -> union(schema, json, path);
            case ENUM -> enumSymbol(schema, json, path);
            default -> AvroScalars.datum(schema, json, path);
        };
    }

    private static Object record(Schema schema, JsonNode json, String path) throws FormatException {
        if (!json.isObject()) {
            throw AvroScalars.mismatch(path, "an object (record " + schema.getName() + ")", json);
        }
        for (Iterator<String> names = json.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (schema.getField(name) == null) {
                throw new FormatException(child(path, name) + " is not a field of record " + schema.getName()
                        + " (its fields: " + schema.getFields().stream().map(Schema.Field::name).collect(Collectors.joining(", ")) + ")");
            }
        }
        GenericData.Record record = new GenericData.Record(schema);
        for (Schema.Field field : schema.getFields()) {
            JsonNode value = json.get(field.name());
            String fieldPath = child(path, field.name());
            if (value != null) {
                record.put(field.pos(), datum(field.schema(), value, fieldPath));
            } else if (field.hasDefaultValue()) {
                record.put(field.pos(), GenericData.get().getDefaultValue(field));
            } else {
                throw new FormatException(fieldPath + " is missing, and the schema gives it no default");
            }
        }
        return record;
    }

    private static Object array(Schema schema, JsonNode json, String path) throws FormatException {
        if (!json.isArray()) {
            throw AvroScalars.mismatch(path, "an array", json);
        }
        List<Object> items = new ArrayList<>(json.size());
        for (int i = 0; i < json.size(); i++) {
            items.add(datum(schema.getElementType(), json.get(i), path + "[" + i + "]"));
        }
        return items;
    }

    private static Object map(Schema schema, JsonNode json, String path) throws FormatException {
        if (!json.isObject()) {
            throw AvroScalars.mismatch(path, "an object (a map)", json);
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> entries = json.fields(); entries.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = entries.next();
            map.put(entry.getKey(), datum(schema.getValueType(), entry.getValue(), path + "[\"" + entry.getKey() + "\"]"));
        }
        return map;
    }

    /**
     * The first branch, in the schema's order, that the value fits. When only one branch takes
     * values of its JSON kind (one record among null and string, say), that branch's own reason is
     * given, which names the inner field that did not fit.
     */
    private static Object union(Schema schema, JsonNode json, String path) throws FormatException {
        List<Schema> sameKind = new ArrayList<>();
        for (Schema branch : schema.getTypes()) {
            if (AvroScalars.takesKind(branch, json)) {
                sameKind.add(branch);
            }
        }
        FormatException only = null;
        for (Schema branch : sameKind) {
            try {
                return datum(branch, json, path);
            } catch (FormatException e) {
                only = e;
            }
        }
        if (sameKind.size() == 1) {
            throw only;
        }
        String branches = schema.getTypes().stream().map(AvroScalars::typeName).collect(Collectors.joining(", "));
        throw new FormatException(where(path) + "fits none of the union's types (" + branches + "); found "
                + AvroScalars.describe(json));
    }

    private static Object enumSymbol(Schema schema, JsonNode json, String path) throws FormatException {
        if (!json.isTextual() || !schema.hasEnumSymbol(json.textValue())) {
            throw AvroScalars.mismatch(path, "one of " + String.join(", ", schema.getEnumSymbols())
                    + " (enum " + schema.getName() + ")", json);
        }
        return new GenericData.EnumSymbol(schema, json.textValue());
    }

    static String child(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    /** The start of a message about the value at {@code path}: "customer.zip: " or "the value: ". */
    static String where(String path) {
        return path.isEmpty() ? "the value: " : path + ": ";
    }
}
