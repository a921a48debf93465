package dev.kafkaexplorer.ui.main;

import dev.kafkaexplorer.settings.AppDirectories;
import dev.kafkaexplorer.ui.common.Views;
import dev.kafkaexplorer.ui.connection.ConnectionViewModel.Connection;
import javafx.scene.Parent;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The About box: versions, folders and the window's schema registry, modal to the main window. */
final class AboutDialog {

    private AboutDialog() {
    }

    static void show(Window owner, AppDirectories directories, Connection connection) {
        AboutInfo info = AboutInfo.of(directories, connection);
        Parent root = Views.load("about.fxml", type -> new AboutController(info));
        Stage dialog = new Stage();
        dialog.setTitle("About Kafka Explorer");
        dialog.initOwner(owner);
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setResizable(false);
        dialog.setScene(Views.scene(root));
        Views.dress(dialog);
        dialog.show();
    }
}
