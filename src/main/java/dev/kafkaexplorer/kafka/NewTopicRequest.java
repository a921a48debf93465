package dev.kafkaexplorer.kafka;

import java.util.Map;

/** Everything needed to create a topic, copied from the dialog before work starts elsewhere. */
public record NewTopicRequest(String name, int partitions, short replicationFactor, Map<String, String> configs) {

    public NewTopicRequest {
        configs = Map.copyOf(configs);
    }
}
