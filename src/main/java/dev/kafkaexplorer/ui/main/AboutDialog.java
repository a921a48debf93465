package dev.kafkaexplorer.ui.main;

import dev.kafkaexplorer.settings.AppDirectories;
import dev.kafkaexplorer.ui.common.Views;
import javafx.scene.Parent;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The About box: versions and folders, modal to the main window. */
final class AboutDialog {

    private AboutDialog() {
    }

    static void show(Window owner, AppDirectories directories) {
        AboutInfo info = AboutInfo.of(directories);
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
