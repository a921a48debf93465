package dev.kafkaexplorer.kafka.produce;

import dev.kafkaexplorer.registry.CompatibilityVerdict;
import dev.kafkaexplorer.registry.RegisteredSchema;
import dev.kafkaexplorer.registry.RegistryException;
import dev.kafkaexplorer.registry.SchemaReference;
import dev.kafkaexplorer.registry.SchemaRegistry;
import dev.kafkaexplorer.registry.SchemaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Test-side: the part of a registry a producer run uses (register, latest version), in memory, or
 * refusing as told. For the words and the "once" of registration; the real client and registry
 * are tested against the local registry.
 */
public final class InMemoryRegistry implements SchemaRegistry {

    public final List<RegisteredSchema> registered = new ArrayList<>();
    public RegistryException refusal;

    @Override
    public int register(String subject, SchemaType type, String schema, List<SchemaReference> references)
            throws RegistryException {
        if (refusal != null) {
            throw refusal;
        }
        for (RegisteredSchema known : registered) {
            if (known.subject().equals(subject) && known.schema().equals(schema)) {
                return known.id();
            }
        }
        int id = registered.size() + 1;
        registered.add(new RegisteredSchema(id, subject, (int) registered.stream().filter(s -> s.subject().equals(subject)).count() + 1,
                type, schema, references));
        return id;
    }

    @Override
    public List<String> subjects() {
        return registered.stream().map(RegisteredSchema::subject).distinct().sorted().toList();
    }

    @Override
    public RegisteredSchema version(String subject, int version) throws RegistryException {
        List<RegisteredSchema> versions = registered.stream().filter(s -> s.subject().equals(subject)).toList();
        if (versions.isEmpty()) {
            throw new RegistryException("subject “" + subject + "” not found in the registry");
        }
        return versions.get(version == -1 ? versions.size() - 1 : version - 1);
    }

    @Override
    public List<Integer> versions(String subject) {
        return registered.stream().filter(s -> s.subject().equals(subject)).map(RegisteredSchema::version).toList();
    }

    @Override
    public RegisteredSchema schemaById(int id) {
        return registered.get(id - 1);
    }

    @Override
    public CompatibilityVerdict checkCompatibility(String subject, SchemaType type, String schema, List<SchemaReference> references) {
        throw new UnsupportedOperationException();
    }

    @Override
    public String compatibilityLevel(Optional<String> subject) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void setCompatibilityLevel(Optional<String> subject, String level) {
        throw new UnsupportedOperationException();
    }

    @Override
    public int deleteVersion(String subject, int version) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<Integer> deleteSubject(String subject) {
        throw new UnsupportedOperationException();
    }
}
