package dev.kafkaexplorer.ui.topics;

import dev.kafkaexplorer.ui.common.ReadOnlyProfiles;
import static dev.kafkaexplorer.ui.topics.PendingTopicDetails.last;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kafkaexplorer.kafka.ClusterInfo;
import dev.kafkaexplorer.kafka.KafkaFailure;
import dev.kafkaexplorer.kafka.topic.PartitionDetails;
import dev.kafkaexplorer.kafka.topic.TopicPartitionsReport;
import dev.kafkaexplorer.ui.common.ManualTicks;
import dev.kafkaexplorer.ui.connection.ConnectionViewModel.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.apache.kafka.common.errors.InvalidPartitionsException;
import org.junit.jupiter.api.Test;

/** The Partitions part of the topic details without the toolkit or a broker: the table, its health line, adding partitions. */
class TopicPartitionsViewModelTest {

    private static final Connection CLUSTER = new Connection(null, new ClusterInfo("c1", List.of(), 1), false);

    private final ManualTicks ticks = new ManualTicks();
    private final PendingTopicDetails details = new PendingTopicDetails();
    private final List<String> topicListChanges = new ArrayList<>();
    private final TopicPartitionsViewModel model = new TopicPartitionsViewModel(ticks.runtime(),
            () -> topicListChanges.add("changed"), connection -> details);

    private static PartitionDetails healthy(int partition) {
        return new PartitionDetails(partition, 1, List.of(1, 2), List.of(1, 2), OptionalLong.of(0),
                OptionalLong.of(100), OptionalLong.of(2048));
    }

    private static TopicPartitionsReport report(String topic, int partitions) {
        return new TopicPartitionsReport(topic, IntStream.range(0, partitions).mapToObj(p -> healthy(p)).toList());
    }

    /** Connected with "orders" selected and its three healthy partitions read. */
    private void showOrders() {
        model.connectionProperty().set(CLUSTER);
        model.topicProperty().set("orders");
        last(details.partitionReads).complete(report("orders", 3));
    }

    @Test
    void withoutATopicNothingIsReadAndNothingCanBeAdded() {
        model.connectionProperty().set(CLUSTER);
        model.newCountTextProperty().set("6");

        assertThat(details.calls).isEmpty();
        assertThat(model.partitions()).isEmpty();
        assertThat(model.summaryProperty().get()).isEmpty();
        assertThat(model.canAddProperty().get()).isFalse();
    }

    @Test
    void selectingATopicSaysItLoadsThenShowsItsPartitions() {
        model.connectionProperty().set(CLUSTER);
        model.topicProperty().set("orders");

        assertThat(details.calls).containsExactly("partitions orders");
        assertThat(model.loadingProperty().get()).isTrue();
        assertThat(model.summaryProperty().get()).isEqualTo("Loading partitions of “orders”…");

        last(details.partitionReads).complete(report("orders", 3));

        assertThat(model.loadingProperty().get()).isFalse();
        assertThat(model.partitions()).extracting(PartitionDetails::partition).containsExactly(0, 1, 2);
        assertThat(model.summaryProperty().get()).isEqualTo("3 partitions · all in sync");
        assertThat(model.degradedProperty().get()).isFalse();
        assertThat(model.currentCount()).isEqualTo(3);
    }

    @Test
    void underReplicatedAndOfflinePartitionsAreCountedAndMarkTheTopicDegraded() {
        model.connectionProperty().set(CLUSTER);
        model.topicProperty().set("orders");

        last(details.partitionReads).complete(new TopicPartitionsReport("orders", List.of(healthy(0),
                new PartitionDetails(1, 1, List.of(1, 2), List.of(1), OptionalLong.of(0), OptionalLong.of(5), OptionalLong.empty()),
                new PartitionDetails(2, -1, List.of(2), List.of(), OptionalLong.empty(), OptionalLong.empty(), OptionalLong.empty()))));

        assertThat(model.summaryProperty().get()).isEqualTo("3 partitions · 2 under-replicated · 1 offline");
        assertThat(model.degradedProperty().get()).isTrue();
    }

    @Test
    void aFailedReadSaysWhyAndTheNextGoodReadTakesTheMessageAway() {
        model.connectionProperty().set(CLUSTER);
        model.topicProperty().set("orders");

        last(details.partitionReads).completeExceptionally(
                new KafkaFailure("Topic 'orders' does not exist (any more).", null));

        assertThat(model.messageProperty().get()).isEqualTo("Could not read the partitions: Topic 'orders' does not exist (any more).");
        assertThat(model.partitions()).isEmpty();
        assertThat(model.summaryProperty().get()).isEmpty();
        assertThat(model.loadingProperty().get()).isFalse();

        model.reload();
        last(details.partitionReads).complete(report("orders", 3));

        assertThat(model.messageProperty().get()).isEmpty();
        assertThat(model.partitions()).hasSize(3);
    }

    @Test
    void theAnswerForATopicLeftBehindIsDropped() {
        model.connectionProperty().set(CLUSTER);
        model.topicProperty().set("orders");
        CompletableFuture<TopicPartitionsReport> ordersAnswer = last(details.partitionReads);
        model.topicProperty().set("payments");

        last(details.partitionReads).complete(report("payments", 5));
        ordersAnswer.complete(report("orders", 3));

        assertThat(details.calls).containsExactly("partitions orders", "partitions payments");
        assertThat(model.partitions()).hasSize(5);
        assertThat(model.summaryProperty().get()).isEqualTo("5 partitions · all in sync");
    }

