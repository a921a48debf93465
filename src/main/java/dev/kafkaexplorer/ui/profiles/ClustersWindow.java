package dev.kafkaexplorer.ui.profiles;

import dev.kafkaexplorer.settings.ClusterProfile;
import dev.kafkaexplorer.settings.ProfileRepository;
import dev.kafkaexplorer.ui.common.UiRuntime;
import dev.kafkaexplorer.ui.common.Views;
import dev.kafkaexplorer.ui.connection.ConnectionDiagnosis;
import java.util.function.Consumer;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The Clusters window: non-modal, owned by the main window, built when first opened and kept
 * (hidden) after it is closed; each opening reads the saved profiles afresh.
 */
public final class ClustersWindow {

    public static final String TITLE = "Clusters — Kafka Explorer";

    private final ClustersViewModel model;
    private Stage stage;
    private ClustersController controller;

    /** @param connect connects the main window with a saved profile */
    public ClustersWindow(UiRuntime runtime, ProfileRepository profiles, ConnectionDiagnosis diagnosis,
                          Consumer<ClusterProfile> connect, ProfileTools tools) {
        this.model = new ClustersViewModel(runtime, profiles, diagnosis, connect, tools);
    }

    /** Shows the window over {@code owner} (brings it forward when it is open already). FX thread. */
    public void show(Window owner) {
        if (stage == null) {
            stage = build(owner);
        }
        if (!stage.isShowing()) {
            model.open(null);
            stage.show();
        }
        stage.toFront();
    }

    /** Closes the window, unsaved edits and all: its main window is closing. FX thread. */
    public void close() {
        if (stage != null) {
            stage.hide();
        }
    }

    private Stage build(Window owner) {
        Parent root = Views.load("clusters.fxml", type -> {
            if (type == ClustersController.class) {
                controller = new ClustersController(model);
                return controller;
            }
            if (type == ProfileEditorController.class) {
                return new ProfileEditorController(model.editor());
            }
            throw new IllegalArgumentException("No controller for " + type);
        });
        Scene scene = Views.scene(root);
        scene.getStylesheets().add(ClustersWindow.class.getResource("/css/profiles.css").toExternalForm());
        Stage window = new Stage();
        window.initOwner(owner);
        window.setTitle(TITLE);
        window.setScene(scene);
        window.setMinWidth(640);
        window.setMinHeight(420);
        // As large as the editor likes, but never past the screen the main window is on.
        Rectangle2D screen = Screen.getScreensForRectangle(owner.getX(), owner.getY(), owner.getWidth(), owner.getHeight())
                .stream().findFirst().orElse(Screen.getPrimary()).getVisualBounds();
        window.setWidth(Math.min(1040, screen.getWidth() - 40));
        window.setHeight(Math.min(760, screen.getHeight() - 40));
        Views.dress(window);
        // Closing with unsaved changes asks first, as switching profiles does.
        window.setOnCloseRequest(e -> {
            if (!controller.mayLeave()) {
                e.consume();
            }
        });
        return window;
    }
}
