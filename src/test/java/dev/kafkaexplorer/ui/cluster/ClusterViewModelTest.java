package dev.kafkaexplorer.ui.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.kafkaexplorer.kafka.ClusterInfo;
import dev.kafkaexplorer.kafka.cluster.ClusterOverview;
import dev.kafkaexplorer.kafka.cluster.ClusterOverview.Broker;
import dev.kafkaexplorer.kafka.cluster.ClusterOverview.Member;
import dev.kafkaexplorer.kafka.cluster.ClusterOverview.Quorum;
import dev.kafkaexplorer.ui.cluster.ClusterViewModel.QuorumRow;
import dev.kafkaexplorer.ui.common.ManualTicks;
import dev.kafkaexplorer.ui.connection.ConnectionViewModel.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.Test;

/** The Cluster tab without the toolkit or a broker: what it shows after a read, its refresh command, its messages. */
class ClusterViewModelTest {

    private static final Connection FIRST = connection("first");
    private static final Connection SECOND = connection("second");
    /** 12:34:56 on the wall clock the tab reads. */
    private static final Instant NOW = Instant.parse("2026-12-04T12:34:56Z");

    /** Answers each read with a future the test completes, remembering which connection it was for. */
    private static final class Overviews implements ClusterOverviewSource {
        final List<Connection> asked = new ArrayList<>();
        final List<CompletableFuture<ClusterOverview>> answers = new ArrayList<>();

        @Override
        public CompletionStage<ClusterOverview> read(Connection connection) {
            CompletableFuture<ClusterOverview> answer = new CompletableFuture<>();
            asked.add(connection);
            answers.add(answer);
            return answer;
        }

        CompletableFuture<ClusterOverview> last() {
            return answers.get(answers.size() - 1);
        }
    }

    private final Overviews overviews = new Overviews();
    private final ClusterViewModel model = new ClusterViewModel(new ManualTicks().runtime(), overviews,
            Clock.fixed(NOW, ZoneOffset.UTC));

    private static Connection connection(String clusterId) {
        return new Connection(null, new ClusterInfo(clusterId, List.of(), 1), false);
    }

    private static Member member(int id, boolean voter, boolean leader, long end, long lag, long fetchAgoMs, long caughtUpAgoMs) {
        return new Member(id, voter, leader, end, lag, OptionalLong.of(NOW.toEpochMilli() - fetchAgoMs),
                OptionalLong.of(NOW.toEpochMilli() - caughtUpAgoMs));
    }

    /** Three brokers, node 1 the active controller, a quorum of three voters and one observer. */
    private static ClusterOverview kraftCluster(String clusterId) {
        Quorum quorum = new Quorum(1, 7, 1200,
                List.of(member(1, true, true, 1200, 0, 0, 0),
                        member(2, true, false, 1195, 5, 120, 3_400),
                        new Member(3, true, false, 1200, 0, OptionalLong.empty(), OptionalLong.of(0))),
                List.of(member(4, false, false, 1100, 100, 180_000, 61_000)));
        return new ClusterOverview(clusterId,
                List.of(new Broker(1, "alpha", 9092, "rack-a", true), new Broker(2, "beta", 9092, null, false),
                        new Broker(4, "delta", 9094, null, false)),
                1, Optional.of(quorum), "", "4.4 (metadata.version 4.4-IV0)",
                Map.of("metadata.version", (short) 27, "group.version", (short) 1));
    }

    @Test
    void notConnectedSaysSoAndRefreshCannotRun() {
        assertThat(model.messageProperty().get()).isEqualTo("Not connected.");
        assertThat(model.refreshCommand().isExecutable()).isFalse();

        model.opened();
        model.refreshCommand().execute();

        assertThat(overviews.asked).isEmpty();
        assertThat(model.brokers()).isEmpty();
        assertThat(model.clusterIdProperty().get()).isEmpty();
    }