    @Test
    void theNewCountIsCheckedAsTyped() {
        showOrders();

        model.newCountTextProperty().set("six");
        assertThat(model.newCountErrorProperty().get()).isEqualTo("New partition count: “six” is not a whole number");
        assertThat(model.canAddProperty().get()).isFalse();

        model.newCountTextProperty().set("3");
        assertThat(model.newCountErrorProperty().get()).isEqualTo("New partition count: at least 4, partitions can be added, never removed");
        assertThat(model.canAddProperty().get()).isFalse();

        model.newCountTextProperty().set("10001");
        assertThat(model.newCountErrorProperty().get()).isEqualTo("New partition count: at most 10,000");
        assertThat(model.canAddProperty().get()).isFalse();

        model.newCountTextProperty().set(" 6 ");
        assertThat(model.newCountErrorProperty().get()).isEmpty();
        assertThat(model.canAddProperty().get()).isTrue();

        model.newCountTextProperty().set("");
        assertThat(model.newCountErrorProperty().get()).isEmpty();
        assertThat(model.canAddProperty().get()).isFalse();
    }

    @Test
    void theCheckFollowsThePartitionCountTheTableShows() {
        showOrders();
        model.newCountTextProperty().set("4");
        assertThat(model.canAddProperty().get()).isTrue();

        model.reload();
        last(details.partitionReads).complete(report("orders", 4));

        assertThat(model.newCountErrorProperty().get()).isEqualTo("New partition count: at least 5, partitions can be added, never removed");
        assertThat(model.canAddProperty().get()).isFalse();
    }

    @Test
    void addingPartitionsSaysSoThenReloadsAndTellsTheTopicList() {
        showOrders();
        model.newCountTextProperty().set("6");

        CompletableFuture<Void> done = model.addPartitions();

        assertThat(details.calls).containsExactly("partitions orders", "addPartitions orders 3 6");
        assertThat(model.messageProperty().get()).isEqualTo("Adding partitions to “orders”…");
        assertThat(model.canAddProperty().get()).isFalse();
        assertThat(done).isNotDone();

        last(details.partitionAdds).complete(null);

        assertThat(done).isDone();
        assertThat(model.messageProperty().get()).isEqualTo("“orders” now has 6 partitions.");
        assertThat(model.newCountTextProperty().get()).isEmpty();
        assertThat(details.calls).last().isEqualTo("partitions orders");
        assertThat(topicListChanges).hasSize(1);

        last(details.partitionReads).complete(report("orders", 6));
        assertThat(model.summaryProperty().get()).isEqualTo("6 partitions · all in sync");
    }

    @Test
    void aBrokerThatStillShowsTheOldCountIsAskedAgainAMomentLater() {
        showOrders();
        model.newCountTextProperty().set("6");
        model.addPartitions();
        last(details.partitionAdds).complete(null);

        last(details.partitionReads).complete(report("orders", 3));
        assertThat(details.partitionReads).hasSize(2);

        ticks.advance(Duration.ofMillis(200));
        assertThat(details.partitionReads).hasSize(3);
        last(details.partitionReads).complete(report("orders", 6));

        ticks.advance(Duration.ofSeconds(1));
        assertThat(details.partitionReads).hasSize(3);
        assertThat(model.partitions()).hasSize(6);
    }

    @Test
    void aRefusedAddSaysWhyInWordsAndCanBeTriedAgain() {
        showOrders();
        model.newCountTextProperty().set("6");
        model.addPartitions();

        last(details.partitionAdds).completeExceptionally(new InvalidPartitionsException("Topic has a partition limit."));

        assertThat(model.messageProperty().get()).isEqualTo(
                "Could not add partitions: The number of partitions was refused. Broker said: Topic has a partition limit.");
        assertThat(model.newCountTextProperty().get()).isEqualTo("6");
        assertThat(model.canAddProperty().get()).isTrue();
        assertThat(topicListChanges).isEmpty();
    }

    @Test
    void addingDoesNothingWhileTheCountIsNotValid() {
        showOrders();
        model.newCountTextProperty().set("2");

        assertThat(model.addPartitions()).isDone();
        assertThat(details.calls).containsExactly("partitions orders");
    }

    @Test
    void anotherTopicForgetsTheTypedCountAndTheMessage() {
        showOrders();
        model.newCountTextProperty().set("6");
        model.addPartitions();
        last(details.partitionAdds).complete(null);
        model.newCountTextProperty().set("9");

        model.topicProperty().set("payments");

        assertThat(model.newCountTextProperty().get()).isEmpty();
        assertThat(model.messageProperty().get()).isEmpty();
    }

    @Test
    void disconnectingEmptiesTheTable() {
        showOrders();

        model.connectionProperty().set(null);

        assertThat(model.partitions()).isEmpty();
        assertThat(model.summaryProperty().get()).isEmpty();
        assertThat(model.degradedProperty().get()).isFalse();
        assertThat(model.canAddProperty().get()).isFalse();
    }

    @Test
    void onAReadOnlyProfilePartitionsCannotBeAddedAndAnEnterSaysWhy() {
        model.connectionProperty().set(ReadOnlyProfiles.connection(ReadOnlyProfiles.PRODUCTION));
        model.topicProperty().set("orders");
        last(details.partitionReads).complete(report("orders", 3));
        model.newCountTextProperty().set("6");

        assertThat(model.newCountErrorProperty().get()).isEmpty();
        assertThat(model.canAddProperty().get()).isFalse();
        assertThat(model.addPartitions()).isCompletedExceptionally();

        assertThat(details.calls).containsExactly("partitions orders");
        assertThat(model.messageProperty().get()).isEqualTo(ReadOnlyProfiles.REASON);
    }
}
