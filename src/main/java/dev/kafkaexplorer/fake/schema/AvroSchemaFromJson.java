package dev.kafkaexplorer.fake.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.avro.JsonProperties;
import org.apache.avro.Schema;

/**
 * An Avro record schema derived from the JSON shape of a template's records, so a template with no
 * schema of its own can be produced as Avro.
 *
 * <ul>
 *   <li>objects become nested records, named from their field ({@code address} → {@code Address},
 *       the items of {@code items} → {@code Item}), unique within the schema;</li>
 *   <li>strings → {@code string}, whole numbers → {@code long}, decimals → {@code double} (a place
 *       holding both → {@code double}), booleans → {@code boolean};</li>
 *   <li>arrays → an {@code array} of their items' type; arrays that were always empty → an array of
 *       {@code string}; items of several kinds → an array of a union of those kinds;</li>
 *   <li>a place that was null in some sample, or a field missing from some, → a union with
 *       {@code "null"} first and default {@code null}; a place only ever null → {@code ["null","string"]};</li>
 *   <li>several kinds at one place (a number here, a string there) → a union of them, in the order
 *       boolean, number, string, array, record.</li>
 * </ul>
 *
 * Field names must be Avro names (a letter or _, then letters, digits, _): a template field that is
 * not is refused in words, since renaming it would make the records no longer fit. The same
 * samples always give the same schema.
 */
public final class AvroSchemaFromJson {

    private static final Pattern AVRO_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final TypeNames names = new TypeNames();

    private AvroSchemaFromJson() {
    }

    /** The schema of one sample record. */
    public static Schema derive(String recordName, JsonNode sample) throws SchemaDerivationException {
        return derive(recordName, List.of(sample));
    }

    /**
     * The record schema that fits every one of {@code samples} (JSON objects).
     *
     * @param recordName the top-level record's name, made into an Avro name ("user-signup" → UserSignup)
     * @throws SchemaDerivationException when the samples are not objects, or a field name is not an Avro name
     */
    public static Schema derive(String recordName, List<JsonNode> samples) throws SchemaDerivationException {
        JsonShape shape = JsonShape.of(samples);
        if (samples.isEmpty() || !shape.object() || shape.kinds() != 1 || shape.nullSeen()) {
            throw new SchemaDerivationException("An Avro schema can only be derived from records that are JSON objects");
        }
        AvroSchemaFromJson derivation = new AvroSchemaFromJson();
        return derivation.record(derivation.names.unique(recordName), shape, "");
    }

    private Schema record(String name, JsonShape shape, String path) throws SchemaDerivationException {
        Schema record = Schema.createRecord(name, null, null, false);
        List<Schema.Field> fields = new ArrayList<>();
        for (var entry : shape.fields().entrySet()) {
            String field = entry.getKey();
            String where = path.isEmpty() ? field : path + "." + field;
            if (!AVRO_NAME.matcher(field).matches()) {
                throw new SchemaDerivationException("Field “" + where + "” is not a valid Avro name: Avro field names "
                        + "start with a letter or _ and hold only letters, digits and _. Rename it in the template, "
                        + "or give an .avsc file");
            }
            JsonShape value = entry.getValue().shape();
            boolean nullable = value.nullSeen() || shape.optional(entry.getValue());
            Schema type = type(value, nullable, field, where);
            fields.add(type.getType() == Schema.Type.UNION && type.getTypes().get(0).getType() == Schema.Type.NULL
                    ? new Schema.Field(field, type, null, JsonProperties.NULL_VALUE)
                    : new Schema.Field(field, type));
        }
        record.setFields(fields);
        return record;
    }

    /**
     * The type of a place; {@code nullable}: null first in a union (so a field may default to null).
     * {@code field} names a record found here: the field's name, or for an array's items its singular.
     */
    private Schema type(JsonShape shape, boolean nullable, String field, String where) throws SchemaDerivationException {
        List<Schema> branches = new ArrayList<>();
        if (nullable) {
            branches.add(Schema.create(Schema.Type.NULL));
        }
        if (shape.bool()) {
            branches.add(Schema.create(Schema.Type.BOOLEAN));
        }
        if (shape.decimal()) {
            branches.add(Schema.create(Schema.Type.DOUBLE));
        } else if (shape.wholeOnly()) {
            branches.add(Schema.create(Schema.Type.LONG));
        }
        if (shape.text() || shape.kinds() == 0) {
            // Only ever null: a string is the likeliest value it stands for.
            branches.add(Schema.create(Schema.Type.STRING));
        }
        if (shape.array()) {
            JsonShape items = shape.items();
            branches.add(Schema.createArray(items == null ? Schema.create(Schema.Type.STRING)
                    : type(items, items.nullSeen(), TypeNames.singular(field), where + "[]")));
        }
        if (shape.object()) {
            branches.add(record(names.unique(field), shape, where));
        }
        return branches.size() == 1 ? branches.get(0) : Schema.createUnion(branches);
    }
}
