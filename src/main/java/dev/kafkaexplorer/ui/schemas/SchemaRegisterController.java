package dev.kafkaexplorer.ui.schemas;

import static dev.kafkaexplorer.ui.common.Labels.showWhenSet;

import dev.kafkaexplorer.registry.SchemaType;
import dev.kafkaexplorer.ui.common.BoundedTextArea;
import dev.kafkaexplorer.ui.common.CommandBindings;
import javafx.beans.value.ObservableStringValue;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;

/** The New version tab: subject, type and schema text as typed; Check compatibility and Register with the registry's answer in words. */
public final class SchemaRegisterController {

    private final NewSchemaVersion form;
    private final SubjectVersions versions;

    @FXML private TextField registerSubject;
    @FXML private Label registerSubjectError;
    @FXML private ComboBox<SchemaType> registerType;
    @FXML private BoundedTextArea registerSchema;
    @FXML private Label registerSchemaError;
    @FXML private Button checkCompatibilityButton;
    @FXML private Button registerButton;
    @FXML private Label registerOutcome;
    @FXML private Button startFromShownButton;

    public SchemaRegisterController(SchemasViewModel model) {
        this.form = model.newVersion();
        this.versions = model.versions();
    }

    @FXML
    private void initialize() {
        registerSubject.textProperty().bindBidirectional(form.subjectProperty());
        showWhenSet(registerSubjectError, form.subjectErrorProperty());
        registerType.getItems().setAll(SchemaType.values());
        registerType.setConverter(new StringConverter<>() {
            @Override
            public String toString(SchemaType type) {
                return type == null ? "" : type.label();
            }

            @Override
            public SchemaType fromString(String label) {
                return null;
            }
        });
        registerType.valueProperty().bindBidirectional(form.typeProperty());
        registerSchema.limit(NewSchemaVersion.MOST_CHARACTERS, whole -> form.refuseTooLong(whole.length()));
        registerSchema.textProperty().bindBidirectional(form.schemaTextProperty());
        showWhenSet(registerSchemaError, form.schemaErrorProperty());
        // What an empty field lacks reads as a hint; a refusal of what was typed as an error.
        asHintWhileEmpty(registerSubjectError, form.subjectProperty());
        asHintWhileEmpty(registerSchemaError, form.schemaTextProperty());
        CommandBindings.bind(checkCompatibilityButton, form.checkCommand());
        CommandBindings.bind(registerButton, form.registerCommand());
        showWhenSet(registerOutcome, form.outcomeProperty());
        var shown = versions.shownProperty();
        startFromShownButton.textProperty().bind(shown.map(s -> "Start from v" + s.schema().version())
                .orElse("Start from the shown version"));
        startFromShownButton.disableProperty().bind(shown.isNull());
        startFromShownButton.setOnAction(e -> form.startFrom(shown.get()));
        form.outcomeKindProperty().addListener((obs, old, now) -> {
            registerOutcome.getStyleClass().removeAll("outcome-good", "outcome-bad");
            if (now != NewSchemaVersion.Outcome.NONE) {
                registerOutcome.getStyleClass().add(now == NewSchemaVersion.Outcome.GOOD ? "outcome-good" : "outcome-bad");
            }
        });
    }

    private static void asHintWhileEmpty(Label message, ObservableStringValue field) {
        Runnable restyle = () -> {
            boolean empty = field.get() == null || field.get().isBlank();
            message.getStyleClass().removeAll("field-hint", "field-error");
            message.getStyleClass().add(empty ? "field-hint" : "field-error");
        };
        field.addListener(obs -> restyle.run());
        restyle.run();
    }
}
