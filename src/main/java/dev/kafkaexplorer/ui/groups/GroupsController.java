package dev.kafkaexplorer.ui.groups;

import dev.kafkaexplorer.ui.common.ReadOnlyNotice;
import dev.kafkaexplorer.ui.common.CommandBindings;
import dev.kafkaexplorer.ui.common.Confirm;
import static dev.kafkaexplorer.ui.common.Labels.showWhenSet;

import dev.kafkaexplorer.kafka.groups.GroupMember;
import dev.kafkaexplorer.kafka.groups.GroupSummary;
import dev.kafkaexplorer.kafka.groups.PartitionLag;
import dev.kafkaexplorer.ui.common.TabShown;
import dev.kafkaexplorer.ui.common.Views;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;

/** Binds the consumer-groups tab to its {@link GroupsViewModel} and opens the reset and delete dialogs. */
public final class GroupsController {

    private final GroupsViewModel model;

    @FXML private VBox groupsRoot;
    @FXML private TextField groupFilter;
    @FXML private Label groupsReadOnlyNotice;
    @FXML private Button groupRefresh;
    @FXML private Button groupReset;
    @FXML private Button groupDelete;
    @FXML private Label groupDeleteRefusal;
    @FXML private TableView<GroupSummary> groupTable;
    @FXML private TableColumn<GroupSummary, String> groupIdColumn;
    @FXML private TableColumn<GroupSummary, String> groupStateColumn;
    @FXML private TableColumn<GroupSummary, String> groupTypeColumn;
    @FXML private TableColumn<GroupSummary, String> groupProtocolColumn;
    @FXML private TableColumn<GroupSummary, Long> groupMembersColumn;
    @FXML private TableColumn<GroupSummary, String> groupCoordinatorColumn;
    @FXML private TableColumn<GroupSummary, Long> groupLagColumn;
    @FXML private Label groupDetailTitle;
    @FXML private Label groupResetReason;
    @FXML private TableView<PartitionLag> groupOffsets;
    @FXML private TableColumn<PartitionLag, String> offsetTopicColumn;
    @FXML private TableColumn<PartitionLag, Long> offsetPartitionColumn;
    @FXML private TableColumn<PartitionLag, Long> offsetCommittedColumn;
    @FXML private TableColumn<PartitionLag, Long> offsetEndColumn;
    @FXML private TableColumn<PartitionLag, Long> offsetLagColumn;
    @FXML private TableView<GroupMember> groupMembers;
    @FXML private TableColumn<GroupMember, String> memberClientColumn;
    @FXML private TableColumn<GroupMember, String> memberHostColumn;
    @FXML private TableColumn<GroupMember, String> memberAssignmentColumn;
    @FXML private TableColumn<GroupMember, String> memberIdColumn;
    @FXML private Label groupCount;
    @FXML private Label groupsMessage;

