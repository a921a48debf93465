package dev.kafkaexplorer.kafka.security;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a Kafka client {@code .properties} file says, as a profile holds it: the bootstrap servers
 * (when the file has them), the security settings, the secrets, and every other property as an
 * advanced one (a secret advanced property is listed with an empty value; its value is in
 * {@code secrets} under {@link Secrets#forProperty}). {@code notes} say in words what could not
 * go into a field and was kept as an advanced property instead.
 */
public record ImportedClientProperties(
        Optional<String> bootstrapServers,
        ClientSecurity security,
        Secrets secrets,
        Map<String, String> advanced,
        List<String> notes) {

    public ImportedClientProperties {
        advanced = Map.copyOf(advanced);
        notes = List.copyOf(notes);
    }
}
