package dev.kafkaexplorer.ui.main;

import dev.kafkaexplorer.ui.common.Views;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Help → Keyboard shortcuts: a table of every shortcut, modal to the main window. */
final class ShortcutsDialog {

    private ShortcutsDialog() {
    }

    static void show(Window owner, List<KeyboardShortcuts.Shortcut> shortcuts) {
        TableView<KeyboardShortcuts.Shortcut> table = new TableView<>(FXCollections.observableArrayList(shortcuts));
        table.setId("shortcutsTable");
        table.getColumns().add(column("Keys", KeyboardShortcuts.Shortcut::keys, 150));
        table.getColumns().add(column("Action", KeyboardShortcuts.Shortcut::action, 300));
        table.getColumns().add(column("Menu", KeyboardShortcuts.Shortcut::menu, 120));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(520);
        VBox.setVgrow(table, Priority.ALWAYS);
        Label hint = new Label("Ctrl is Cmd on macOS. The menus show the same keys beside their items.");
        hint.getStyleClass().add("field-hint");
        Button close = new Button("Close");
        close.setId("shortcutsClose");
        close.setDefaultButton(true);
        close.setCancelButton(true);
        HBox buttons = new HBox(close);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        buttons.getStyleClass().add("dialog-buttons");
        VBox root = new VBox(table, hint, buttons);
        root.getStyleClass().add("dialog-root");
        root.setPrefWidth(640);

        Stage dialog = new Stage();
        dialog.setTitle("Keyboard shortcuts");
        dialog.initOwner(owner);
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setScene(Views.scene(root));
        close.setOnAction(e -> dialog.close());
        Views.dress(dialog);
        dialog.show();
    }

    private static TableColumn<KeyboardShortcuts.Shortcut, String> column(
            String title, java.util.function.Function<KeyboardShortcuts.Shortcut, String> value, double width) {
        TableColumn<KeyboardShortcuts.Shortcut, String> column = new TableColumn<>(title);
        column.setCellValueFactory(row -> new ReadOnlyStringWrapper(value.apply(row.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }
}
