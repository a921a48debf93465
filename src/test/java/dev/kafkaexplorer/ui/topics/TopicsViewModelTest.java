package dev.kafkaexplorer.ui.topics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kafkaexplorer.kafka.ClusterAdmin;
import dev.kafkaexplorer.kafka.ClusterInfo;
import dev.kafkaexplorer.kafka.NewTopicRequest;
import dev.kafkaexplorer.kafka.TopicSummary;
import dev.kafkaexplorer.ui.common.FadingNote;
import dev.kafkaexplorer.ui.common.ManualTicks;
import dev.kafkaexplorer.ui.common.ReadOnlyProfiles;
import dev.kafkaexplorer.ui.connection.ConnectionViewModel.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.junit.jupiter.api.Test;

/** The topics pane without the toolkit: the list, its filter and count, the placeholder, commands and errors. */
class TopicsViewModelTest {

    private static final Connection ONE_BROKER = new Connection(null,
            new ClusterInfo("c1", List.of(new ClusterInfo.BrokerInfo(1, "localhost", 9092, null)), 1), false);

    /** Answers each list call with the future the test completes. */
    private final class Catalog implements TopicCatalog {
        final List<CompletableFuture<List<TopicSummary>>> lists = new ArrayList<>();
        final List<ClusterAdmin.LoadProgress> progress = new ArrayList<>();
        final List<Boolean> internal = new ArrayList<>();
        final List<String> deleted = new ArrayList<>();
        final List<String> created = new ArrayList<>();
        CompletableFuture<Void> deleting = new CompletableFuture<>();

        @Override
        public CompletableFuture<List<TopicSummary>> list(boolean includeInternal, ClusterAdmin.LoadProgress onStep) {
            CompletableFuture<List<TopicSummary>> list = new CompletableFuture<>();
            lists.add(list);
            progress.add(onStep);
            internal.add(includeInternal);
            return list;
        }

        @Override
        public CompletableFuture<TopicSummary> create(NewTopicRequest request) {
            created.add(request.name());
            return CompletableFuture.completedFuture(new TopicSummary(request.name(), request.partitions(),
                    request.replicationFactor(), false));
        }

        @Override
        public CompletableFuture<Void> delete(String name) {
            deleted.add(name);
            return deleting;
        }

        CompletableFuture<List<TopicSummary>> last() {
            return lists.get(lists.size() - 1);
        }
    }

    private final Catalog catalog = new Catalog();
    private final ManualTicks ticks = new ManualTicks();
    private final TopicsViewModel model = new TopicsViewModel(ticks.runtime(), connection -> catalog);

    private static List<TopicSummary> topics(String... names) {
        return java.util.Arrays.stream(names).map(n -> new TopicSummary(n, 3, 1, false)).toList();
    }

    @Test
    void notConnectedSaysSoAndNoCommandRuns() {
        assertThat(model.placeholderTextProperty().get()).startsWith("Not connected");
        assertThat(model.countTextProperty().get()).isEmpty();
        assertThat(model.refreshCommand().isExecutable()).isFalse();
        assertThat(model.createTopicCommand().isExecutable()).isFalse();
        assertThat(catalog.lists).isEmpty();
    }

    @Test
    void connectingLoadsTheListAndRefreshIsOffWhileItLoads() {
        model.connectionProperty().set(ONE_BROKER);

        assertThat(catalog.lists).hasSize(1);
        assertThat(model.placeholderTextProperty().get()).isEqualTo("Loading topics…");
        assertThat(model.refreshCommand().isExecutable()).isFalse();
        assertThat(model.createTopicCommand().isExecutable()).isTrue();

        catalog.last().complete(topics("audit", "orders", "payments"));

        assertThat(model.visibleTopics()).extracting(TopicSummary::name).containsExactly("audit", "orders", "payments");
        assertThat(model.countTextProperty().get()).isEqualTo("3 topics");
        assertThat(model.refreshCommand().isExecutable()).isTrue();
    }