    public GroupsController(GroupsViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        text(groupIdColumn, GroupSummary::groupId);
        text(groupStateColumn, GroupSummary::state);
        text(groupTypeColumn, GroupSummary::type);
        text(groupProtocolColumn, GroupSummary::protocol);
        Format.numberColumn(groupMembersColumn, GroupSummary::members);
        text(groupCoordinatorColumn, GroupSummary::coordinator);
        Format.numberColumn(groupLagColumn, GroupSummary::totalLag);
        SortedList<GroupSummary> sorted = new SortedList<>(model.visibleGroups());
        sorted.comparatorProperty().bind(groupTable.comparatorProperty());
        groupTable.setItems(sorted);
        groupTable.setPlaceholder(placeholder(model.placeholderTextProperty()));

        text(offsetTopicColumn, PartitionLag::topic);
        Format.numberColumn(offsetPartitionColumn, PartitionLag::partition);
        Format.numberColumn(offsetCommittedColumn, PartitionLag::committed);
        Format.numberColumn(offsetEndColumn, PartitionLag::end);
        Format.numberColumn(offsetLagColumn, PartitionLag::lag);
        groupOffsets.setItems(model.partitions());
        var noGroup = model.selectedGroupIdProperty().isNull();
        groupOffsets.setPlaceholder(placeholder(Bindings.when(noGroup)
                .then("Select a group to see its offsets").otherwise("No committed offsets")));
        text(memberClientColumn, GroupMember::clientId);
        text(memberHostColumn, GroupMember::host);
        text(memberAssignmentColumn, GroupMember::assignment);
        text(memberIdColumn, GroupMember::memberId);
        groupMembers.setItems(model.members());
        groupMembers.setPlaceholder(placeholder(Bindings.when(noGroup)
                .then("Select a group to see its members").otherwise("No members: no consumer of this group is running")));

        // The table's selection drives the model; a refresh replaces the rows, so the model's
        // choice is put back on the new row with the same id.
        groupTable.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.select(now.groupId());
            }
        });
        groupTable.getItems().addListener((ListChangeListener<GroupSummary>) change -> reselect());

        groupFilter.textProperty().bindBidirectional(model.filterTextProperty());
        groupDetailTitle.textProperty().bind(model.detailTitleProperty());
        showWhenSet(groupResetReason, model.resetBlockedReasonProperty());
        showWhenSet(groupDeleteRefusal, model.deleteRefusalProperty());
        groupCount.textProperty().bind(model.countTextProperty());
        groupsMessage.textProperty().bind(model.messageProperty());

        var notConnected = model.connectionProperty().isNull();
        ReadOnlyNotice.bind(groupsReadOnlyNotice, model.changeGuard());
        CommandBindings.bind(groupRefresh, model.refreshCommand());
        groupReset.disableProperty().bind(notConnected.or(model.canResetProperty().not()));
        Tooltip resetTip = new Tooltip();
        resetTip.textProperty().bind(model.resetBlockedReasonProperty().map(r -> r.isEmpty()
                ? "Move an empty group's committed offsets (with a preview first)" : r));
        groupReset.setTooltip(resetTip);
        groupDelete.disableProperty().bind(notConnected.or(model.selectedGroupIdProperty().isNull())
                .or(model.deletingProperty()).or(model.changeGuard().allowsChangesProperty().not()));
        refreshWhenShown();
        groupReset.setOnAction(e -> openResetDialog());
        groupDelete.setOnAction(e -> confirmDelete());
    }

    /** Lag moves all the time: coming back to the tab shows it as it is now. */
    private void refreshWhenShown() {
        TabShown.whenShown(groupsRoot, model::opened);
    }

    private void reselect() {
        String id = model.selectedGroupIdProperty().get();
        GroupSummary selected = groupTable.getSelectionModel().getSelectedItem();
        if (id != null && (selected == null || !selected.groupId().equals(id))) {
            groupTable.getItems().stream().filter(g -> g.groupId().equals(id)).findFirst()
                    .ifPresent(g -> groupTable.getSelectionModel().select(g));
        }
    }

    private void openResetDialog() {
        ResetOffsetsViewModel dialogModel = model.newReset();
        if (dialogModel == null) {
            return;
        }
        Parent root = Views.load("reset-offsets.fxml", type -> new ResetOffsetsController(dialogModel));
        Stage dialog = new Stage();
        dialog.setTitle("Reset offsets of “" + dialogModel.groupId() + "”");
        dialog.initOwner(groupTable.getScene().getWindow());
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setScene(Views.scene(root));
        Views.dress(dialog);
        dialog.show();
    }

    private void confirmDelete() {
        String id = model.selectedGroupIdProperty().get();
        // A late click after the profile turned read-only: no question for a delete that would be refused.
        if (id == null || !model.changeGuard().allowsChanges()) {
            return;
        }
        if (Confirm.ask(groupTable.getScene().getWindow(), "Delete consumer group", "Delete consumer group “" + id + "”?",
                "Its committed offsets are deleted with it: a consumer that joins the group later starts "
                        + "from its auto.offset.reset position. This cannot be undone.", "Delete")) {
            model.deleteGroup(id);
        }
    }

    private static <S> void text(TableColumn<S, String> column, Function<S, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
    }

    private static Label placeholder(javafx.beans.value.ObservableStringValue text) {
        Label label = new Label();
        label.getStyleClass().add("table-placeholder");
        label.textProperty().bind(text);
        return label;
    }
}
