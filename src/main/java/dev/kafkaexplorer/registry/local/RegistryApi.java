package dev.kafkaexplorer.registry.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kafkaexplorer.registry.SchemaReference;
import dev.kafkaexplorer.registry.SchemaType;
import dev.kafkaexplorer.registry.local.LocalCompatibility.Earlier;
import dev.kafkaexplorer.registry.local.SchemaStore.Version;
import dev.kafkaexplorer.registry.local.SchemaTexts.Parsed;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/**
 * What the local registry does for each request of the Confluent API, in Confluent's JSON shapes
 * and error codes. Reads come from the {@link SchemaStore}; every write is one record (or a few) on
 * the {@code _schemas} topic, made one at a time and only after the store has caught up with the
 * topic, so ids stay global and increasing.
 */
final class RegistryApi {

    private final SchemaStore store;
    private final SchemasTopic topic;
    private final ReentrantLock writes = new ReentrantLock();

    RegistryApi(SchemaStore store, SchemasTopic topic) {
        this.store = store;
        this.topic = topic;
    }

    ArrayNode subjects(boolean deleted) {
        ArrayNode names = json().arrayNode();
        store.subjects(deleted).forEach(names::add);
        return names;
    }

    ArrayNode versions(String subject, boolean deleted) throws LocalRegistryError {
        List<Version> versions = store.versions(subject, deleted);
        if (versions.isEmpty()) {
            throw LocalRegistryError.subjectNotFound(subject);
        }
        ArrayNode numbers = json().arrayNode();
        versions.forEach(v -> numbers.add(v.version()));
        return numbers;
    }

    /** {@code version} is a number or "latest" (also -1). */
    Version version(String subject, String version, boolean deleted) throws LocalRegistryError {
        List<Version> versions = store.versions(subject, deleted);
        if (versions.isEmpty()) {
            throw LocalRegistryError.subjectNotFound(subject);
        }
        if (isLatest(version)) {
            return versions.get(versions.size() - 1);
        }
        int number = versionNumber(version);
        return versions.stream().filter(v -> v.version() == number).findFirst()
                .orElseThrow(() -> LocalRegistryError.versionNotFound(subject, version));
    }

    Version schemaById(int id) throws LocalRegistryError {
        List<Version> carrying = store.withId(id, true);
        if (carrying.isEmpty()) {
            throw LocalRegistryError.schemaNotFound("Schema " + id);
        }
        return carrying.get(0);
    }

    ObjectNode schemaByIdShown(int id) throws LocalRegistryError {
        ObjectNode shown = schemaById(id).json();
        shown.remove(List.of("subject", "version", "id"));
        return shown;
    }

    ArrayNode subjectVersionsOf(int id, boolean deleted) throws LocalRegistryError {
        schemaById(id);
        ArrayNode pairs = json().arrayNode();
        store.withId(id, deleted).forEach(v -> pairs.addObject().put("subject", v.subject()).put("version", v.version()));
        return pairs;
    }

    ObjectNode register(String subject, JsonNode body) throws Exception {
        writes.lock();
        try {
            topic.catchUp();
            Version candidate = candidate(subject, body);
            for (Version v : store.versions(subject, false)) {
                if (v.identity().equals(candidate.identity())) {
                    return json().objectNode().put("id", v.id());
                }
            }
            List<String> reasons = reasons(subject, candidate, null);
            if (!reasons.isEmpty()) {
                throw new LocalRegistryError(409, 409, "Schema being registered is incompatible with an earlier schema for subject \""
                        + subject + "\", details: " + reasons);
            }
            int known = store.idOf(candidate);
            int id = known != 0 ? known : store.maxId() + 1;
            Version added = new Version(subject, store.highestVersion(subject) + 1, id, candidate.type(), candidate.schema(),
                    candidate.references(), false);
            topic.write(SchemaStore.schemaKey(subject, added.version()), SchemaStore.schemaValue(added));
            return json().objectNode().put("id", id);
        } finally {
            writes.unlock();
        }
    }

    /** {@code POST /subjects/{s}}: the version of the subject that has this schema. */
    ObjectNode lookup(String subject, JsonNode body, boolean deleted) throws LocalRegistryError {
        List<Version> versions = store.versions(subject, deleted);
        if (versions.isEmpty()) {
            throw LocalRegistryError.subjectNotFound(subject);
        }
        Version candidate = candidate(subject, body);
        for (Version v : versions) {
            if (v.identity().equals(candidate.identity())) {
                return v.json();
            }
        }
        throw LocalRegistryError.schemaNotFound("Schema");
    }

    /** {@code POST /compatibility/subjects/{s}/versions[/{v}]}; {@code version} null: as the level says. */
    ObjectNode check(String subject, String version, JsonNode body, boolean verbose) throws LocalRegistryError {
        Version candidate = candidate(subject, body);
        List<String> reasons = reasons(subject, candidate, version == null || isLatest(version) ? null
                : version(subject, version, false));
        ObjectNode verdict = json().objectNode().put("is_compatible", reasons.isEmpty());
        if (verbose) {
            ArrayNode messages = verdict.putArray("messages");
            reasons.forEach(messages::add);
        }
        return verdict;
    }

