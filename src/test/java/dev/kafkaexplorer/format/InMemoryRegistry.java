package dev.kafkaexplorer.format;

import dev.kafkaexplorer.registry.CompatibilityVerdict;
import dev.kafkaexplorer.registry.RegisteredSchema;
import dev.kafkaexplorer.registry.RegistryException;
import dev.kafkaexplorer.registry.SchemaReference;
import dev.kafkaexplorer.registry.SchemaRegistry;
import dev.kafkaexplorer.registry.SchemaType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A schema registry kept in a map, for the decoding logic (which crosses no wire: the HTTP client
 * is tested against the local registry). It counts the requests by id and by subject, and can be made to fail
 * as a registry that does not answer.
 */
public final class InMemoryRegistry implements SchemaRegistry {

    private final Map<Integer, RegisteredSchema> byId = new ConcurrentHashMap<>();
    private final AtomicInteger requests = new AtomicInteger();
    private final Map<String, AtomicInteger> versionRequests = new ConcurrentHashMap<>();
    private volatile boolean down;

    public InMemoryRegistry add(RegisteredSchema schema) {
        byId.put(schema.id(), schema);
        return this;
    }

    /** Registers {@code schema} under {@code subject} version 1 with {@code id}, and returns it. */
    public RegisteredSchema add(int id, String subject, SchemaType type, String schema) {
        RegisteredSchema registered = new RegisteredSchema(id, subject, 1, type, schema, List.of());
        add(registered);
        return registered;
    }

    /** While down, every request fails as a registry that does not answer. */
    public void down(boolean down) {
        this.down = down;
    }

    /** How many schemas were asked for by id. */
    public int requests() {
        return requests.get();
    }

    /** How many times a version of {@code subject} was asked for. */
    public int versionRequests(String subject) {
        AtomicInteger asked = versionRequests.get(subject);
        return asked == null ? 0 : asked.get();
    }

    @Override
    public RegisteredSchema schemaById(int id) throws RegistryException {
        requests.incrementAndGet();
        if (down) {
            throw new RegistryException("no answer from http://registry.test: connection refused");
        }
        RegisteredSchema schema = byId.get(id);
        if (schema == null) {
            throw new RegistryException("schema id " + id + " not found in the registry", 404, OptionalInt.of(40403), null);
        }
        return schema;
    }

    @Override
    public RegisteredSchema version(String subject, int version) throws RegistryException {
        versionRequests.computeIfAbsent(subject, s -> new AtomicInteger()).incrementAndGet();
        if (down) {
            throw new RegistryException("no answer from http://registry.test: connection refused");
        }
        return byId.values().stream().filter(s -> subject.equals(s.subject()) && s.version() == version).findFirst()
                .orElseThrow(() -> new RegistryException("subject " + subject + " version " + version + " not found",
                        404, OptionalInt.of(40402), null));
    }

    @Override
    public List<String> subjects() {
        return byId.values().stream().map(RegisteredSchema::subject).distinct().sorted().toList();
    }

    @Override
    public List<Integer> versions(String subject) {
        return byId.values().stream().filter(s -> subject.equals(s.subject())).map(RegisteredSchema::version).sorted().toList();
    }

    @Override
    public int register(String subject, SchemaType type, String schema, List<SchemaReference> references) {
        throw new UnsupportedOperationException("not needed by the decoding tests");
    }

    @Override
    public CompatibilityVerdict checkCompatibility(String subject, SchemaType type, String schema, List<SchemaReference> references) {
        throw new UnsupportedOperationException("not needed by the decoding tests");
    }

    @Override
    public String compatibilityLevel(Optional<String> subject) {
        return "BACKWARD";
    }

    @Override
    public void setCompatibilityLevel(Optional<String> subject, String level) {
        throw new UnsupportedOperationException("not needed by the decoding tests");
    }

    @Override
    public int deleteVersion(String subject, int version) {
        throw new UnsupportedOperationException("not needed by the decoding tests");
    }

    @Override
    public List<Integer> deleteSubject(String subject) {
        throw new UnsupportedOperationException("not needed by the decoding tests");
    }
}
