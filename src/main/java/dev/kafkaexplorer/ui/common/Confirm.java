package dev.kafkaexplorer.ui.common;

import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** The question before an action that cannot be undone: Cancel is the default, so Enter never does it. */
public final class Confirm {

    private Confirm() {
    }

    /** Asks and waits for the answer; true when the user chose {@code action}. FX thread only. */
    public static boolean ask(Window owner, String title, String question, String consequences, String action) {
        ButtonType doIt = new ButtonType(action, ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, null, doIt, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(question);
        alert.setContentText(consequences);
        ((Button) alert.getDialogPane().lookupButton(doIt)).setDefaultButton(false);
        ((Button) alert.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        return alert.showAndWait().filter(doIt::equals).isPresent();
    }
}
