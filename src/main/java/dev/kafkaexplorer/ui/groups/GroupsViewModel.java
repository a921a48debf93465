package dev.kafkaexplorer.ui.groups;

import dev.kafkaexplorer.kafka.KafkaErrorText;
import dev.kafkaexplorer.kafka.groups.GroupDetail;
import dev.kafkaexplorer.kafka.groups.GroupErrorText;
import dev.kafkaexplorer.kafka.groups.GroupMember;
import dev.kafkaexplorer.kafka.groups.GroupSummary;
import dev.kafkaexplorer.kafka.groups.PartitionLag;
import dev.kafkaexplorer.ui.common.ChangeGuard;
import dev.kafkaexplorer.ui.common.Command;
import dev.kafkaexplorer.ui.common.LatestRequest;
import dev.kafkaexplorer.ui.common.UiRuntime;
import dev.kafkaexplorer.ui.connection.ConnectionViewModel.Connection;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/** State and commands of the consumer-groups tab: the list with lag, the selected group's detail, delete. */
public final class GroupsViewModel {

    private static final String LOAD_FAILED = "Could not load consumer groups: ";
    private static final String DESCRIBE_FAILED = "Could not describe “";
    private final UiRuntime runtime;
    private final ObjectProperty<Connection> connection = new SimpleObjectProperty<>();
    private final Function<Connection, GroupCatalog> catalogs;
    private final ChangeGuard changes = ChangeGuard.following(connection, Connection::profile);
    private GroupCatalog groups;
    private final ObservableList<GroupSummary> allGroups = FXCollections.observableArrayList();
    private final FilteredList<GroupSummary> visibleGroups = new FilteredList<>(allGroups);
    private final StringProperty filterText = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    /** Reads afresh: the Refresh button and the menu's Refresh on this tab. */
    private final Command refreshCommand = new Command(connection.isNotNull().and(loading.not()), this::refresh);
    private final GroupDeletion deletion;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper selectedGroupId = new ReadOnlyStringWrapper(null);
    private boolean opened;
    private final ReadOnlyObjectWrapper<GroupDetail> detail = new ReadOnlyObjectWrapper<>();
    private final ObservableList<GroupMember> members = FXCollections.observableArrayList();
    private final ObservableList<PartitionLag> partitions = FXCollections.observableArrayList();
    private final StringBinding countText;
    private final StringBinding placeholderText;
    private final StringBinding detailTitle;
    private final StringBinding resetBlockedReason;
    private final BooleanBinding canReset;
    /** Answers to an older load are dropped. */
    private final LatestRequest listReads;
    private final LatestRequest detailReads;

    public GroupsViewModel(UiRuntime runtime) {
        this(runtime, connection -> GroupCatalog.of(connection.admin()));
    }

    /** With the group calls made through the catalog {@code catalogs} gives for a connection (in-memory in tests). */
    public GroupsViewModel(UiRuntime runtime, Function<Connection, GroupCatalog> catalogs) {
        this.runtime = runtime;
        this.catalogs = catalogs;
        this.listReads = runtime.latestRequest();
        this.detailReads = runtime.latestRequest();
        this.deletion = new GroupDeletion(runtime, message);
        filterText.addListener((obs, old, text) -> applyFilter());
        connection.addListener((obs, old, now) -> {
            groups = now == null ? null : catalogs.apply(now);
            allGroups.clear();
            select(null);
            message.set("");
            if (opened) {
                refresh();
            }
        });
        countText = Bindings.createStringBinding(() -> {
            if (connection.get() == null) {
                return "";
            }
            int all = allGroups.size();
            int shown = visibleGroups.size();
            String noun = all == 1 ? " consumer group" : " consumer groups";
            return shown == all ? all + noun : shown + " of " + all + noun;
        }, allGroups, visibleGroups, connection);
        placeholderText = Bindings.createStringBinding(() -> {
            if (connection.get() == null) {
                return "Not connected — connect to a cluster or start the local broker.";
            }
            if (loading.get() && allGroups.isEmpty()) {
                return "Loading consumer groups…";
            }
            if (allGroups.isEmpty()) {
                return "No consumer groups yet — they appear once a consumer with a group.id commits or joins.";
            }
            return "No group matches “" + filterText.get().trim() + "”.";
        }, connection, loading, allGroups, filterText);
        detailTitle = Bindings.createStringBinding(() -> {
            GroupDetail d = detail.get();
            if (selectedGroupId.get() == null) {
                return "Select a group to see its members and offsets.";
            }
            if (d == null) {
                return "Group “" + selectedGroupId.get() + "”";
            }
            GroupSummary s = d.summary();
            return "Group “" + s.groupId() + "” — " + s.state() + ", " + s.members()
                    + (s.members() == 1 ? " member" : " members") + ", total lag " + Format.figure(s.totalLag());
        }, selectedGroupId, detail);
        resetBlockedReason = Bindings.createStringBinding(() -> {
            GroupDetail d = detail.get();
            if (d != null && !d.summary().canResetOffsets()) {
                return "Offsets can be reset only while the group is empty: “" + d.summary().groupId() + "” has "
                        + d.summary().members() + (d.summary().members() == 1 ? " member" : " members")
                        + " (" + d.summary().state() + "). Stop its consumers first.";
            }
            return "";
        }, detail);
        canReset = changes.and(Bindings.createBooleanBinding(() -> detail.get() != null && detail.get().summary().canResetOffsets(), detail));
    }

