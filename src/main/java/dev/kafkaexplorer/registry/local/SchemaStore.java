package dev.kafkaexplorer.registry.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kafkaexplorer.registry.SchemaReference;
import dev.kafkaexplorer.registry.SchemaType;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the local registry knows, as read from its {@code _schemas} topic: every version of every
 * subject (soft-deleted ones flagged), the compatibility levels, the highest id. The records are
 * Confluent's own: key {@code {"keytype":"SCHEMA","subject":…,"version":…,"magic":1}} with the
 * version as value, key {@code {"keytype":"CONFIG","subject":…|null,"magic":0}} with
 * {@code {"compatibilityLevel":…}}; a null value removes the key (compaction keeps the last).
 */
final class SchemaStore {

    static final String DEFAULT_LEVEL = "BACKWARD";

    /** One version of a subject. */
    record Version(String subject, int version, int id, SchemaType type, String schema,
                   List<SchemaReference> references, boolean deleted) {

        Version {
            references = List.copyOf(references);
        }

        Version asDeleted() {
            return new Version(subject, version, id, type, schema, references, true);
        }

        /** As Confluent shows a version: subject, version, id, schemaType (not for Avro), references (when any), schema. */
        ObjectNode json() {
            ObjectNode node = SchemaTexts.JSON.createObjectNode().put("subject", subject).put("version", version).put("id", id);
            if (type != SchemaType.AVRO) {
                node.put("schemaType", type.name());
            }
            if (!references.isEmpty()) {
                ArrayNode refs = node.putArray("references");
                references.forEach(r -> refs.addObject().put("name", r.name()).put("subject", r.subject()).put("version", r.version()));
            }
            return node.put("schema", schema);
        }

        /** What makes it the same schema as another, wherever it is registered. */
        String identity() {
            return type + "\n" + references + "\n" + SchemaTexts.identity(type, schema);
        }
    }

    private final Map<String, TreeMap<Integer, Version>> subjects = new TreeMap<>();
    private final Map<String, String> subjectLevels = new HashMap<>();
    private final Map<String, Integer> idsByIdentity = new HashMap<>();
    private String globalLevel;
    private int maxId;

    // ---- the topic's records

    static byte[] schemaKey(String subject, int version) {
        ObjectNode key = SchemaTexts.JSON.createObjectNode().put("keytype", "SCHEMA").put("subject", subject)
                .put("version", version).put("magic", 1);
        return key.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    static byte[] schemaValue(Version v) {
        return v.json().put("deleted", v.deleted()).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The key of a subject's level, or of the global one when {@code subject} is null. */
    static byte[] configKey(String subject) {
        ObjectNode key = SchemaTexts.JSON.createObjectNode().put("keytype", "CONFIG").put("subject", subject).put("magic", 0);
        return key.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    static byte[] configValue(String level) {
        return SchemaTexts.JSON.createObjectNode().put("compatibilityLevel", level).toString()
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Takes one record of the topic in; a record it cannot read (another writer's) is skipped. */
    synchronized void apply(byte[] keyBytes, byte[] valueBytes) throws IOException {
        JsonNode key = SchemaTexts.JSON.readTree(keyBytes);
        JsonNode value = valueBytes == null ? null : SchemaTexts.JSON.readTree(valueBytes);
        String subject = key.path("subject").isTextual() ? key.get("subject").asText() : null;
        switch (key.path("keytype").asText()) {
            case "SCHEMA" -> applySchema(subject, key.path("version").asInt(), value);
            case "CONFIG" -> {
                String level = value == null ? null : value.path("compatibilityLevel").asText(null);
                if (subject == null) {
                    globalLevel = level;
                } else if (level == null) {
                    subjectLevels.remove(subject);
                } else {
                    subjectLevels.put(subject, level);
                }
            }
            case "DELETE_SUBJECT" -> {
                // Confluent's registry writes this beside its deleted versions: every version up to it is gone.
                int upTo = value == null ? 0 : value.path("version").asInt();
                subjects.getOrDefault(subject, new TreeMap<>()).replaceAll((v, s) -> v <= upTo ? s.asDeleted() : s);
            }
            default -> {
                // NOOP and other record kinds carry nothing this registry serves
            }
        }
    }

    private void applySchema(String subject, int version, JsonNode value) {
        if (value == null) {
            TreeMap<Integer, Version> versions = subjects.get(subject);
            if (versions != null) {
                versions.remove(version);
                if (versions.isEmpty()) {
                    subjects.remove(subject);
                }
            }
            return;
        }
        List<SchemaReference> refs = new ArrayList<>();
        value.path("references").forEach(r -> refs.add(
                new SchemaReference(r.path("name").asText(), r.path("subject").asText(), r.path("version").asInt())));
        Version v = new Version(subject, version, value.path("id").asInt(),
                SchemaType.fromRegistry(value.path("schemaType").asText(null)), value.path("schema").asText(),
                refs, value.path("deleted").asBoolean(false));
        subjects.computeIfAbsent(subject, s -> new TreeMap<>()).put(version, v);
        idsByIdentity.putIfAbsent(v.identity(), v.id());
        maxId = Math.max(maxId, v.id());
    }

    // ---- what the API reads

    synchronized List<String> subjects(boolean withDeleted) {
        List<String> names = new ArrayList<>();
        subjects.forEach((name, versions) -> {
            if (withDeleted || versions.values().stream().anyMatch(v -> !v.deleted())) {
                names.add(name);
            }
        });
        return names;
    }

    /** The subject's versions, oldest first. */
    synchronized List<Version> versions(String subject, boolean withDeleted) {
        TreeMap<Integer, Version> versions = subjects.get(subject);
        return versions == null ? List.of()
                : versions.values().stream().filter(v -> withDeleted || !v.deleted()).toList();
    }

    synchronized Optional<Version> version(String subject, int version) {
        TreeMap<Integer, Version> versions = subjects.get(subject);
        return Optional.ofNullable(versions == null ? null : versions.get(version));
    }

    /** The highest version number the subject ever had, deleted or not (numbers are never reused). */
    synchronized int highestVersion(String subject) {
        TreeMap<Integer, Version> versions = subjects.get(subject);
        return versions == null || versions.isEmpty() ? 0 : versions.lastKey();
    }

    /** Every version, under any subject, that carries schema {@code id}. */
    synchronized List<Version> withId(int id, boolean withDeleted) {
        List<Version> found = new ArrayList<>();
        subjects.values().forEach(vs -> vs.values().forEach(v -> {
            if (v.id() == id && (withDeleted || !v.deleted())) {
                found.add(v);
            }
        }));
        return found;
    }

    /** The id the same schema already has, anywhere, or 0. */
    synchronized int idOf(Version sameSchema) {
        return idsByIdentity.getOrDefault(sameSchema.identity(), 0);
    }

    synchronized int maxId() {
        return maxId;
    }

    /** The subject's own level, or null. */
    synchronized String subjectLevel(String subject) {
        return subjectLevels.get(subject);
    }

    synchronized String globalLevel() {
        return globalLevel == null ? DEFAULT_LEVEL : globalLevel;
    }

    /** The level that governs {@code subject}: its own, else the global one. */
    synchronized String levelFor(String subject) {
        String own = subjectLevels.get(subject);
        return own != null ? own : globalLevel();
    }
}