    @Test
    void theClusterIsReadWhenTheTabIsFirstOpenedNotBefore() {
        model.connectionProperty().set(FIRST);

        assertThat(overviews.asked).isEmpty();
        assertThat(model.messageProperty().get()).isEmpty();
        assertThat(model.refreshCommand().isExecutable()).isTrue();

        model.opened();

        assertThat(overviews.asked).containsExactly(FIRST);
    }

    @Test
    void refreshIsOffWhileTheReadIsUnderWayAndOnAgainAfterIt() {
        model.connectionProperty().set(FIRST);
        model.opened();

        assertThat(model.loadingProperty().get()).isTrue();
        assertThat(model.refreshCommand().isExecutable()).isFalse();
        model.refreshCommand().execute();
        assertThat(overviews.asked).hasSize(1);

        overviews.last().complete(kraftCluster("first"));

        assertThat(model.loadingProperty().get()).isFalse();
        assertThat(model.refreshCommand().isExecutable()).isTrue();
        model.refreshCommand().execute();
        assertThat(overviews.asked).containsExactly(FIRST, FIRST);
    }

    @Test
    void aReadShowsTheClusterItsBrokersAndTheTimeOfTheRead() {
        model.connectionProperty().set(FIRST);
        model.opened();
        overviews.last().complete(kraftCluster("first-id"));

        assertThat(model.clusterIdProperty().get()).isEqualTo("first-id");
        assertThat(model.kafkaVersionProperty().get()).isEqualTo("4.4 (metadata.version 4.4-IV0)");
        assertThat(model.controllerProperty().get()).isEqualTo("node 1");
        assertThat(model.featuresProperty().get()).isEqualTo("group.version 1 · metadata.version 27");
        assertThat(model.brokers()).extracting(Broker::id, Broker::address, Broker::controller)
                .containsExactly(tuple(1, "alpha:9092", true),
                        tuple(2, "beta:9092", false),
                        tuple(4, "delta:9094", false));
        assertThat(model.messageProperty().get()).isEqualTo("Updated at 12:34:56.");
    }

    @Test
    void theQuorumIsSummedUpAndEachMembersTimesAreSaidRelativeToTheClock() {
        model.connectionProperty().set(FIRST);
        model.opened();
        overviews.last().complete(kraftCluster("first-id"));

        assertThat(model.quorumSummaryProperty().get())
                .isEqualTo("Leader node 1 · epoch 7 · high watermark 1200 · 3 voters · 1 observer");
        assertThat(model.quorumRows()).containsExactly(
                new QuorumRow(1, "Leader", "1200", "0", "0 ms ago", "0 ms ago"),
                new QuorumRow(2, "Voter", "1195", "5", "120 ms ago", "3.4 s ago"),
                new QuorumRow(3, "Voter", "1200", "0", "—", "—"),
                new QuorumRow(4, "Observer", "1100", "100", "3 min ago", "1 min ago"));
    }

    @Test
    void aStoppedVoterWhoseLogEndKafkaDoesNotKnowReadsUnknownNotMinusOne() {
        model.connectionProperty().set(FIRST);
        model.opened();
        // What KRaft reports for a voter that has stopped: log end offset -1, and a lag computed from it.
        Quorum quorum = new Quorum(1, 7, 1200, List.of(member(1, true, true, 1200, 0, 0, 0),
                new Member(2, true, false, -1, 1201, OptionalLong.of(-1), OptionalLong.of(-1))), List.of());
        overviews.last().complete(new ClusterOverview("id", List.of(), 1, Optional.of(quorum), "", "4.4", Map.of()));

        assertThat(model.quorumRows()).containsExactly(
                new QuorumRow(1, "Leader", "1200", "0", "0 ms ago", "0 ms ago"),
                new QuorumRow(2, "Voter", "unknown", "unknown", "—", "—"));
    }

