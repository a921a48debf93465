package dev.kafkaexplorer.registry;

import java.util.List;
import java.util.Objects;

/**
 * One schema as the registry serves it. Read by id ({@code /schemas/ids/{id}}) the subject and
 * version are not known: {@code subject} is null and {@code version} 0 until a lookup fills them.
 */
public record RegisteredSchema(int id, String subject, int version, SchemaType type, String schema,
                               List<SchemaReference> references) {

    public RegisteredSchema {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(schema, "schema");
        references = List.copyOf(references == null ? List.of() : references);
    }

    /** How messages name it: "schema id 12 (orders-value v1)", or "schema id 12" when read by id alone. */
    public String named() {
        return subject == null ? "schema id " + id : "schema id " + id + " (" + subject + " v" + version + ")";
    }

    /** The same schema, known under {@code subject} at {@code version}. */
    public RegisteredSchema under(String subject, int version) {
        return new RegisteredSchema(id, subject, version, type, schema, references);
    }
}
