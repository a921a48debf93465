package dev.kafkaexplorer.ui.schemas;

import static dev.kafkaexplorer.ui.common.Labels.showWhenSet;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.ClipboardContent;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * The Versions tab: the chosen subject's versions, and the chosen version's schema coloured by its
 * tokens (made on the workers; here only turned into text nodes, at most {@link ShownSchema#SHOWN_AT_MOST}
 * characters of them), with its id, type and references.
 */
public final class SchemaVersionsController {

    private final SchemasViewModel model;
    private final SubjectVersions versions;

    @FXML private ListView<Integer> versionList;
    @FXML private Label schemaMeta;
    @FXML private Label schemaReferences;
    @FXML private Label schemaCutNote;
    @FXML private Label schemaPlaceholder;
    @FXML private ScrollPane schemaScroll;
    @FXML private TextFlow schemaText;
    @FXML private Button copySchemaButton;
    @FXML private Button deleteVersionButton;

    public SchemaVersionsController(SchemasViewModel model) {
        this.model = model;
        this.versions = model.versions();
    }

    @FXML
    private void initialize() {
        versionList.setItems(versions.versions());
        versionList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Integer version, boolean empty) {
                super.updateItem(version, empty);
                setText(empty || version == null ? null : "Version " + version);
            }
        });
        versionList.setPlaceholder(SchemasController.placeholder(versions.subjectProperty()
                .map(s -> "No versions").orElse("No subject chosen")));
        versionList.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                versions.select(now);
            }
        });
        versions.selectedVersionProperty().addListener((obs, old, now) -> {
            if (now == null) {
                versionList.getSelectionModel().clearSelection();
            } else if (!now.equals(versionList.getSelectionModel().getSelectedItem())) {
                versionList.getSelectionModel().select(now);
            }
        });
        var shown = versions.shownProperty();
        showWhenSet(schemaMeta, Bindings.convert(shown.map(ShownSchema::describe).orElse("")));
        showWhenSet(schemaReferences, Bindings.convert(shown.map(ShownSchema::referencesText).orElse("")));
        showWhenSet(schemaCutNote, Bindings.convert(shown.map(ShownSchema::cutNote).orElse("")));
        showWhenSet(schemaPlaceholder, versions.placeholderProperty());
        schemaScroll.visibleProperty().bind(shown.isNotNull());
        shown.addListener((obs, old, now) -> show(now));
        copySchemaButton.disableProperty().bind(shown.isNull());
        copySchemaButton.setOnAction(e -> copy());
        deleteVersionButton.disableProperty().bind(model.deletion().canDeleteVersionProperty().not());
        deleteVersionButton.setOnAction(e -> confirmDelete());
    }

    /** Lays out the tokens: one text node each, coloured by its kind's style class. */
    private void show(ShownSchema shown) {
        if (shown == null) {
            schemaText.getChildren().clear();
            return;
        }
        List<Text> nodes = new ArrayList<>(shown.tokens().size());
        for (SchemaTokens.Token token : shown.tokens()) {
            Text text = new Text(token.text());
            text.getStyleClass().addAll("schema-token", token.kind().styleClass());
            nodes.add(text);
        }
        schemaText.getChildren().setAll(nodes);
        schemaScroll.setVvalue(0);
        schemaScroll.setHvalue(0);
    }

    private void copy() {
        ShownSchema shown = versions.shownProperty().get();
        ClipboardContent content = new ClipboardContent();
        content.putString(shown.prettyText());
        javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
    }

    private void confirmDelete() {
        SchemaDeletion.Question question = model.deletion().versionQuestion();
        String subject = versions.subjectProperty().get();
        Integer version = versions.selectedVersionProperty().get();
        if (question != null && SchemasController.confirm(versionList, question)) {
            model.deletion().deleteVersion(subject, version);
        }
    }
}
