package dev.kafkaexplorer.ui.schemas;

import dev.kafkaexplorer.registry.CompatibilityVerdict;
import dev.kafkaexplorer.registry.RegisteredSchema;
import dev.kafkaexplorer.registry.RegistryException;
import dev.kafkaexplorer.registry.SchemaReference;
import dev.kafkaexplorer.registry.SchemaRegistry;
import dev.kafkaexplorer.registry.SchemaType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * A schema registry in memory for the view-model tests: subjects with versions, levels, soft
 * deletes, and the answers a test sets (a failure for every call, the next verdict, a refusal).
 */
final class InMemoryRegistry implements SchemaRegistry {

    private final Map<String, TreeMap<Integer, RegisteredSchema>> subjects = new TreeMap<>();
    private final Map<String, String> levels = new HashMap<>();
    private final Map<Integer, RegisteredSchema> byId = new LinkedHashMap<>();
    private String globalLevel = "BACKWARD";
    private int nextId = 1;
    /** Every call fails with this while set, as a registry that does not answer. */
    RegistryException down;
    /** The next compatibility check's verdict. */
    CompatibilityVerdict nextVerdict = new CompatibilityVerdict(true, List.of());
    /** The next register's refusal, if any. */
    RegistryException nextRefusal;
    final List<String> calls = new ArrayList<>();

    /** Registers {@code schema} under {@code subject} as its next version, without checks; returns its id. */
    int add(String subject, SchemaType type, String schema, List<SchemaReference> references) {
        var versions = subjects.computeIfAbsent(subject, s -> new TreeMap<>());
        int id = byId.values().stream().filter(s -> s.schema().equals(schema)).map(RegisteredSchema::id).findFirst()
                .orElseGet(() -> nextId++);
        int version = versions.isEmpty() ? 1 : versions.lastKey() + 1;
        RegisteredSchema registered = new RegisteredSchema(id, subject, version, type, schema, references);
        versions.put(version, registered);
        byId.putIfAbsent(id, registered);
        return id;
    }

    int add(String subject, String avro) {
        return add(subject, SchemaType.AVRO, avro, List.of());
    }

    private void call(String what) throws RegistryException {
        calls.add(what);
        if (down != null) {
            throw down;
        }
    }

    private TreeMap<Integer, RegisteredSchema> versionsOf(String subject) throws RegistryException {
        var versions = subjects.get(subject);
        if (versions == null || versions.isEmpty()) {
            throw new RegistryException("Subject '" + subject + "' not found.", 404, OptionalInt.of(40401), null);
        }
        return versions;
    }

    @Override
    public List<String> subjects() throws RegistryException {
        call("subjects");
        return subjects.entrySet().stream().filter(e -> !e.getValue().isEmpty()).map(Map.Entry::getKey).toList();
    }

    @Override
    public List<Integer> versions(String subject) throws RegistryException {
        call("versions " + subject);
        return List.copyOf(versionsOf(subject).keySet());
    }

    @Override
    public RegisteredSchema version(String subject, int version) throws RegistryException {
        call("version " + subject + " " + version);
        var versions = versionsOf(subject);
        RegisteredSchema found = version == -1 ? versions.lastEntry().getValue() : versions.get(version);
        if (found == null) {
            throw new RegistryException("Version " + version + " not found.", 404, OptionalInt.of(40402), null);
        }
        return found;
    }

    @Override
    public RegisteredSchema schemaById(int id) throws RegistryException {
        call("id " + id);
        RegisteredSchema found = byId.get(id);
        if (found == null) {
            throw new RegistryException("schema id " + id + " not found in the registry", 404, OptionalInt.of(40403), null);
        }
        return found;
    }

    @Override
    public int register(String subject, SchemaType type, String schema, List<SchemaReference> references) throws RegistryException {
        call("register " + subject);
        if (nextRefusal != null) {
            RegistryException refusal = nextRefusal;
            nextRefusal = null;
            throw refusal;
        }
        var existing = subjects.getOrDefault(subject, new TreeMap<>()).values().stream()
                .filter(s -> s.schema().equals(schema)).findFirst();
        return existing.isPresent() ? existing.get().id() : add(subject, type, schema, references);
    }

    @Override
    public CompatibilityVerdict checkCompatibility(String subject, SchemaType type, String schema,
                                                   List<SchemaReference> references) throws RegistryException {
        call("check " + subject);
        versionsOf(subject);
        return nextVerdict;
    }

    @Override
    public String compatibilityLevel(Optional<String> subject) throws RegistryException {
        call("level " + subject.orElse(""));
        return subject.map(s -> levels.getOrDefault(s, globalLevel)).orElse(globalLevel);
    }

    @Override
    public void setCompatibilityLevel(Optional<String> subject, String level) throws RegistryException {
        call("set level " + subject.orElse("") + " " + level);
        if (subject.isPresent()) {
            levels.put(subject.get(), level);
        } else {
            globalLevel = level;
        }
    }

    @Override
    public int deleteVersion(String subject, int version) throws RegistryException {
        call("delete " + subject + " " + version);
        versionsOf(subject).remove(version);
        return version;
    }

    @Override
    public List<Integer> deleteSubject(String subject) throws RegistryException {
        call("delete " + subject);
        List<Integer> gone = List.copyOf(versionsOf(subject).keySet());
        subjects.remove(subject);
        return gone;
    }

    /** Whether any call that changes the registry was made. */
    boolean changed() {
        return calls.stream().anyMatch(c -> c.startsWith("register") || c.startsWith("set level") || c.startsWith("delete"));
    }
}
