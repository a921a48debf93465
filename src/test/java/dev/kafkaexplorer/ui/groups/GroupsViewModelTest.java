package dev.kafkaexplorer.ui.groups;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kafkaexplorer.kafka.ClusterInfo;
import dev.kafkaexplorer.kafka.groups.GroupDetail;
import dev.kafkaexplorer.kafka.groups.GroupMember;
import dev.kafkaexplorer.kafka.groups.GroupSummary;
import dev.kafkaexplorer.kafka.groups.OffsetResetRequest;
import dev.kafkaexplorer.kafka.groups.PartitionLag;
import dev.kafkaexplorer.kafka.groups.ResetPlanRow;
import dev.kafkaexplorer.ui.common.ManualTicks;
import dev.kafkaexplorer.ui.common.ReadOnlyProfiles;
import dev.kafkaexplorer.ui.connection.ConnectionViewModel.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.common.errors.GroupNotEmptyException;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.Test;

/** The consumer-groups tab without the toolkit: list, filter, count, placeholder, detail, reset and delete. */
class GroupsViewModelTest {

    private static final Connection CLUSTER = new Connection(null, new ClusterInfo("c1", List.of(), 1), false);
    private static final GroupSummary BILLING = new GroupSummary("billing", "Empty", "classic", "", 0, "1", 16);
    private static final GroupSummary SHIPPING = new GroupSummary("shipping", "Stable", "classic", "range", 1, "1", 0);

    /** Answers each call with a future the test completes. */
    private static final class Catalog implements GroupCatalog {
        final List<CompletableFuture<List<GroupSummary>>> lists = new ArrayList<>();
        final List<String> described = new ArrayList<>();
        final List<CompletableFuture<GroupDetail>> details = new ArrayList<>();
        final List<String> deleted = new ArrayList<>();
        final List<String> applied = new ArrayList<>();
        final CompletableFuture<Void> deleting = new CompletableFuture<>();

        @Override
        public CompletableFuture<List<GroupSummary>> list() {
            CompletableFuture<List<GroupSummary>> list = new CompletableFuture<>();
            lists.add(list);
            return list;
        }

        @Override
        public CompletableFuture<GroupDetail> describe(String groupId) {
            described.add(groupId);
            CompletableFuture<GroupDetail> detail = new CompletableFuture<>();
            details.add(detail);
            return detail;
        }

        @Override
        public CompletableFuture<List<ResetPlanRow>> plan(OffsetResetRequest request) {
            return CompletableFuture.completedFuture(List.of(new ResetPlanRow("orders", 0, 4, 0, "")));
        }

        @Override
        public CompletableFuture<Void> apply(String groupId, List<ResetPlanRow> plan) {
            applied.add(groupId);
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletableFuture<Void> delete(String groupId) {
            deleted.add(groupId);
            return deleting;
        }

        CompletableFuture<List<GroupSummary>> lastList() {
            return lists.get(lists.size() - 1);
        }

        CompletableFuture<GroupDetail> lastDetail() {
            return details.get(details.size() - 1);
        }
    }

    private final Catalog catalog = new Catalog();
    private final ManualTicks ticks = new ManualTicks();
    private final GroupsViewModel model = new GroupsViewModel(ticks.runtime(), connection -> catalog);

    private static GroupDetail detail(GroupSummary summary) {
        return new GroupDetail(summary, summary.members() == 0 ? List.of()
                : List.of(new GroupMember("m-1", "client-1", "/10.0.0.1", "orders-0")),
                List.of(new PartitionLag("orders", 0, 4, 10, 6), new PartitionLag("orders", 1, 0, 10, 10)));
    }

    private void connectAndList(GroupSummary... groups) {
        model.connectionProperty().set(CLUSTER);
        model.opened();
        catalog.lastList().complete(List.of(groups));
    }

    @Test
    void nothingIsReadUntilTheTabIsOpened() {
        assertThat(model.placeholderTextProperty().get()).startsWith("Not connected");
        model.connectionProperty().set(CLUSTER);
        assertThat(catalog.lists).isEmpty();

        model.opened();

        assertThat(catalog.lists).hasSize(1);
        assertThat(model.loadingProperty().get()).isTrue();
        assertThat(model.placeholderTextProperty().get()).isEqualTo("Loading consumer groups…");
    }

    @Test
    void theListCountsAndFiltersTheGroups() {
        connectAndList(BILLING, SHIPPING);

        assertThat(model.visibleGroups()).containsExactly(BILLING, SHIPPING);
        assertThat(model.countTextProperty().get()).isEqualTo("2 consumer groups");
        assertThat(model.loadingProperty().get()).isFalse();

        model.filterTextProperty().set("BILL");
        assertThat(model.visibleGroups()).containsExactly(BILLING);
        assertThat(model.countTextProperty().get()).isEqualTo("1 of 2 consumer groups");

        model.filterTextProperty().set("nobody");
        assertThat(model.placeholderTextProperty().get()).isEqualTo("No group matches “nobody”.");
    }

    @Test
    void aClusterWithoutGroupsSaysWhenTheyAppear() {
        connectAndList();

        assertThat(model.placeholderTextProperty().get()).startsWith("No consumer groups yet");
        assertThat(model.countTextProperty().get()).isEqualTo("0 consumer groups");
    }

    @Test
    void aFailedLoadSaysWhyAndTheNextGoodOneClearsIt() {
        model.connectionProperty().set(CLUSTER);
        model.opened();
        catalog.lastList().completeExceptionally(new TimeoutException("Timed out."));

        assertThat(model.messageProperty().get()).startsWith("Could not load consumer groups: ").endsWith("Broker said: Timed out.");

        model.refresh();
        catalog.lastList().complete(List.of(BILLING));
        assertThat(model.messageProperty().get()).isEmpty();
    }