    @Test
    void whatTheClusterDoesNotTellIsSaidInWords() {
        model.connectionProperty().set(FIRST);
        model.opened();
        overviews.last().complete(new ClusterOverview(null, List.of(), -1, Optional.empty(), "", "", Map.of()));

        assertThat(model.clusterIdProperty().get()).isEqualTo("—");
        assertThat(model.kafkaVersionProperty().get()).isEqualTo("not told by this cluster");
        assertThat(model.controllerProperty().get()).isEqualTo("unknown");
        assertThat(model.featuresProperty().get()).isEqualTo("none reported");
        assertThat(model.quorumSummaryProperty().get()).startsWith("ZooKeeper-managed cluster: the metadata lives in ZooKeeper");
        assertThat(model.quorumRows()).isEmpty();
    }

    @Test
    void aRefusedQuorumIsExplainedAndTheRestStillShown() {
        model.connectionProperty().set(FIRST);
        model.opened();
        overviews.last().complete(new ClusterOverview("c", List.of(new Broker(1, "alpha", 9092, null, true)), 1,
                Optional.empty(), "Not authorized: the cluster refused this operation for your principal.", "", Map.of()));

        assertThat(model.quorumSummaryProperty().get()).isEqualTo("The metadata quorum could not be read:"
                + " Not authorized: the cluster refused this operation for your principal.");
        assertThat(model.quorumRows()).isEmpty();
        assertThat(model.brokers()).hasSize(1);
        assertThat(model.messageProperty().get()).isEqualTo("Updated at 12:34:56.");
    }

    @Test
    void aFailedReadSaysWhyInWordsAndRefreshCanRunAgain() {
        model.connectionProperty().set(FIRST);
        model.opened();

        overviews.last().completeExceptionally(new TimeoutException("Timed out waiting for a node assignment."));

        assertThat(model.messageProperty().get()).isEqualTo("Could not read the cluster: No answer from the cluster in time:"
                + " it may be down, unreachable or overloaded. Broker said: Timed out waiting for a node assignment.");
        assertThat(model.loadingProperty().get()).isFalse();
        assertThat(model.refreshCommand().isExecutable()).isTrue();
        assertThat(model.brokers()).isEmpty();
    }

    @Test
    void theAnswerForAConnectionLeftBehindIsDropped() {
        model.connectionProperty().set(FIRST);
        model.opened();
        CompletableFuture<ClusterOverview> firstAnswer = overviews.last();
        model.connectionProperty().set(SECOND);
        assertThat(overviews.asked).containsExactly(FIRST, SECOND);

        overviews.last().complete(kraftCluster("second-id"));
        firstAnswer.complete(kraftCluster("first-id"));

        assertThat(model.clusterIdProperty().get()).isEqualTo("second-id");
        assertThat(model.loadingProperty().get()).isFalse();
    }

    @Test
    void aSlowOldAnswerNeitherShowsNorEndsTheNewerRead() {
        model.connectionProperty().set(FIRST);
        model.opened();
        CompletableFuture<ClusterOverview> firstAnswer = overviews.last();
        model.connectionProperty().set(SECOND);

        firstAnswer.complete(kraftCluster("first-id"));

        assertThat(model.clusterIdProperty().get()).isEmpty();
        assertThat(model.loadingProperty().get()).isTrue();
        assertThat(model.refreshCommand().isExecutable()).isFalse();
    }

    @Test
    void disconnectingEmptiesTheTabAndDropsTheReadUnderWay() {
        model.connectionProperty().set(FIRST);
        model.opened();
        overviews.last().complete(kraftCluster("first-id"));
        model.refreshCommand().execute();
        CompletableFuture<ClusterOverview> pending = overviews.last();

        model.connectionProperty().set(null);
        pending.complete(kraftCluster("late-id"));

        assertThat(model.messageProperty().get()).isEqualTo("Not connected.");
        assertThat(model.clusterIdProperty().get()).isEmpty();
        assertThat(model.brokers()).isEmpty();
        assertThat(model.quorumRows()).isEmpty();
        assertThat(model.quorumSummaryProperty().get()).isEmpty();
        assertThat(model.loadingProperty().get()).isFalse();
        assertThat(model.refreshCommand().isExecutable()).isFalse();
    }
}
