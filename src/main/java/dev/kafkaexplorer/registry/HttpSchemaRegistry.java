package dev.kafkaexplorer.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kafkaexplorer.registry.RegistryCalls.About;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * The registry client over the JDK's HTTP client: no Confluent jar. Schemas read by id are kept for
 * the life of the client (an id never changes its schema); an id the registry does not know is
 * remembered for {@link #NOT_FOUND_MEMORY}, and a registry that did not answer for
 * {@link #NO_ANSWER_MEMORY}, so a stream of records framed with such an id asks once, not per record.
 */
public final class HttpSchemaRegistry implements SchemaRegistry {

    static final Duration NOT_FOUND_MEMORY = Duration.ofSeconds(10);
    static final Duration NO_ANSWER_MEMORY = Duration.ofSeconds(3);

    private final RegistryCalls calls;
    private final LongSupplier nanoClock;
    private final ConcurrentHashMap<Integer, RegisteredSchema> byId = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Integer, Failure> failedIds = new ConcurrentHashMap<>();

    public HttpSchemaRegistry(RegistryAccess access) {
        this(access, System::nanoTime);
    }

    HttpSchemaRegistry(RegistryAccess access, LongSupplier nanoClock) {
        this.calls = new RegistryCalls(access);
        this.nanoClock = nanoClock;
    }

    @Override
    public List<String> subjects() throws RegistryException {
        List<String> subjects = new ArrayList<>();
        for (JsonNode s : array(calls.get(About.NOTHING, null, "subjects"), "the subject list")) {
            subjects.add(s.asText());
        }
        subjects.sort(null);
        return subjects;
    }

    @Override
    public List<Integer> versions(String subject) throws RegistryException {
        List<Integer> versions = integers(calls.get(About.subject(subject), null, "subjects", subject, "versions"), "the versions");
        versions.sort(null);
        return versions;
    }

    @Override
    public RegisteredSchema version(String subject, int version) throws RegistryException {
        String v = versionSegment(version);
        JsonNode json = calls.get(About.version(subject, v), null, "subjects", subject, "versions", v);
        RegisteredSchema schema = schema(json, json.path("id").asInt(), json.path("subject").asText(subject),
                json.path("version").asInt(version));
        byId.putIfAbsent(schema.id(), schema);
        return schema;
    }

    @Override
    public RegisteredSchema schemaById(int id) throws RegistryException {
        RegisteredSchema known = byId.get(id);
        if (known != null) {
            return known;
        }
        Failure failed = failedIds.get(id);
        if (failed != null) {
            if (nanoClock.getAsLong() - failed.until() < 0) {
                throw failed.again();
            }
            failedIds.remove(id, failed);
        }
        try {
            RegisteredSchema found = fetchById(id);
            RegisteredSchema raced = byId.putIfAbsent(id, found);
            return raced == null ? found : raced;
        } catch (RegistryException e) {
            Duration memory = e.notFound() ? NOT_FOUND_MEMORY : e.httpStatus() == 0 ? NO_ANSWER_MEMORY : null;
            if (memory != null) {
                failedIds.put(id, new Failure(e, nanoClock.getAsLong() + memory.toNanos()));
            }
            throw e;
        }
    }

    private RegisteredSchema fetchById(int id) throws RegistryException {
        String ids = String.valueOf(id);
        RegisteredSchema schema = schema(calls.get(About.id(id), null, "schemas", "ids", ids), id, null, 0);
        try {
            JsonNode pairs = calls.get(About.id(id), null, "schemas", "ids", ids, "versions");
            if (pairs != null && pairs.isArray() && pairs.size() > 0) {
                JsonNode first = pairs.get(0);
                return schema.under(first.path("subject").asText(null), first.path("version").asInt());
            }
        } catch (RegistryException olderRegistry) {
            // Not every registry serves /schemas/ids/{id}/versions: the schema alone decodes the record.
        }
        return schema;
    }

    @Override
    public int register(String subject, SchemaType type, String schema, List<SchemaReference> references)
            throws RegistryException {
        JsonNode json = calls.send("POST", body(type, schema, references), About.subject(subject), null,
                "subjects", subject, "versions");
        if (json == null || !json.path("id").isInt()) {
            throw unexpected("the registered schema's id");
        }
        return json.get("id").asInt();
    }

    @Override
    public CompatibilityVerdict checkCompatibility(String subject, SchemaType type, String schema,
                                                   List<SchemaReference> references) throws RegistryException {
        JsonNode json;
        try {
            json = calls.send("POST", body(type, schema, references), About.version(subject, "latest"), "verbose=true",
                    "compatibility", "subjects", subject, "versions", "latest");
        } catch (RegistryException e) {
            int code = e.errorCode().orElse(0);
            if (code == 40401 || code == 40402) {
                return new CompatibilityVerdict(true, List.of()); // nothing yet to be compatible with
            }
            throw e;
        }
        if (json == null || !json.path("is_compatible").isBoolean()) {
            throw unexpected("the compatibility verdict");
        }
        List<String> reasons = new ArrayList<>();
        json.path("messages").forEach(m -> reasons.add(m.isTextual() ? m.asText() : m.toString()));
        return new CompatibilityVerdict(json.get("is_compatible").asBoolean(), reasons);
    }

    @Override
    public String compatibilityLevel(Optional<String> subject) throws RegistryException {
        JsonNode json;
        if (subject.isPresent()) {
            try {
                json = calls.get(About.subject(subject.get()), "defaultToGlobal=true", "config", subject.get());
            } catch (RegistryException e) {
                if (!e.notFound()) {
                    throw e;
                }
                // A registry that does not know defaultToGlobal: the subject has no level of its own.
                json = calls.get(About.NOTHING, null, "config");
            }
        } else {
            json = calls.get(About.NOTHING, null, "config");
        }
        String level = json == null ? null : json.path("compatibilityLevel").asText(json.path("compatibility").asText(null));
        if (level == null) {
            throw unexpected("the compatibility level");
        }
        return level;
    }

    @Override
    public void setCompatibilityLevel(Optional<String> subject, String level) throws RegistryException {
        ObjectNode body = RegistryCalls.JSON.createObjectNode().put("compatibility", level);
        if (subject.isPresent()) {
            calls.send("PUT", body, About.subject(subject.get()), null, "config", subject.get());
        } else {
            calls.send("PUT", body, About.NOTHING, null, "config");
        }
    }

    @Override
    public int deleteVersion(String subject, int version) throws RegistryException {
        String v = versionSegment(version);
        JsonNode json = calls.send("DELETE", null, About.version(subject, v), null, "subjects", subject, "versions", v);
        if (json == null || !json.isInt()) {
            throw unexpected("the deleted version");
        }
        return json.asInt();
    }

    @Override
    public List<Integer> deleteSubject(String subject) throws RegistryException {
        return integers(calls.send("DELETE", null, About.subject(subject), null, "subjects", subject), "the deleted versions");
    }

    @Override
    public String toString() {
        return "HttpSchemaRegistry[" + calls.shownUrl() + "]";
    }

    private static String versionSegment(int version) {
        return version == -1 ? "latest" : String.valueOf(version);
    }

    private static ObjectNode body(SchemaType type, String schema, List<SchemaReference> references) {
        ObjectNode body = RegistryCalls.JSON.createObjectNode().put("schema", schema);
        if (type != SchemaType.AVRO) {
            // Left out for Avro, as Confluent's own clients do: older registries know no schemaType.
            body.put("schemaType", type.name());
        }
        if (references != null && !references.isEmpty()) {
            ArrayNode refs = body.putArray("references");
            for (SchemaReference r : references) {
                refs.addObject().put("name", r.name()).put("subject", r.subject()).put("version", r.version());
            }
        }
        return body;
    }

    private RegisteredSchema schema(JsonNode json, int id, String subject, int version) throws RegistryException {
        if (json == null || !json.path("schema").isTextual()) {
            throw unexpected("a schema");
        }
        SchemaType type;
        try {
            type = SchemaType.fromRegistry(json.path("schemaType").asText(null));
        } catch (IllegalArgumentException e) {
            throw new RegistryException("the registry's schema type " + json.path("schemaType").asText() + " is not Avro, Protobuf or JSON Schema");
        }
        List<SchemaReference> references = new ArrayList<>();
        for (JsonNode r : json.path("references")) {
            references.add(new SchemaReference(r.path("name").asText(), r.path("subject").asText(), r.path("version").asInt()));
        }
        return new RegisteredSchema(id, subject, version, type, json.get("schema").asText(), references);
    }

    private List<Integer> integers(JsonNode json, String what) throws RegistryException {
        List<Integer> list = new ArrayList<>();
        for (JsonNode n : array(json, what)) {
            list.add(n.asInt());
        }
        return list;
    }

    private JsonNode array(JsonNode json, String what) throws RegistryException {
        if (json == null || !json.isArray()) {
            throw unexpected(what);
        }
        return json;
    }

    private RegistryException unexpected(String what) {
        return new RegistryException("the answer from " + calls.shownUrl() + " does not hold " + what
                + " as a schema registry gives it: is the registry URL right?", 200, OptionalInt.empty(), null);
    }

    /** A failure remembered until {@code until} (a {@link System#nanoTime()} instant). */
    private record Failure(RegistryException cause, long until) {

        RegistryException again() {
            return new RegistryException(cause.getMessage(), cause.httpStatus(), cause.errorCode(), null);
        }
    }
}
