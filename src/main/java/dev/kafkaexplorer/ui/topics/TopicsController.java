package dev.kafkaexplorer.ui.topics;

import dev.kafkaexplorer.ui.common.ReadOnlyNotice;
import dev.kafkaexplorer.ui.common.UiRuntime;
import dev.kafkaexplorer.ui.common.Confirm;
import dev.kafkaexplorer.kafka.TopicSummary;
import dev.kafkaexplorer.ui.common.CommandBindings;
import dev.kafkaexplorer.ui.common.EmptyState;
import dev.kafkaexplorer.ui.common.Views;
import dev.kafkaexplorer.ui.send.SendRecordDialog;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** Binds the topics pane to its {@link TopicsViewModel} and opens the create and delete dialogs. */
public final class TopicsController {

    private final TopicsViewModel model;
    /** What the dialogs opened from this pane run on. */
    private final UiRuntime runtime;

    @FXML private Label topicsReadOnlyNotice;
    @FXML private TextField topicFilter;
    @FXML private CheckBox showInternalTopics;
    @FXML private Button refreshTopicsButton;
    @FXML private Button createTopicButton;
    @FXML private Button produceMessageButton;
    @FXML private Button deleteTopicButton;
    @FXML private TableView<TopicSummary> topicTable;
    @FXML private TableColumn<TopicSummary, String> topicNameColumn;
    @FXML private TableColumn<TopicSummary, Integer> topicPartitionsColumn;
    @FXML private TableColumn<TopicSummary, Integer> topicReplicationColumn;
    @FXML private Label topicCount;
    @FXML private Label topicsMessage;
    @FXML private Label topicDetailsTitle;

    public TopicsController(TopicsViewModel model, UiRuntime runtime) {
        this.model = model;
        this.runtime = runtime;
    }

    @FXML
    private void initialize() {
        topicNameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        topicPartitionsColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().partitions()));
        topicReplicationColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().replicationFactor()));
        // Sorting by a column header sorts a view of the filtered list; the model's order stays.
        SortedList<TopicSummary> sorted = new SortedList<>(model.visibleTopics());
        sorted.comparatorProperty().bind(topicTable.comparatorProperty());
        topicTable.setItems(sorted);
        topicTable.setPlaceholder(new EmptyState(Material2MZ.TOPIC, model.placeholderTextProperty())
                .withAction("emptyCreateTopicButton", "Create topic", Material2AL.ADD,
                        model.createTopicCommand().executableProperty().and(Bindings.isEmpty(model.allTopics())),
                        model.createTopicCommand()::execute));

        topicFilter.textProperty().bindBidirectional(model.filterTextProperty());
        showInternalTopics.selectedProperty().bindBidirectional(model.showInternalProperty());
        topicCount.textProperty().bind(model.countTextProperty());
        topicsMessage.textProperty().bind(model.messageProperty());

        var notConnected = model.connectionProperty().isNull();
        var readOnly = model.changeGuard().allowsChangesProperty().not();
        ReadOnlyNotice.bind(topicsReadOnlyNotice, model.changeGuard());
        model.setCreateTopicOpener(this::openCreateDialog);
        CommandBindings.bind(refreshTopicsButton, model.refreshCommand());
        CommandBindings.bind(createTopicButton, model.createTopicCommand());
        deleteTopicButton.disableProperty().bind(notConnected.or(readOnly)
                .or(topicTable.getSelectionModel().selectedItemProperty().isNull()));
        bindSelection(sorted);
        produceMessageButton.disableProperty().bind(notConnected.or(readOnly));
        produceMessageButton.setOnAction(e -> openSendDialog());
        deleteTopicButton.setOnAction(e -> confirmDelete());
    }

    /**
     * The selected row is the topic whose details show below. A refresh replaces the rows and
     * drops the table's selection, so the same topic is selected again once the new rows are in.
     */
    private void bindSelection(SortedList<TopicSummary> rows) {
        topicTable.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.selectedTopicProperty().set(now.name());
            }
        });
        rows.addListener((ListChangeListener<TopicSummary>) change ->
                Platform.runLater(this::reselect));
        model.selectedTopicProperty().addListener((obs, old, now) -> reselect());
        topicDetailsTitle.textProperty().bind(Bindings.createStringBinding(() ->
                model.selectedTopicProperty().get() == null ? "Select a topic to see its partitions and configs."
                        : "Topic “" + model.selectedTopicProperty().get() + "”", model.selectedTopicProperty()));
    }

    private void reselect() {
        String name = model.selectedTopicProperty().get();
        TopicSummary current = topicTable.getSelectionModel().getSelectedItem();
        if (name == null) {
            topicTable.getSelectionModel().clearSelection();
        } else if (current == null || !current.name().equals(name)) {
            topicTable.getItems().stream().filter(t -> t.name().equals(name)).findFirst()
                    .ifPresent(t -> topicTable.getSelectionModel().select(t));
        }
    }

    private void openCreateDialog(CreateTopicViewModel dialogModel) {
        Parent root = Views.load("create-topic.fxml", type -> new CreateTopicController(dialogModel));
        Stage dialog = new Stage();
        dialog.setTitle("Create topic");
        dialog.initOwner(window());
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setScene(Views.scene(root));
        Views.dress(dialog);
        dialog.show();
    }

    private void openSendDialog() {
        TopicSummary selected = topicTable.getSelectionModel().getSelectedItem();
        if (model.connectionProperty().get() != null && model.changeGuard().allowsChanges()) {
            SendRecordDialog.open(window(), runtime, model.connectionProperty().get(), model.allTopics(),
                    selected == null ? "" : selected.name(), model.changeGuard());
        }
    }

    private void confirmDelete() {
        TopicSummary topic = topicTable.getSelectionModel().getSelectedItem();
        // A late click after the profile turned read-only: no question for a delete that would be refused.
        if (topic == null || !model.changeGuard().allowsChanges()) {
            return;
        }
        if (Confirm.ask(window(), "Delete topic", "Delete topic “" + topic.name() + "”?",
                "Its " + topic.partitions() + (topic.partitions() == 1 ? " partition" : " partitions")
                        + " and every record in them will be deleted. This cannot be undone.", "Delete")) {
            model.deleteTopic(topic.name());
        }
    }

    private Window window() {
        return topicTable.getScene().getWindow();
    }
}
