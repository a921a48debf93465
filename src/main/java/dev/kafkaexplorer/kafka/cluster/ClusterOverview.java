package dev.kafkaexplorer.kafka.cluster;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * What the cluster view shows: the cluster's id, its brokers, the active controller, the KRaft
 * metadata quorum (absent on a ZooKeeper-managed cluster) and the finalized features.
 *
 * @param controllerId     the active controller: the quorum leader on KRaft, else what describeCluster names; -1 if unknown
 * @param quorum           empty when the cluster is ZooKeeper-managed (it does not answer describeMetadataQuorum)
 *                         or refused to describe it
 * @param quorumRefusal    why the quorum could not be read (e.g. not authorized); "" when it was, or on ZooKeeper
 * @param kafkaVersion     the release the cluster's metadata.version belongs to, or "" when the cluster does not tell
 * @param finalizedFeatures feature name to finalized (max) version level; empty on old brokers
 */
public record ClusterOverview(String clusterId, List<Broker> brokers, int controllerId, Optional<Quorum> quorum,
                              String quorumRefusal, String kafkaVersion, Map<String, Short> finalizedFeatures) {

    public ClusterOverview {
        brokers = List.copyOf(brokers);
        finalizedFeatures = Collections.unmodifiableMap(new TreeMap<>(finalizedFeatures));
    }

    /** Whether the metadata lives in ZooKeeper rather than in a KRaft quorum. */
    public boolean zooKeeperManaged() {
        return quorum.isEmpty() && quorumRefusal.isEmpty();
    }

    /** One broker as the cluster lists it. */
    public record Broker(int id, String host, int port, String rack, boolean controller) {

        public String address() {
            return host + ":" + port;
        }
    }

    /** The KRaft metadata quorum: its leader (the active controller), voters and observers. */
    public record Quorum(int leaderId, long leaderEpoch, long highWatermark, List<Member> voters, List<Member> observers) {

        public Quorum {
            voters = List.copyOf(voters);
            observers = List.copyOf(observers);
        }
    }

    /**
     * One replica of the metadata log.
     *
     * @param lag how many records it is behind the leader's log end offset
     */
    public record Member(int id, boolean voter, boolean leader, long logEndOffset, long lag,
                         OptionalLong lastFetchMs, OptionalLong lastCaughtUpMs) {
    }
}