    @Test
    void theFilterNarrowsTheListAndTheCountSaysHowMuch() {
        model.connectionProperty().set(ONE_BROKER);
        catalog.last().complete(topics("audit", "Orders.EU", "orders.us", "payments"));

        model.filterTextProperty().set(" orders ");

        assertThat(model.visibleTopics()).extracting(TopicSummary::name).containsExactly("Orders.EU", "orders.us");
        assertThat(model.countTextProperty().get()).isEqualTo("2 of 4 topics");

        model.filterTextProperty().set("nothing");
        assertThat(model.visibleTopics()).isEmpty();
        assertThat(model.placeholderTextProperty().get()).isEqualTo("No topic matches “nothing”.");
    }

    @Test
    void anEmptyClusterInvitesToCreateOne() {
        model.connectionProperty().set(ONE_BROKER);
        catalog.last().complete(List.of());

        assertThat(model.placeholderTextProperty().get()).isEqualTo("No topics yet — create one to get started.");
        assertThat(model.countTextProperty().get()).isEqualTo("0 topics");
    }

    @Test
    void aFailedLoadSaysWhyAndTheNextGoodOneClearsIt() {
        model.connectionProperty().set(ONE_BROKER);
        catalog.last().completeExceptionally(new TimeoutException("Timed out waiting for a node assignment."));

        assertThat(model.messageProperty().get()).startsWith("Could not load topics: No answer from the cluster in time")
                .endsWith("Broker said: Timed out waiting for a node assignment.");
        assertThat(model.refreshCommand().isExecutable()).isTrue();

        model.refreshCommand().execute();
        catalog.last().complete(topics("orders"));

        assertThat(model.messageProperty().get()).isEmpty();
        assertThat(model.countTextProperty().get()).isEqualTo("1 topic");
    }

    @Test
    void anOlderLoadAnsweringLateIsDropped() {
        model.connectionProperty().set(ONE_BROKER);
        model.showInternalProperty().set(true);
        assertThat(catalog.internal).containsExactly(false, true);

        catalog.lists.get(1).complete(topics("__consumer_offsets", "orders"));
        catalog.lists.get(0).complete(topics("orders"));

        assertThat(model.visibleTopics()).extracting(TopicSummary::name).containsExactly("__consumer_offsets", "orders");
    }

    @Test
    void aLongLoadShowsItsProgressUntilItIsIn() {
        model.connectionProperty().set(ONE_BROKER);

        catalog.progress.get(0).loaded(1000, 2500);

        assertThat(model.countTextProperty().get()).isEqualTo("Loading 1 000 / 2 500 topics…");
        assertThat(model.placeholderTextProperty().get()).isEqualTo("Loading 1 000 / 2 500 topics…");

        catalog.last().complete(topics("orders"));
        catalog.progress.get(0).loaded(2000, 2500);
        assertThat(model.countTextProperty().get()).isEqualTo("1 topic");
    }

    @Test
    void createTopicAsksTheViewToOpenTheDialogAndACreateRefreshesTheList() {
        List<CreateTopicViewModel> opened = new ArrayList<>();
        model.setCreateTopicOpener(opened::add);
        model.connectionProperty().set(ONE_BROKER);
        catalog.last().complete(topics("orders"));

        model.createTopicCommand().execute();

        assertThat(opened).hasSize(1);
        CreateTopicViewModel dialog = opened.get(0);
        dialog.nameProperty().set("orders");
        assertThat(dialog.nameErrorProperty().get()).as("knows the listed topics").contains("already exists");
        assertThat(dialog.maxReplicationFactor()).isEqualTo(1);
        dialog.nameProperty().set("payments");
        dialog.create();

        assertThat(model.messageProperty().get()).isEqualTo("Created “payments”.");
        assertThat(catalog.lists).as("refreshed").hasSize(2);
    }

