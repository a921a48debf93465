package dev.kafkaexplorer.kafka;

import java.util.List;

/** What the cluster says about itself on connect. */
public record ClusterInfo(String clusterId, List<BrokerInfo> brokers, int controllerId) {

    /** One broker of the cluster. */
    public record BrokerInfo(int id, String host, int port, String rack) {
    }

    public ClusterInfo {
        brokers = List.copyOf(brokers);
    }

    public int brokerCount() {
        return brokers.size();
    }
}