    @Test
    void anEmptyGroupShowsItsDetailAndCanBeReset() {
        connectAndList(BILLING, SHIPPING);

        model.select("billing");
        assertThat(model.detailTitleProperty().get()).isEqualTo("Group “billing”");
        catalog.lastDetail().complete(detail(BILLING));

        assertThat(model.detailTitleProperty().get()).isEqualTo("Group “billing” — Empty, 0 members, total lag 16");
        assertThat(model.partitions()).extracting(PartitionLag::lag).containsExactly(6L, 10L);
        assertThat(model.canResetProperty().get()).isTrue();
        assertThat(model.resetBlockedReasonProperty().get()).isEmpty();

        ResetOffsetsViewModel reset = model.newReset();
        assertThat(reset.groupId()).isEqualTo("billing");
        assertThat(reset.topicChoices()).containsExactly(ResetOffsetsViewModel.ALL_TOPICS, "orders");
        reset.apply();
        assertThat(model.messageProperty().get()).isEqualTo("Reset the offsets of “billing” on 1 partition.");
        assertThat(catalog.lists).as("refreshed").hasSize(2);
    }

    @Test
    void aGroupWithMembersSaysWhyItCannotBeReset() {
        connectAndList(BILLING, SHIPPING);

        model.select("shipping");
        catalog.lastDetail().complete(detail(SHIPPING));

        assertThat(model.members()).extracting(GroupMember::clientId).containsExactly("client-1");
        assertThat(model.canResetProperty().get()).isFalse();
        assertThat(model.resetBlockedReasonProperty().get()).isEqualTo("Offsets can be reset only while the group is "
                + "empty: “shipping” has 1 member (Stable). Stop its consumers first.");
        assertThat(model.newReset()).isNull();
    }

    @Test
    void theDetailOfAGroupNoLongerSelectedIsDropped() {
        connectAndList(BILLING, SHIPPING);

        model.select("billing");
        model.select("shipping");
        catalog.details.get(1).complete(detail(SHIPPING));
        catalog.details.get(0).complete(detail(BILLING));

        assertThat(model.detailProperty().get().summary()).isEqualTo(SHIPPING);
    }

    @Test
    void deleteSaysWhatItDidAndForgetsTheSelection() {
        connectAndList(BILLING, SHIPPING);
        model.select("billing");
        catalog.lastDetail().complete(detail(BILLING));

        model.deleteGroup("billing");
        assertThat(model.messageProperty().get()).isEqualTo("Deleting “billing”…");
        assertThat(model.deletingProperty().get()).isTrue();
        catalog.deleting.complete(null);

        assertThat(model.deletingProperty().get()).isFalse();
        assertThat(model.messageProperty().get()).isEqualTo("Deleted consumer group “billing”.");
        assertThat(model.selectedGroupIdProperty().get()).isNull();
        assertThat(catalog.lists).as("refreshed").hasSize(2);
        ticks.advance(dev.kafkaexplorer.ui.common.FadingNote.SHOWN_FOR);
        assertThat(model.messageProperty().get()).as("a passing note").isEmpty();
    }

    @Test
    void aRefusedDeleteIsShownInWords() {
        connectAndList(BILLING, SHIPPING);

        model.deleteGroup("shipping");
        catalog.deleting.completeExceptionally(new GroupNotEmptyException("The group is not empty."));

        assertThat(model.deleteRefusalProperty().get()).isEqualTo("Could not delete “shipping”: Group 'shipping' still has "
                + "active members: stop its consumers first. Broker said: The group is not empty.");
        assertThat(model.messageProperty().get()).as("not cut off in the footer as well").isEmpty();

        model.select("billing");
        assertThat(model.deleteRefusalProperty().get()).as("about another group").isEmpty();
        assertThat(model.deletingProperty().get()).isFalse();
    }

    @Test
    void onAReadOnlyProfileNoGroupCanBeResetOrDeletedAndTheMessageSaysWhy() {
        model.connectionProperty().set(ReadOnlyProfiles.connection(ReadOnlyProfiles.PRODUCTION));
        model.opened();
        catalog.lastList().complete(List.of(BILLING, SHIPPING));
        model.select("billing");
        catalog.lastDetail().complete(detail(BILLING));

        assertThat(model.refreshCommand().isExecutable()).as("reading stays").isTrue();
        assertThat(model.canResetProperty().get()).isFalse();
        assertThat(model.newReset()).isNull();
        assertThat(model.changeGuard().reason()).isEqualTo(ReadOnlyProfiles.REASON);

        assertThat(model.deleteGroup("billing")).isCompletedExceptionally();
        assertThat(catalog.deleted).isEmpty();
        assertThat(model.messageProperty().get()).isEqualTo(ReadOnlyProfiles.REASON);
    }

    @Test
    void aResetDialogLeftOpenWhileTheAppSwitchesToAReadOnlyProfileMovesNoOffset() {
        connectAndList(BILLING, SHIPPING);
        model.select("billing");
        catalog.lastDetail().complete(detail(BILLING));
        ResetOffsetsViewModel reset = model.newReset();
        assertThat(reset.canConfirmProperty().get()).isTrue();

        model.connectionProperty().set(ReadOnlyProfiles.connection(ReadOnlyProfiles.PRODUCTION));

        assertThat(reset.canConfirmProperty().get()).isFalse();
        assertThat(reset.apply()).isCompletedExceptionally();
        assertThat(reset.errorProperty().get()).isEqualTo(ReadOnlyProfiles.REASON);
        assertThat(catalog.applied).isEmpty();
    }
}
