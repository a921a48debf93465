package dev.kafkaexplorer.kafka.topic;

import org.apache.kafka.clients.admin.ConfigEntry;

/** Where a topic config's value comes from, in words a user reads in the Configs table. */
public enum ConfigOrigin {
    TOPIC("topic override"),
    BROKER_DYNAMIC("broker (dynamic)"),
    CLUSTER_DYNAMIC("cluster default (dynamic)"),
    BROKER_STATIC("broker (server.properties)"),
    DEFAULT("Kafka default"),
    OTHER("other");

    private final String label;

    ConfigOrigin(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    static ConfigOrigin of(ConfigEntry.ConfigSource source) {
        if (source == null) {
            return OTHER;
        }
        return switch (source) {
            case DYNAMIC_TOPIC_CONFIG -> TOPIC;
            case DYNAMIC_BROKER_CONFIG -> BROKER_DYNAMIC;
            case DYNAMIC_DEFAULT_BROKER_CONFIG -> CLUSTER_DYNAMIC;
            case STATIC_BROKER_CONFIG -> BROKER_STATIC;
            case DEFAULT_CONFIG -> DEFAULT;
            default -> OTHER;
        };
    }
}