    /** Soft deletes a version, or removes a soft-deleted one for good ({@code permanent}). */
    int deleteVersion(String subject, String version, boolean permanent) throws Exception {
        writes.lock();
        try {
            topic.catchUp();
            Version v = version(subject, version, permanent || !isLatest(version));
            if (!permanent && v.deleted()) {
                throw new LocalRegistryError(404, 40406, "Subject '" + subject + "' Version " + v.version()
                        + " was soft deleted.Set permanent=true to delete permanently");
            }
            if (permanent && !v.deleted()) {
                throw new LocalRegistryError(404, 40407, "Subject '" + subject + "' Version " + v.version()
                        + " was not deleted first before being permanently deleted");
            }
            topic.write(SchemaStore.schemaKey(subject, v.version()), permanent ? null : SchemaStore.schemaValue(v.asDeleted()));
            return v.version();
        } finally {
            writes.unlock();
        }
    }

    ArrayNode deleteSubject(String subject, boolean permanent) throws Exception {
        writes.lock();
        try {
            topic.catchUp();
            List<Version> all = store.versions(subject, true);
            if (all.isEmpty()) {
                throw LocalRegistryError.subjectNotFound(subject);
            }
            List<Version> live = store.versions(subject, false);
            if (!permanent && live.isEmpty()) {
                throw new LocalRegistryError(404, 40404, "Subject '" + subject + "' was soft deleted.Set permanent=true to delete permanently");
            }
            if (permanent && !live.isEmpty()) {
                throw new LocalRegistryError(404, 40405, "Subject '" + subject + "' was not deleted first before being permanently deleted");
            }
            ArrayNode deleted = json().arrayNode();
            for (Version v : permanent ? all : live) {
                topic.write(SchemaStore.schemaKey(subject, v.version()), permanent ? null : SchemaStore.schemaValue(v.asDeleted()));
                deleted.add(v.version());
            }
            return deleted;
        } finally {
            writes.unlock();
        }
    }

    /** {@code GET /config[/{s}]}; {@code subject} null: the global level. */
    ObjectNode config(String subject, boolean defaultToGlobal) throws LocalRegistryError {
        String level = subject == null ? store.globalLevel()
                : defaultToGlobal ? store.levelFor(subject) : store.subjectLevel(subject);
        if (level == null) {
            throw new LocalRegistryError(404, 40408, "Subject '" + subject + "' does not have subject-level compatibility configured");
        }
        return json().objectNode().put("compatibilityLevel", level);
    }

    ObjectNode setConfig(String subject, JsonNode body) throws Exception {
        String level = LocalCompatibility.checkedLevel(body.path("compatibility").asText(null));
        writes.lock();
        try {
            topic.write(SchemaStore.configKey(subject), SchemaStore.configValue(level));
            return json().objectNode().put("compatibility", level);
        } finally {
            writes.unlock();
        }
    }

    /** {@code DELETE /config[/{s}]}: back to the global level (or, for the global one, to BACKWARD). */
    ObjectNode deleteConfig(String subject) throws Exception {
        writes.lock();
        try {
            topic.catchUp();
            ObjectNode was = config(subject, false);
            topic.write(SchemaStore.configKey(subject), null);
            return was;
        } finally {
            writes.unlock();
        }
    }

    private List<String> reasons(String subject, Version candidate, Version against) throws LocalRegistryError {
        String level = store.levelFor(subject);
        List<Version> earlier;
        if (against != null) {
            earlier = List.of(against);
        } else {
            List<Version> live = store.versions(subject, false);
            earlier = LocalCompatibility.transitive(level) || live.isEmpty() ? live : List.of(live.get(live.size() - 1));
        }
        List<Earlier> parsed = new ArrayList<>();
        for (Version v : earlier) {
            parsed.add(new Earlier(v.version(), SchemaTexts.parse(v.type(), v.schema(), v.references(), this::resolve)));
        }
        Parsed now = SchemaTexts.parse(candidate.type(), candidate.schema(), candidate.references(), this::resolve);
        return LocalCompatibility.reasons(level, now, parsed);
    }

    /** The schema a request's body gives, parsed (42201 when it does not) and in the form it is kept. */
    private Version candidate(String subject, JsonNode body) throws LocalRegistryError {
        if (body == null || !body.path("schema").isTextual()) {
            throw LocalRegistryError.invalidSchema("the request has no \"schema\" text");
        }
        SchemaType type;
        try {
            type = SchemaType.fromRegistry(body.path("schemaType").asText(null));
        } catch (IllegalArgumentException e) {
            throw LocalRegistryError.invalidSchema("unknown schemaType " + body.path("schemaType").asText()
                    + " (AVRO, PROTOBUF or JSON)");
        }
        List<SchemaReference> references = new ArrayList<>();
        for (JsonNode r : body.path("references")) {
            references.add(new SchemaReference(r.path("name").asText(), r.path("subject").asText(), r.path("version").asInt(-1)));
        }
        Parsed parsed = SchemaTexts.parse(type, body.get("schema").asText(), references, this::resolve);
        return new Version(subject, 0, 0, type, parsed.text(), references, false);
    }

    private Version resolve(SchemaReference reference) throws LocalRegistryError {
        try {
            return version(reference.subject(), String.valueOf(reference.version()), false);
        } catch (LocalRegistryError e) {
            throw LocalRegistryError.invalidSchema("the reference " + reference.name() + " names " + reference.subject()
                    + " version " + reference.version() + ", which is not registered");
        }
    }

    private static boolean isLatest(String version) {
        return "latest".equals(version) || "-1".equals(version);
    }

    private static int versionNumber(String version) throws LocalRegistryError {
        try {
            int n = Integer.parseInt(version);
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // refused below, as Confluent refuses it
        }
        throw LocalRegistryError.invalidVersion(version);
    }

    private static com.fasterxml.jackson.databind.node.JsonNodeFactory json() {
        return SchemaTexts.JSON.getNodeFactory();
    }
}
