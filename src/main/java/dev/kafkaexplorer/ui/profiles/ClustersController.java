package dev.kafkaexplorer.ui.profiles;

import dev.kafkaexplorer.kafka.doctor.DoctorStep;
import dev.kafkaexplorer.settings.ClusterProfile;
import dev.kafkaexplorer.ui.common.CommandBindings;
import dev.kafkaexplorer.ui.common.Confirm;
import dev.kafkaexplorer.ui.connection.DoctorStepCell;
import dev.kafkaexplorer.ui.connection.DoctorViewModel;
import java.io.File;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Binds the Clusters window (profile list, its actions, Save / Connect / Test connection) to its {@link ClustersViewModel}. */
public final class ClustersController {

    private static final FileChooser.ExtensionFilter PROPERTIES =
            new FileChooser.ExtensionFilter("Kafka client properties", "*.properties", "*.conf", "*.config");

    private final ClustersViewModel model;
    /** Set while the list's selection is put back after the user chose to keep editing. */
    private boolean restoring;

    @FXML private SplitPane clustersRoot;
    @FXML private ListView<ClusterProfile> profileList;
    @FXML private Button addProfileButton;
    @FXML private Button duplicateProfileButton;
    @FXML private Button deleteProfileButton;
    @FXML private Button moveProfileUpButton;
    @FXML private Button moveProfileDownButton;
    @FXML private Button importProfileButton;
    @FXML private Button saveProfileButton;
    @FXML private Button connectProfileButton;
    @FXML private Button testConnectionButton;
    @FXML private Button exportProfileButton;
    @FXML private ProgressIndicator doctorProgress;
    @FXML private Label profileNotice;
    @FXML private Label testProblem;
    @FXML private VBox doctorPanel;
    @FXML private Label doctorSummary;
    @FXML private ListView<DoctorStep> doctorSteps;

    public ClustersController(ClustersViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        profileList.setItems(model.profiles());
        profileList.setCellFactory(list -> new ProfileCell());
        // Lets tests reach import and export without the native file dialog, which cannot run headless.
        profileList.getProperties().put(ClustersViewModel.class, model);
        profileList.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> selectionChanged(old, now));
        model.selectedProperty().addListener((obs, old, now) -> {
            if (now != profileList.getSelectionModel().getSelectedItem()) {
                restoring = true;
                profileList.getSelectionModel().select(now);
                restoring = false;
            }
        });
        addProfileButton.setOnAction(e -> {
            if (mayLeave()) {
                model.add();
            }
        });
        importProfileButton.setOnAction(e -> importFile());
        exportProfileButton.setOnAction(e -> exportFile());
        exportProfileButton.disableProperty().bind(model.editor().editableProperty().not());
        // The copy is made of the saved profile and shown instead: what was typed is asked about first.
        duplicateProfileButton.disableProperty().bind(model.duplicateCommand().executableProperty().not());
        duplicateProfileButton.setOnAction(e -> {
            if (mayLeave()) {
                model.duplicateCommand().execute();
            }
        });
        CommandBindings.bind(moveProfileUpButton, model.moveUpCommand());
        CommandBindings.bind(moveProfileDownButton, model.moveDownCommand());
        CommandBindings.bind(saveProfileButton, model.saveCommand());
        CommandBindings.bind(connectProfileButton, model.connectCommand());
        CommandBindings.bind(testConnectionButton, model.testConnectionCommand());
        deleteProfileButton.disableProperty().bind(model.deleteCommand().executableProperty().not());
        deleteProfileButton.setOnAction(e -> confirmDelete());
        profileNotice.textProperty().bind(model.noticeProperty());
        testProblem.textProperty().bind(model.testProblemProperty());
        testProblem.visibleProperty().bind(model.testProblemProperty().isNotEmpty());
        testProblem.managedProperty().bind(testProblem.visibleProperty());
        bindDoctor(model.doctor());
    }

    private void bindDoctor(DoctorViewModel doctor) {
        doctorPanel.visibleProperty().bind(doctor.shownProperty());
        doctorPanel.managedProperty().bind(doctorPanel.visibleProperty());
        doctorSummary.textProperty().bind(doctor.summaryProperty());
        doctorProgress.visibleProperty().bind(doctor.runningProperty());
        doctorProgress.managedProperty().bind(doctorProgress.visibleProperty());
        doctorSteps.setItems(doctor.steps());
        doctorSteps.setCellFactory(DoctorStepCell::new);
        doctorSteps.setPlaceholder(new Label("Checking…"));
        FailedStepInView.keep(doctorSteps);
    }

    private void selectionChanged(ClusterProfile old, ClusterProfile now) {
        if (restoring || now == null || now == model.selectedProperty().get()) {
            return;
        }
        if (!mayLeave()) {
            // Put back after this change has finished: a selection changed inside its own listener is lost.
            Platform.runLater(() -> {
                restoring = true;
                profileList.getSelectionModel().select(model.selectedProperty().get());
                restoring = false;
            });
            return;
        }
        model.select(now);
    }

    /** Whether the selected profile may be left: nothing typed, or the user lets it go. */
    boolean mayLeave() {
        ClusterProfile current = model.selectedProperty().get();
        return !model.hasUnsavedChanges() || Confirm.ask(window(), "Unsaved changes",
                "Discard the changes to " + (current == null ? "this profile" : "\"" + current.name() + "\"") + "?",
                "What was typed since the last save is lost.", "Discard");
    }

    private void confirmDelete() {
        ClusterProfile gone = model.selectedProperty().get();
        if (gone != null && Confirm.ask(window(), "Delete profile", "Delete the profile \"" + gone.name() + "\"?",
                "Its settings and its saved secrets are removed. The cluster itself is not touched.", "Delete")) {
            model.deleteCommand().execute();
        }
    }

    private void importFile() {
        if (!mayLeave()) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import Kafka client properties");
        chooser.getExtensionFilters().addAll(PROPERTIES, new FileChooser.ExtensionFilter("All files", "*"));
        File file = chooser.showOpenDialog(window());
        if (file != null) {
            model.importFrom(file.toPath());
        }
    }

    private void exportFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export as Kafka client properties (without secrets)");
        chooser.getExtensionFilters().add(PROPERTIES);
        chooser.setInitialFileName(model.editor().nameProperty().get().replaceAll("[^A-Za-z0-9._-]+", "-") + ".properties");
        File file = chooser.showSaveDialog(window());
        if (file != null) {
            model.exportTo(file.toPath());
        }
    }

    private Window window() {
        return clustersRoot.getScene().getWindow();
    }
}