    public ObjectProperty<Connection> connectionProperty() {
        return connection;
    }

    public ObservableList<GroupSummary> visibleGroups() {
        return visibleGroups;
    }

    public ObservableList<GroupMember> members() {
        return members;
    }

    public ObservableList<PartitionLag> partitions() {
        return partitions;
    }

    public StringProperty filterTextProperty() {
        return filterText;
    }

    public Command refreshCommand() {
        return refreshCommand;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** True while a delete runs: a second one for the same group could only fail. */
    public ReadOnlyBooleanProperty deletingProperty() {
        return deletion.deletingProperty();
    }

    /** Why the last delete was refused, whole, for beside the Delete button; empty when none applies. */
    public ReadOnlyStringProperty deleteRefusalProperty() {
        return deletion.refusalProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty selectedGroupIdProperty() {
        return selectedGroupId.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<GroupDetail> detailProperty() {
        return detail.getReadOnlyProperty();
    }

    public StringBinding countTextProperty() {
        return countText;
    }

    public StringBinding placeholderTextProperty() {
        return placeholderText;
    }

    public StringBinding detailTitleProperty() {
        return detailTitle;
    }

    /** Why the selected group's offsets cannot be reset now, in words; empty when they can or none is selected. */
    public StringBinding resetBlockedReasonProperty() {
        return resetBlockedReason;
    }

    /** Whether groups may be changed (reset, delete) now, and why not. */
    public ChangeGuard changeGuard() {
        return changes;
    }

    /** True while the selected group is known to be empty (the only state a reset is allowed in) and changes are allowed. */
    public BooleanBinding canResetProperty() {
        return canReset;
    }

    private void applyFilter() {
        String needle = filterText.get().trim().toLowerCase(Locale.ROOT);
        visibleGroups.setPredicate(needle.isEmpty() ? null : g -> g.groupId().toLowerCase(Locale.ROOT).contains(needle));
    }

    /** Shows {@code groupId}'s members and offsets (null: none). */
    public void select(String groupId) {
        if (groupId != null && groupId.equals(selectedGroupId.get())) {
            return;
        }
        selectedGroupId.set(groupId);
        deletion.forget();
        detail.set(null);
        members.clear();
        partitions.clear();
        loadDetail();
    }

    /**
     * The tab was opened: read the groups now and, from then on, after every connection change.
     * Until then nothing is read, so a start does not describe every group of the cluster.
     */
    public void opened() {
        opened = true;
        refresh();
    }

    /** Reloads the list and the selected group's detail from the cluster. */
    public void refresh() {
        if (groups == null) {
            listReads.cancel();
            loading.set(false);
            return;
        }
        loading.set(true);
        listReads.run(groups::list, list -> {
            loading.set(false);
            if (message.get().startsWith(LOAD_FAILED)) {
                message.set("");
            }
            allGroups.setAll(list);
        }, error -> {
            loading.set(false);
            message.set(LOAD_FAILED + KafkaErrorText.general(error));
        });
        loadDetail();
    }

    private void loadDetail() {
        String id = selectedGroupId.get();
        if (groups == null || id == null) {
            detailReads.cancel();
            return;
        }
        detailReads.run(() -> groups.describe(id), d -> {
            if (message.get().startsWith(DESCRIBE_FAILED)) {
                message.set("");
            }
            detail.set(d);
            members.setAll(d.members());
            partitions.setAll(d.partitions());
        }, error -> message.set(DESCRIBE_FAILED + id + "”: " + GroupErrorText.forGroup(id, error)));
    }

    /** Deletes {@code groupId}; a refusal (members still in it, a read-only profile) is shown in words. */
    public CompletableFuture<Void> deleteGroup(String groupId) {
        if (groups == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("Not connected"));
        } else if (changes.refuses(message::set)) {
            return changes.refusal();
        }
        return deletion.delete(groups, groupId, () -> {
            if (groupId.equals(selectedGroupId.get())) {
                select(null);
            }
            refresh();
        });
    }

    /** A reset dialog model for the selected group, or null when it cannot be reset now. */
    public ResetOffsetsViewModel newReset() {
        GroupDetail d = detail.get();
        if (groups == null || !canReset.get()) {
            return null;
        }
        GroupCatalog current = groups;
        return new ResetOffsetsViewModel(runtime, d.summary().groupId(), d.topics(), current::plan, current::apply, done -> {
            deletion.showNote(done);
            refresh();
        }, changes);
    }
}
