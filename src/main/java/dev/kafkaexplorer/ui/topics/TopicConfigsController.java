package dev.kafkaexplorer.ui.topics;

import dev.kafkaexplorer.kafka.topic.TopicConfigValue;
import dev.kafkaexplorer.ui.common.Labels;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/** Binds the Configs tab of the topic details to its {@link TopicConfigsViewModel}. */
public final class TopicConfigsController {

    private static final String OVERRIDDEN = "config-overridden";
    private final TopicConfigsViewModel model;

    @FXML private TextField configFilter;
    @FXML private CheckBox configOnlyOverridden;
    @FXML private Label configStatus;
    @FXML private TableView<TopicConfigValue> configTable;
    @FXML private TableColumn<TopicConfigValue, String> configNameColumn;
    @FXML private TableColumn<TopicConfigValue, String> configValueColumn;
    @FXML private TableColumn<TopicConfigValue, String> configSourceColumn;
    @FXML private TableColumn<TopicConfigValue, String> configDefaultColumn;
    @FXML private Label configName;
    @FXML private TextField configValue;
    @FXML private Button configSave;
    @FXML private Button configReset;
    @FXML private Label configError;
    @FXML private Label configHint;
    @FXML private Label configDoc;

    public TopicConfigsController(TopicConfigsViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        configNameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        configValueColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().shownValue()));
        configSourceColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().origin().label()));
        configDefaultColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().overridden() ? "no" : "yes"));
        configTable.setItems(model.visibleConfigs());
        configTable.setRowFactory(table -> new ConfigRow());
        configTable.setPlaceholder(new Label("Select a topic to see its configs."));

        configFilter.textProperty().bindBidirectional(model.filterTextProperty());
        configOnlyOverridden.selectedProperty().bindBidirectional(model.onlyOverriddenProperty());
        configStatus.textProperty().bind(model.statusProperty());

        // The table's selection is the config being edited, both ways (the model re-selects after a reload).
        configTable.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.selectedProperty().set(now);
            }
        });
        model.selectedProperty().addListener((obs, old, now) -> {
            if (now == null) {
                configTable.getSelectionModel().clearSelection();
            } else if (!Objects.equals(configTable.getSelectionModel().getSelectedItem(), now)) {
                configTable.getSelectionModel().select(now);
            }
        });

        var nothingSelected = model.selectedProperty().isNull();
        configName.textProperty().bind(Bindings.createStringBinding(() -> model.selectedProperty().get() == null
                ? "Select a config to change it" : model.selectedProperty().get().name(), model.selectedProperty()));
        configDoc.textProperty().bind(Bindings.createStringBinding(() -> model.selectedProperty().get() == null
                ? "" : model.selectedProperty().get().documentation(), model.selectedProperty()));
        configValue.textProperty().bindBidirectional(model.editTextProperty());
        configValue.disableProperty().bind(nothingSelected);
        configValue.setOnAction(e -> model.save());
        // Enter on a row edits its value, rather than reaching the window's default button (Connect).
        configTable.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && model.selectedProperty().get() != null) {
                e.consume();
                configValue.requestFocus();
                configValue.selectAll();
            }
        });
        Labels.showWhenSet(configError, model.errorProperty());
        Labels.showWhenSet(configHint, model.hintProperty());
        configSave.disableProperty().bind(model.canSaveProperty().not());
        configSave.setOnAction(e -> model.save());
        configReset.disableProperty().bind(model.canResetProperty().not());
        configReset.setOnAction(e -> model.reset());
    }

    /** A row that stands out when the topic sets the value itself. */
    private static final class ConfigRow extends TableRow<TopicConfigValue> {
        @Override
        protected void updateItem(TopicConfigValue item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().remove(OVERRIDDEN);
            if (!empty && item != null && item.overridden()) {
                getStyleClass().add(OVERRIDDEN);
            }
        }
    }
}
