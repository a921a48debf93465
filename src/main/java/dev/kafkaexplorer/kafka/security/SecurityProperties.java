package dev.kafkaexplorer.kafka.security;

import java.util.Map;

/**
 * Turns a profile's security settings and secrets into the Kafka client properties that admin,
 * producer and consumer take, and a client {@code .properties} file back into settings.
 */
public final class SecurityProperties {

    private SecurityProperties() {
    }

    /**
     * The client properties for {@code security}, then {@code advanced} (secret advanced values
     * come from {@code secrets}). May read the PEM files the settings name: call it off the FX thread.
     *
     * @throws IllegalArgumentException when a file it needs cannot be read, in words
     */
    public static Map<String, String> toClientProperties(ClientSecurity security, Map<String, String> advanced,
                                                         Secrets secrets) {
        throw new UnsupportedOperationException("comes with the profiles-core change");
    }
}