    @Test
    void theCreatedNoteClearsAfterAFewSecondsSoTheLineDoesNotLingerButANewerLineStays() {
        List<CreateTopicViewModel> opened = new ArrayList<>();
        model.setCreateTopicOpener(opened::add);
        model.connectionProperty().set(ONE_BROKER);
        catalog.last().complete(topics("orders"));
        model.createTopicCommand().execute();
        opened.get(0).nameProperty().set("payments");
        opened.get(0).create();
        assertThat(model.messageProperty().get()).isEqualTo("Created “payments”.");

        ticks.advance(FadingNote.SHOWN_FOR.minusMillis(100));
        assertThat(model.messageProperty().get()).as("still readable").isEqualTo("Created “payments”.");
        ticks.advance(Duration.ofMillis(100));
        assertThat(model.messageProperty().get()).as("gone after the delay").isEmpty();

        model.deleteTopic("payments");
        catalog.deleting.completeExceptionally(new UnknownTopicOrPartitionException("This server does not host this topic-partition."));
        ticks.advance(FadingNote.SHOWN_FOR.plusSeconds(60));
        assertThat(model.messageProperty().get()).as("a failure is not a passing note").startsWith("Could not delete “payments”: ");
    }

    @Test
    void deleteSaysWhatItDidOrWhyNot() {
        model.connectionProperty().set(ONE_BROKER);
        catalog.last().complete(topics("orders", "payments"));

        model.deleteTopic("payments");
        assertThat(model.messageProperty().get()).isEqualTo("Deleting “payments”…");
        catalog.deleting.complete(null);
        assertThat(model.messageProperty().get()).isEqualTo("Deleted “payments”.");
        assertThat(catalog.lists).as("refreshed").hasSize(2);

        catalog.deleting = new CompletableFuture<>();
        model.deleteTopic("gone");
        catalog.deleting.completeExceptionally(new UnknownTopicOrPartitionException("This server does not host this topic-partition."));
        assertThat(model.messageProperty().get()).startsWith("Could not delete “gone”: ");
    }

    @Test
    void theSelectedTopicIsForgottenOnceARefreshNoLongerListsIt() {
        model.connectionProperty().set(ONE_BROKER);
        catalog.last().complete(topics("orders", "payments"));
        model.selectedTopicProperty().set("payments");

        model.refreshCommand().execute();
        catalog.last().complete(topics("orders", "payments"));
        assertThat(model.selectedTopicProperty().get()).isEqualTo("payments");

        model.refreshCommand().execute();
        catalog.last().complete(topics("orders"));
        assertThat(model.selectedTopicProperty().get()).isNull();
    }

    @Test
    void aReadOnlyProfileTurnsCreateAndDeleteOffAndRefusesThemWhenAskedAnyway() {
        List<CreateTopicViewModel> opened = new ArrayList<>();
        model.setCreateTopicOpener(opened::add);
        model.connectionProperty().set(ReadOnlyProfiles.connection(ReadOnlyProfiles.PRODUCTION));
        catalog.last().complete(topics("orders"));

        assertThat(model.changeGuard().reason()).isEqualTo(ReadOnlyProfiles.REASON);
        assertThat(model.createTopicCommand().isExecutable()).isFalse();
        assertThat(model.refreshCommand().isExecutable()).as("reading stays").isTrue();
        model.createTopicCommand().execute();
        assertThat(opened).as("no dialog from a shortcut").isEmpty();

        assertThat(model.deleteTopic("orders")).isCompletedExceptionally();
        assertThat(catalog.deleted).isEmpty();
        assertThat(model.messageProperty().get()).isEqualTo(ReadOnlyProfiles.REASON);
    }

    @Test
    void aCreateDialogLeftOpenWhileTheAppSwitchesToAReadOnlyProfileCreatesNothing() {
        List<CreateTopicViewModel> opened = new ArrayList<>();
        model.setCreateTopicOpener(opened::add);
        model.connectionProperty().set(ReadOnlyProfiles.connection(ReadOnlyProfiles.STAGING));
        catalog.last().complete(topics("orders"));
        model.createTopicCommand().execute();
        CreateTopicViewModel dialog = opened.get(0);
        dialog.nameProperty().set("payments");
        assertThat(dialog.canCreateProperty().get()).isTrue();

        model.connectionProperty().set(ReadOnlyProfiles.connection(ReadOnlyProfiles.PRODUCTION));

        assertThat(dialog.canCreateProperty().get()).isFalse();
        assertThat(dialog.changeGuard().reason()).isEqualTo(ReadOnlyProfiles.REASON);
        assertThat(dialog.create()).isCompletedExceptionally();
        assertThat(catalog.created).isEmpty();
    }
}
