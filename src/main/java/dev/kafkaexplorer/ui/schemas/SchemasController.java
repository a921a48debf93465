package dev.kafkaexplorer.ui.schemas;

import static dev.kafkaexplorer.ui.common.Labels.showWhenSet;

import dev.kafkaexplorer.ui.common.CommandBindings;
import dev.kafkaexplorer.ui.common.Confirm;
import dev.kafkaexplorer.ui.common.EmptyState;
import dev.kafkaexplorer.ui.common.ReadOnlyNotice;
import dev.kafkaexplorer.ui.common.TabShown;
import java.util.Objects;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * Binds the Schemas tab's frame to its {@link SchemasViewModel}: the subjects with their filter,
 * the chosen subject's header (compatibility level, delete), the global level, and the empty state
 * shown without a connection or registry. The inner tabs have controllers of their own.
 */
public final class SchemasController {

    private final SchemasViewModel model;

    @FXML private VBox schemasRoot;
    @FXML private Label schemasReadOnlyNotice;
    @FXML private StackPane schemasStack;
    @FXML private SplitPane schemasSplit;
    @FXML private TextField subjectFilter;
    @FXML private ListView<String> subjectList;
    @FXML private Label subjectCount;
    @FXML private Button schemasRefresh;
    @FXML private ComboBox<String> globalLevelChoice;
    @FXML private Button globalLevelApply;
    @FXML private Label subjectTitle;
    @FXML private ComboBox<String> subjectLevelChoice;
    @FXML private Button subjectLevelApply;
    @FXML private Button deleteSubjectButton;
    @FXML private Label schemasRefusal;
    @FXML private Label schemasMessage;

    public SchemasController(SchemasViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        ReadOnlyNotice.bind(schemasReadOnlyNotice, model.changeGuard());
        subjectFilter.textProperty().bindBidirectional(model.filterTextProperty());
        subjectList.setItems(model.visibleSubjects());
        subjectList.setPlaceholder(placeholder(model.placeholderTextProperty()));
        // The list's selection drives the model; the model's choice (Show schema, a refresh) is put back on the list.
        subjectList.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.select(now);
            }
        });
        model.selectedSubjectProperty().addListener((obs, old, now) -> reselect());
        subjectList.getItems().addListener((ListChangeListener<String>) change -> reselect());
        subjectCount.textProperty().bind(model.countTextProperty());
        CommandBindings.bind(schemasRefresh, model.refreshCommand());
        subjectTitle.textProperty().bind(model.selectedSubjectProperty().orElse("No subject chosen"));
        showWhenSet(schemasRefusal, model.refusalProperty());
        schemasMessage.textProperty().bind(model.messageProperty());
        bindLevels();
        deleteSubjectButton.disableProperty().bind(model.deletion().canDeleteSubjectProperty().not());
        deleteSubjectButton.setOnAction(e -> confirmDeleteSubject());
        showEmptyState();
        TabShown.whenShown(schemasRoot, model::opened);
    }

    private void bindLevels() {
        CompatibilityLevels levels = model.levels();
        var readOnly = model.changeGuard().allowsChangesProperty().not();
        globalLevelChoice.getItems().setAll(CompatibilityLevels.LEVELS);
        globalLevelChoice.valueProperty().bindBidirectional(levels.globalChoiceProperty());
        globalLevelChoice.disableProperty().bind(levels.globalLevelProperty().isNull().or(readOnly));
        CommandBindings.bind(globalLevelApply, levels.applyGlobalCommand());
        subjectLevelChoice.getItems().setAll(CompatibilityLevels.LEVELS);
        subjectLevelChoice.valueProperty().bindBidirectional(levels.subjectChoiceProperty());
        subjectLevelChoice.disableProperty().bind(levels.subjectLevelProperty().isNull().or(readOnly));
        CommandBindings.bind(subjectLevelApply, levels.applySubjectCommand());
    }

    /** No connection, no registry, or a registry that did not answer: said in words over the whole tab, with Retry for the last. */
    private void showEmptyState() {
        EmptyState empty = new EmptyState(Material2AL.ACCOUNT_TREE, model.emptyTextProperty())
                .withAction("schemasRetry", "Retry", Material2MZ.REFRESH, model.retryOfferedProperty(), model::refresh);
        empty.setId("schemasEmptyState");
        empty.getStyleClass().add("schemas-empty");
        empty.setMaxWidth(640);
        empty.visibleProperty().bind(model.emptyTextProperty().isNotEmpty());
        schemasSplit.visibleProperty().bind(empty.visibleProperty().not());
        schemasStack.getChildren().add(empty);
    }

    private void reselect() {
        String chosen = model.selectedSubjectProperty().get();
        if (chosen == null) {
            subjectList.getSelectionModel().clearSelection();
        } else if (!Objects.equals(subjectList.getSelectionModel().getSelectedItem(), chosen)) {
            subjectList.getSelectionModel().select(chosen);
            subjectList.scrollTo(chosen);
        }
    }

    private void confirmDeleteSubject() {
        SchemaDeletion.Question question = model.deletion().subjectQuestion();
        String subject = model.selectedSubjectProperty().get();
        if (question != null && confirm(subjectList, question)) {
            model.deletion().deleteSubject(subject);
        }
    }

    /** Asks {@code question} over the window of {@code near}; true when the user chose to delete. */
    static boolean confirm(Node near, SchemaDeletion.Question question) {
        return Confirm.ask(near.getScene().getWindow(), question.title(), question.question(), question.consequences(),
                question.action());
    }

    static Label placeholder(ObservableValue<String> text) {
        Label label = new Label();
        label.getStyleClass().add("table-placeholder");
        label.setWrapText(true);
        label.textProperty().bind(text);
        return label;
    }
}
