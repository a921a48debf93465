package dev.kafkaexplorer.registry;

import java.util.List;
import java.util.Optional;

/**
 * The subset of the Confluent Schema Registry REST API that Confluent, Apicurio (ccompat), Redpanda
 * and Karapace all serve. Every method blocks on the network: call it off the FX thread. Schemas
 * read by id are cached for the life of the client (an id never changes its schema).
 */
public interface SchemaRegistry {

    /** {@code GET /subjects}, sorted. */
    List<String> subjects() throws RegistryException;

    /** {@code GET /subjects/{s}/versions}, ascending. */
    List<Integer> versions(String subject) throws RegistryException;

    /** {@code GET /subjects/{s}/versions/{v}}; {@code version} -1 is "latest". */
    RegisteredSchema version(String subject, int version) throws RegistryException;

    /**
     * {@code GET /schemas/ids/{id}} (cached), with its subject and version filled from
     * {@code /schemas/ids/{id}/versions} when the registry serves that (the first pair it names).
     */
    RegisteredSchema schemaById(int id) throws RegistryException;

    /** {@code POST /subjects/{s}/versions}: registers (or finds) the schema; returns its id. */
    int register(String subject, SchemaType type, String schema, List<SchemaReference> references) throws RegistryException;

    /** {@code POST /compatibility/subjects/{s}/versions/latest?verbose=true}. */
    CompatibilityVerdict checkCompatibility(String subject, SchemaType type, String schema,
                                            List<SchemaReference> references) throws RegistryException;

    /** {@code GET /config/{s}} (the subject's own level, else the global one, {@code defaultToGlobal=true}); empty subject: {@code GET /config}. */
    String compatibilityLevel(Optional<String> subject) throws RegistryException;

    /** {@code PUT /config[/{s}]}. */
    void setCompatibilityLevel(Optional<String> subject, String level) throws RegistryException;

    /** {@code DELETE /subjects/{s}/versions/{v}} (soft): returns the version deleted. */
    int deleteVersion(String subject, int version) throws RegistryException;

    /** {@code DELETE /subjects/{s}} (soft): returns the versions deleted. */
    List<Integer> deleteSubject(String subject) throws RegistryException;
}
