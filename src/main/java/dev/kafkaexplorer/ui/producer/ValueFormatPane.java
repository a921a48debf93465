package dev.kafkaexplorer.ui.producer;

import static dev.kafkaexplorer.ui.common.Labels.showWhenSet;

import dev.kafkaexplorer.kafka.produce.ProducedValueFormat;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * The producer's "Value format" section, a part of the producer view of its own
 * ({@code fxml/producer-value-format.fxml}) bound to the view-model's {@link ValueEncoding}: the
 * format, the schema file and Protobuf message when the format reads one, the subject and the
 * schema that will be registered. Its title says the kind chosen while it is collapsed.
 */
public final class ValueFormatPane extends TitledPane {

    @FXML private ComboBox<ProducedValueFormat> producerValueFormat;
    @FXML private Label producerRegistryError;
    @FXML private Label producerSchemaFileLabel;
    @FXML private VBox producerSchemaFileBox;
    @FXML private TextField producerSchemaFile;
    @FXML private Button producerSchemaFileChoose;
    @FXML private Label producerSchemaFileError;
    @FXML private Label producerMessageLabel;
    @FXML private VBox producerMessageBox;
    @FXML private TextField producerMessageName;
    @FXML private Label producerMessageError;
    @FXML private Label producerSubjectLabel;
    @FXML private VBox producerSubjectBox;
    @FXML private Label producerSubject;
    @FXML private TextArea producerSchemaText;

    public ValueFormatPane() {
        FXMLLoader loader = new FXMLLoader(ValueFormatPane.class.getResource("/fxml/producer-value-format.fxml"));
        loader.setRoot(this);
        loader.setController(this);
        try {
            loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load the producer's value format view", e);
        }
    }

    /** Binds the section to {@code values}; its inputs are fixed while {@code running}. */
    void bind(ValueEncoding values, ObservableBooleanValue running) {
        producerValueFormat.getItems().setAll(values.formats());
        producerValueFormat.valueProperty().bindBidirectional(values.formatProperty());
        // The kind only: a title as long as the whole choice would make the form wider than its half of the window.
        textProperty().bind(values.formatProperty().map(format -> "Value format: "
                + (format.usesRegistry() ? format.schemaType().label() : format)));
        showWhenSet(producerRegistryError, values.registryErrorProperty());
        var format = values.formatProperty();
        showWhile(format.map(ProducedValueFormat::fromFile), producerSchemaFileLabel, producerSchemaFileBox);
        showWhile(format.map(ProducedValueFormat::needsMessage), producerMessageLabel, producerMessageBox);
        showWhile(format.map(ProducedValueFormat::usesRegistry), producerSubjectLabel, producerSubjectBox);
        producerSchemaFile.textProperty().bindBidirectional(values.fileProperty());
        producerSchemaFile.promptTextProperty().bind(format.map(f -> "path of the " + f.fileExtension() + " file"));
        showWhenSet(producerSchemaFileError, values.fileErrorProperty());
        producerMessageName.textProperty().bindBidirectional(values.messageNameProperty());
        showWhenSet(producerMessageError, values.messageErrorProperty());
        producerSubject.textProperty().bind(values.subjectProperty().map(s -> s.isEmpty() ? "(choose a topic)" : s));
        producerSchemaText.textProperty().bind(values.schemaTextProperty());
        producerSchemaText.visibleProperty().bind(values.schemaTextProperty().isNotEmpty());
        producerSchemaText.managedProperty().bind(producerSchemaText.visibleProperty());
        for (Node input : List.of(producerValueFormat, producerSchemaFile, producerSchemaFileChoose, producerMessageName)) {
            input.disableProperty().bind(running);
        }
        producerSchemaFileChoose.setOnAction(e -> chooseFile(values));
    }

    private static void showWhile(ObservableValue<Boolean> shown, Node... nodes) {
        for (Node node : nodes) {
            node.visibleProperty().bind(BooleanExpression.booleanExpression(shown));
            node.managedProperty().bind(node.visibleProperty());
        }
    }

    private void chooseFile(ValueEncoding values) {
        ProducedValueFormat format = values.formatProperty().get();
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Schema file (" + format.fileExtension() + ")");
        chooser.getExtensionFilters().setAll(
                new FileChooser.ExtensionFilter(format.schemaType().label() + " files", "*" + format.fileExtension()),
                new FileChooser.ExtensionFilter("All files", "*"));
        File file = chooser.showOpenDialog(getScene().getWindow());
        if (file != null) {
            values.fileProperty().set(file.getAbsolutePath());
        }
    }
}
