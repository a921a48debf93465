package dev.kafkaexplorer.format;

import dev.kafkaexplorer.registry.SchemaType;

/**
 * How one side of a record (its key or its value) is read in a live run. Thread-safe: its only
 * state is the shared {@link SchemaLookups}.
 *
 * <p>A chosen registry format whose record names a schema of another kind (Avro chosen, the id
 * is a Protobuf schema) is read by the schema's real kind, and {@code kind} says so: the id in the
 * header is the writer's own word, and refusing bytes we can read would help no one.
 *
 * <p>Auto reads a record by its schema only when it starts with magic byte 0, names an id above 0
 * (registries number from 1; a Long key below 2^24 starts with five 0 bytes), the registry has
 * that id, and the whole payload decodes under it. Anything else is shown as the app always
 * showed it ({@link RawBytes}), with the reason in {@code kind} when the registry was asked and
 * failed, but never as a problem: Auto makes no promise about the bytes.
 */
final class FormatReader {

    private final RecordFormat format;
    private final String role;
    /** Null when the cluster has no registry. */
    private final SchemaLookups lookups;
    private final SchemaCodecs codecs;
    /** The kind's first words for a registry format ("Avro"), made once: the filter decodes every arriving row. */
    private final String registryLabel;

    FormatReader(RecordFormat format, String role, SchemaLookups lookups, SchemaCodecs codecs) {
        this.format = format;
        this.role = role;
        this.lookups = lookups;
        this.codecs = codecs;
        this.registryLabel = format.label().replace(" (registry)", "");
    }

    void prepare(byte[] bytes) {
        if (lookups == null || !WireFormat.isFramed(bytes)) {
            return;
        }
        int id = WireFormat.schemaId(bytes);
        if (format.usesRegistry()) {
            lookups.prepare(id, false);
        } else if (format == RecordFormat.AUTO && id > 0) {
            lookups.prepare(id, true);
        }
    }

    Decoded decode(byte[] bytes) {
        if (format == RecordFormat.AUTO) {
            return auto(bytes);
        }
        return format.usesRegistry() ? registry(bytes) : PlainFormats.decode(format, role, bytes);
    }

    SchemaRef schema(byte[] bytes) {
        if (format.usesRegistry()) {
            if (!WireFormat.isFramed(bytes)) {
                return null;
            }
            SchemaLookups.Lookup lookup = lookups == null ? null : lookups.get(WireFormat.schemaId(bytes));
            return lookup == null ? new SchemaRef(WireFormat.schemaId(bytes), null, 0) : lookup.ref();
        }
        SchemaLookups.Lookup lookup = format == RecordFormat.AUTO ? autoLookup(bytes) : null;
        return lookup != null && lookup.usable() ? lookup.ref() : null;
    }

    /** The lookup Auto would read these bytes by; null when it would not look. Only a byte check and a map read. */
    private SchemaLookups.Lookup autoLookup(byte[] bytes) {
        if (lookups == null || !WireFormat.isFramed(bytes)) {
            return null;
        }
        int id = WireFormat.schemaId(bytes);
        return id > 0 ? lookups.get(id) : null;
    }

    private Decoded auto(byte[] bytes) {
        SchemaLookups.Lookup lookup = autoLookup(bytes);
        if (lookup == null) {
            return RawBytes.decode(bytes);
        }
        if (lookup.usable()) {
            SchemaType type = lookup.schema().type();
            try {
                String json = codecs.forType(type).toJson(lookup.schema(), bytes, WireFormat.HEADER_BYTES);
                return new Decoded(json, true, type.label() + ", " + PlainFormats.size(bytes.length), lookup.ref(), null);
            } catch (FormatException | RuntimeException e) {
                String reason = e instanceof FormatException ? e.getMessage() : e.toString();
                return withNote(bytes, "not read as " + type.label() + " of " + lookup.ref().describe() + ": " + reason);
            }
        }
        return lookup.settled() ? RawBytes.decode(bytes)
                : withNote(bytes, "schema id " + WireFormat.schemaId(bytes) + " could not be read: " + lookup.problem());
    }

    private static Decoded withNote(byte[] bytes, String note) {
        Decoded raw = RawBytes.decode(bytes);
        return new Decoded(raw.text(), raw.json(), raw.kind() + "; " + note, null, null);
    }

    private Decoded registry(byte[] bytes) {
        if (bytes == null) {
            return RawBytes.NULL;
        }
        String kind = registryLabel + ", " + PlainFormats.size(bytes.length);
        if (!WireFormat.isFramed(bytes)) {
            return RawBytes.failed(bytes, kind, null, notFramed(bytes));
        }
        int id = WireFormat.schemaId(bytes);
        if (lookups == null) {
            return RawBytes.failed(bytes, kind, new SchemaRef(id, null, 0), "this cluster has no schema registry: set one in its profile");
        }
        SchemaLookups.Lookup lookup = lookups.get(id);
        if (lookup == null) {
            return RawBytes.failed(bytes, kind, new SchemaRef(id, null, 0),
                    "schema id " + id + " has not been read from the registry yet (the record was not prepared)");
        }
        if (!lookup.usable()) {
            return RawBytes.failed(bytes, kind, lookup.ref(), lookup.problem());
        }
        SchemaType type = lookup.schema().type();
        if (type != chosenType()) {
            kind = type.label() + " (the schema's type; " + chosenType().label() + " was chosen), " + PlainFormats.size(bytes.length);
        }
        try {
            String json = codecs.forType(type).toJson(lookup.schema(), bytes, WireFormat.HEADER_BYTES);
            return new Decoded(json, true, kind, lookup.ref(), null);
        } catch (FormatException e) {
            return RawBytes.failed(bytes, kind, lookup.ref(), e.getMessage());
        } catch (RuntimeException e) {
            // A codec's bug must not stop the stream or the detail pane: it shows as this record's problem.
            return RawBytes.failed(bytes, kind, lookup.ref(), type.label() + " could not be read: " + e);
        }
    }

    private SchemaType chosenType() {
        return switch (format) {
            case PROTOBUF -> SchemaType.PROTOBUF;
            case JSON_SCHEMA -> SchemaType.JSON;
            default -> SchemaType.AVRO;
        };
    }

    private static String notFramed(byte[] bytes) {
        if (bytes.length == 0) {
            return "not in the registry's format: the bytes are empty";
        }
        if (bytes[0] != WireFormat.MAGIC) {
            return String.format("not in the registry's format: the first byte is 0x%02X, not 0", bytes[0] & 0xFF);
        }
        return "not in the registry's format: " + PlainFormats.size(bytes.length) + ", fewer than the "
                + WireFormat.HEADER_BYTES + " of its header";
    }
}
