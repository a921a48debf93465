package dev.kafkaexplorer.kafka.cluster;

import dev.kafkaexplorer.kafka.ClusterAdmin;
import dev.kafkaexplorer.kafka.KafkaErrorText;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.DescribeFeaturesOptions;
import org.apache.kafka.clients.admin.DescribeMetadataQuorumOptions;
import org.apache.kafka.clients.admin.FeatureMetadata;
import org.apache.kafka.clients.admin.QuorumInfo;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.errors.UnsupportedVersionException;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * Reads a {@link ClusterOverview} with three Admin calls made at once. A ZooKeeper-era cluster
 * answers describeMetadataQuorum with UnsupportedVersionException and describeFeatures with empty
 * maps: both mean "not there", never an error.
 */
public final class ClusterOverviewReader {

    private final ClusterAdmin admin;

    public ClusterOverviewReader(ClusterAdmin admin) {
        this.admin = admin;
    }

    /** The overview; completes on the admin's callback executor. */
    public CompletableFuture<ClusterOverview> read() {
        var cluster = admin.client().describeCluster(new DescribeClusterOptions().timeoutMs(admin.timeoutMs()));
        CompletableFuture<String> id = ClusterAdmin.stage(cluster.clusterId());
        CompletableFuture<Collection<Node>> nodes = ClusterAdmin.stage(cluster.nodes());
        CompletableFuture<Node> controller = ClusterAdmin.stage(cluster.controller());
        CompletableFuture<QuorumAnswer> quorum = ClusterAdmin.stage(admin.client()
                        .describeMetadataQuorum(new DescribeMetadataQuorumOptions().timeoutMs(admin.timeoutMs())).quorumInfo())
                .thenApply(info -> new QuorumAnswer(Optional.of(info), ""))
                .exceptionally(ClusterOverviewReader::noQuorum);
        CompletableFuture<Map<String, Short>> features = ClusterAdmin.stage(admin.client()
                .describeFeatures(new DescribeFeaturesOptions().timeoutMs(admin.timeoutMs())).featureMetadata())
                .thenApply(ClusterOverviewReader::finalizedLevels)
                // Old brokers do not know the call, and the features are only a footnote: never fail for them.
                .exceptionally(error -> Map.of());
        return CompletableFuture.allOf(id, nodes, controller, quorum, features)
                .thenApplyAsync(ignored -> assemble(id.join(), nodes.join(), controller.join(), quorum.join(),
                        features.join()), admin.callbackExecutor());
    }

    /** What describeMetadataQuorum answered: the quorum, or why there is none to show ("" for ZooKeeper). */
    record QuorumAnswer(Optional<QuorumInfo> info, String refusal) {
    }

    /**
     * A ZooKeeper-era cluster does not know the call: no quorum, no error. Any other failure
     * (not authorized, a timeout) leaves the rest of the overview standing, with the reason.
     */
    private static QuorumAnswer noQuorum(Throwable error) {
        Throwable cause = KafkaErrorText.unwrap(error);
        return new QuorumAnswer(Optional.empty(),
                cause instanceof UnsupportedVersionException ? "" : KafkaErrorText.general(cause));
    }

    static ClusterOverview assemble(String clusterId, Collection<Node> nodes, Node controller,
                                    QuorumAnswer answer, Map<String, Short> finalized) {
        Optional<QuorumInfo> quorumInfo = answer.info();
        // On KRaft, describeCluster names a random broker as "controller"; the quorum leader is the real one.
        int controllerId = quorumInfo.map(QuorumInfo::leaderId)
                .orElse(controller == null || controller.isEmpty() ? -1 : controller.id());
        List<ClusterOverview.Broker> brokers = nodes.stream()
                .sorted(Comparator.comparingInt(Node::id))
                .map(n -> new ClusterOverview.Broker(n.id(), n.host(), n.port(), n.rack(), n.id() == controllerId))
                .toList();
        return new ClusterOverview(clusterId, brokers, controllerId, quorumInfo.map(ClusterOverviewReader::quorum),
                answer.refusal(), kafkaVersion(finalized.get(MetadataVersion.FEATURE_NAME)), finalized);
    }

    private static Map<String, Short> finalizedLevels(FeatureMetadata metadata) {
        Map<String, Short> levels = new TreeMap<>();
        metadata.finalizedFeatures().forEach((name, range) -> levels.put(name, range.maxVersionLevel()));
        return levels;
    }

    private static ClusterOverview.Quorum quorum(QuorumInfo info) {
        long leaderEnd = info.voters().stream().filter(v -> v.replicaId() == info.leaderId())
                .mapToLong(QuorumInfo.ReplicaState::logEndOffset).findFirst().orElse(info.highWatermark());
        List<ClusterOverview.Member> voters = new ArrayList<>();
        for (QuorumInfo.ReplicaState v : info.voters()) {
            voters.add(member(v, true, info.leaderId(), leaderEnd));
        }
        List<ClusterOverview.Member> observers = new ArrayList<>();
        for (QuorumInfo.ReplicaState o : info.observers()) {
            observers.add(member(o, false, info.leaderId(), leaderEnd));
        }
        voters.sort(Comparator.comparingInt(ClusterOverview.Member::id));
        observers.sort(Comparator.comparingInt(ClusterOverview.Member::id));
        return new ClusterOverview.Quorum(info.leaderId(), info.leaderEpoch(), info.highWatermark(), voters, observers);
    }

    private static ClusterOverview.Member member(QuorumInfo.ReplicaState r, boolean voter, int leaderId, long leaderEnd) {
        return new ClusterOverview.Member(r.replicaId(), voter, r.replicaId() == leaderId, r.logEndOffset(),
                Math.max(0, leaderEnd - r.logEndOffset()), r.lastFetchTimestamp(), r.lastCaughtUpTimestamp());
    }

    /** "4.4" for a known metadata.version level; a newer cluster than this client knows says so. */
    static String kafkaVersion(Short metadataLevel) {
        if (metadataLevel == null || metadataLevel <= 0) {
            return "";
        }
        try {
            MetadataVersion v = MetadataVersion.fromFeatureLevel(metadataLevel);
            return v.shortVersion() + " (metadata.version " + v.version() + ")";
        } catch (IllegalArgumentException unknownLevel) {
            return "newer than " + MetadataVersion.latestTesting().shortVersion()
                    + " (metadata.version level " + metadataLevel + ")";
        }
    }
}
