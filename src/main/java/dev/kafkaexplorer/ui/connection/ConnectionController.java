package dev.kafkaexplorer.ui.connection;

import static dev.kafkaexplorer.ui.common.Labels.showWhenSet;

import dev.kafkaexplorer.kafka.doctor.DoctorStep;
import dev.kafkaexplorer.registry.RegistryAccess;
import dev.kafkaexplorer.ui.common.CommandBindings;
import dev.kafkaexplorer.ui.connection.ConnectionViewModel.State;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Binds the connection bar to its {@link ConnectionViewModel}. */
public final class ConnectionController {

    private final ConnectionViewModel model;

    @FXML private ComboBox<String> bootstrapServers;
    @FXML private Button connectButton;
    @FXML private Button localBrokerButton;
    @FXML private ProgressIndicator connectionProgress;
    @FXML private Button cancelConnectButton;
    @FXML private Label connectionStatus;
    @FXML private Label profileBadge;
    @FXML private Label bootstrapError;
    @FXML private Button diagnoseButton;
    @FXML private VBox doctorPanel;
    @FXML private Label doctorSummary;
    @FXML private ProgressIndicator doctorProgress;
    @FXML private Button doctorAgainButton;
    @FXML private Button doctorCloseButton;
    @FXML private ListView<DoctorStep> doctorSteps;
    @FXML private HBox firstStartNote;
    @FXML private Label firstStartNoteText;
    @FXML private Button firstStartNoteClose;

    public ConnectionController(ConnectionViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        bootstrapServers.setItems(model.recentServers());
        bootstrapServers.getEditor().textProperty().bindBidirectional(model.bootstrapTextProperty());
        connectButton.disableProperty().bind(model.canConnectProperty().not());
        connectButton.setOnAction(e -> model.connect());
        // Enter connects from the address field only: as the window's default button, Connect
        // fired on Enter in any field without an action of its own (the topic filter), and reconnected.
        bootstrapServers.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !connectButton.isDisabled()) {
                connectButton.fire();
                e.consume();
            }
        });

        // An empty field says what it needs as a hint; a malformed one is an error.
        showWhenSet(bootstrapError, model.bootstrapErrorProperty());
        model.bootstrapTextProperty().addListener((obs, old, text) -> markEmpty(text));
        markEmpty(model.bootstrapTextProperty().get());

        localBrokerButton.textProperty().bind(model.localBrokerActionProperty());
        localBrokerButton.disableProperty().bind(model.brokerStateProperty().isEqualTo(BrokerState.STARTING)
                .or(model.brokerStateProperty().isEqualTo(BrokerState.STOPPING)));
        localBrokerButton.setOnAction(e -> model.toggleLocalBroker());

        connectionProgress.visibleProperty().bind(model.stateProperty().isEqualTo(State.CONNECTING)
                .or(model.brokerStateProperty().isEqualTo(BrokerState.STOPPING)));
        connectionProgress.managedProperty().bind(connectionProgress.visibleProperty());
        cancelConnectButton.visibleProperty().bind(model.stateProperty().isEqualTo(State.CONNECTING));
        cancelConnectButton.managedProperty().bind(cancelConnectButton.visibleProperty());
        cancelConnectButton.setOnAction(e -> model.cancelConnect());
        connectionStatus.textProperty().bind(model.statusProperty());
        // Lets tests connect this window with a profile they made, as the Clusters window's Connect does.
        connectionStatus.getProperties().put(ConnectionViewModel.class, model);
        Tooltip statusTip = new Tooltip();
        statusTip.textProperty().bind(Bindings.createStringBinding(() -> model.statusProperty().get()
                + registryLine(model.connectionProperty().get()), model.statusProperty(), model.connectionProperty()));
        statusTip.setWrapText(true);
        statusTip.setMaxWidth(600);
        connectionStatus.setTooltip(statusTip);
        model.stateProperty().addListener((obs, old, state) -> styleStatus(state));
        styleStatus(model.stateProperty().get());
        bindDoctor(model.doctor());
        firstStartNoteText.textProperty().bind(model.firstStartNote().textProperty());
        firstStartNote.visibleProperty().bind(firstStartNoteText.textProperty().isNotEmpty());
        firstStartNote.managedProperty().bind(firstStartNote.visibleProperty());
        firstStartNoteClose.setOnAction(e -> model.firstStartNote().dismiss());
        model.labelProperty().addListener((obs, old, label) -> showBadge(label));
        showBadge(model.labelProperty().get());
    }

    /** The badge names the cluster the screens work on, in its colour; none while there is none. */
    private void showBadge(ConnectionLabel label) {
        profileBadge.setVisible(label != null);
        profileBadge.setManaged(label != null);
        profileBadge.setText(label == null ? "" : label.badgeText());
        profileBadge.setStyle(label == null ? "" : "-fx-background-color: " + label.colour() + ";");
        // The badge may be cut (a long profile name): its tooltip names the cluster whole.
        profileBadge.setTooltip(label == null ? null : new Tooltip(label.badgeText() + (label.production()
                ? " — a production cluster: take care" : " — the cluster this window works on")));
    }

    /** The tooltip's second line: the schema registry the screens use with this cluster (its URL holds no secret). */
    private static String registryLine(ConnectionViewModel.Connection connection) {
        return connection == null ? "" : "\nSchema registry: "
                + connection.access().schemaRegistry().map(RegistryAccess::url).orElse("none");
    }

    private void bindDoctor(DoctorViewModel doctor) {
        CommandBindings.bind(diagnoseButton, doctor.diagnoseCommand());
        // Offered after any failed connect, also one that kept the working connection; while the
        // panel is open its own "Check again" runs the same command.
        diagnoseButton.visibleProperty().bind(doctor.diagnoseCommand().executableProperty().and(doctor.shownProperty().not()));
        diagnoseButton.managedProperty().bind(diagnoseButton.visibleProperty());
        doctorPanel.visibleProperty().bind(doctor.shownProperty());
        doctorPanel.managedProperty().bind(doctorPanel.visibleProperty());
        doctorSummary.textProperty().bind(doctor.summaryProperty());
        doctorProgress.visibleProperty().bind(doctor.runningProperty());
        doctorProgress.managedProperty().bind(doctorProgress.visibleProperty());
        CommandBindings.bind(doctorAgainButton, doctor.diagnoseCommand());
        CommandBindings.bind(doctorCloseButton, doctor.closeCommand());
        doctorSteps.setItems(doctor.steps());
        doctorSteps.setCellFactory(DoctorStepCell::new);
        doctorSteps.setPlaceholder(new Label("Checking…"));
    }

    private void styleStatus(State state) {
        connectionStatus.getStyleClass().removeAll("connected", "failed");
        if (state == State.CONNECTED) {
            connectionStatus.getStyleClass().add("connected");
        } else if (state == State.FAILED || state == State.UNREACHABLE) {
            connectionStatus.getStyleClass().add("failed");
        }
    }

    private void markEmpty(String text) {
        bootstrapError.getStyleClass().removeAll("field-error", "field-hint");
        bootstrapError.getStyleClass().add(text == null || text.isEmpty() ? "field-hint" : "field-error");
    }
}
