package dev.kafkaexplorer.ui.main;

import dev.kafkaexplorer.ui.common.Icons;
import dev.kafkaexplorer.ui.common.NoteHistory;
import dev.kafkaexplorer.ui.common.NoteHistory.Note;
import dev.kafkaexplorer.ui.common.Toasts;
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The bell at the right end of the tab row and the list it opens: every note the window showed in
 * passing (toasts, notes that fade from status lines), newest first, with its time. The bell counts
 * the notes come since the list was last opened.
 */
final class NotificationsView {

    private final NoteHistory history;
    private final Button bell = new Button();
    private final ListView<Note> list;
    private final Popup popup = new Popup();
    private int seen;

    private NotificationsView(NoteHistory history) {
        this.history = history;
        bell.setId("notificationsButton");
        bell.getStyleClass().addAll("flat", "notifications-button");
        bell.setGraphic(Icons.of(Material2MZ.NOTIFICATIONS_NONE));
        bell.setTooltip(new Tooltip("Notifications: what finished in the background, with the time"));
        bell.setFocusTraversable(false);
        list = new ListView<>(history.notes());
        list.setId("notificationsList");
        list.setPrefSize(460, 300);
        list.setCellFactory(view -> new NoteCell());
        Label empty = new Label("No notifications yet. What finishes in the background is listed here.");
        empty.setWrapText(true);
        list.setPlaceholder(empty);
        Label title = new Label("Notifications");
        title.getStyleClass().add("detail-caption");
        VBox box = new VBox(6, title, list);
        box.getStyleClass().add("notifications-popup");
        box.setPadding(new Insets(8));
        popup.getContent().add(box);
        popup.setAutoHide(true);
        popup.setOnHidden(e -> markSeen());
        history.notes().addListener((ListChangeListener<Note>) change -> showCount());
        bell.setOnAction(e -> toggle());
    }

    /** The tabs with the toasts and the bell laid over them. */
    static StackPane overlay(javafx.scene.Node tabs, Toasts toasts, NoteHistory history) {
        NotificationsView view = new NotificationsView(history);
        StackPane center = new StackPane(tabs, toasts.layer(), view.bell);
        StackPane.setAlignment(toasts.layer(), Pos.BOTTOM_RIGHT);
        // In the tab row's empty right end: it pushes no content and hides none.
        StackPane.setAlignment(view.bell, Pos.TOP_RIGHT);
        StackPane.setMargin(view.bell, new Insets(2, 6, 0, 0));
        return center;
    }

    private void toggle() {
        if (popup.isShowing()) {
            popup.hide();
            return;
        }
        // A popup is a window of its own: it gets the theme and the app's styles of the window it belongs to.
        popup.getContent().get(0).getStyleClass().setAll("root", "notifications-popup");
        ((javafx.scene.Parent) popup.getContent().get(0)).getStylesheets().setAll(bell.getScene().getStylesheets());
        Bounds at = bell.localToScreen(bell.getBoundsInLocal());
        popup.show(bell, at.getMaxX() - list.getPrefWidth() - 16, at.getMaxY() + 2);
        markSeen();
    }

    private void markSeen() {
        seen = history.notes().size();
        showCount();
    }

    private void showCount() {
        int unseen = Math.max(0, history.notes().size() - seen);
        bell.setText(unseen == 0 ? "" : String.valueOf(unseen));
    }

    /** A note with its time and the icon its toast had. */
    private static final class NoteCell extends ListCell<Note> {
        NoteCell() {
            setWrapText(true);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(Note note, boolean empty) {
            super.updateItem(note, empty);
            if (empty || note == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            setText(note.at() + "  " + note.text());
            setGraphic(Icons.of(switch (note.kind()) {
                case DONE -> Material2AL.CHECK_CIRCLE_OUTLINE;
                case WARNING -> Material2MZ.WARNING;
                case FAILED -> Material2AL.ERROR_OUTLINE;
                case INFO -> Material2AL.INFO;
            }));
            getGraphic().getStyleClass().add("note-" + note.kind().name().toLowerCase(java.util.Locale.ROOT));
        }
    }
}
