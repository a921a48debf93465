package dev.kafkaexplorer.ui.common;

import javafx.animation.FadeTransition;
import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * Short messages that float in a corner of the window and go away by themselves, for work that
 * finished in the background. They are plain nodes in the window, not windows or dialogs, so they
 * never take the keyboard focus from what the user is typing. A click dismisses one early.
 */
public final class Toasts {

    /** How a message reads: good news, done but with something to look at, a failure, or news. */
    public enum Kind { DONE, WARNING, FAILED, INFO }

    private static final int MAX_SHOWN = 4;
    private static final Duration SHOWN_FOR = Duration.seconds(6);
    /** Failures and warnings stay longer: they may need reading twice. */
    private static final Duration FAILURE_SHOWN_FOR = Duration.seconds(12);

    private final VBox layer = new VBox();
    private final NoteHistory history;

    /** Toasts that go into {@code history} as they are shown. */
    public Toasts(NoteHistory history) {
        this.history = history;
        layer.getStyleClass().add("toast-layer");
        layer.setAlignment(Pos.BOTTOM_RIGHT);
        layer.setFillWidth(false);
        layer.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        // Clicks between and around the toasts reach the window below.
        layer.setPickOnBounds(false);
    }

    /** The node to lay over the window's content, aligned to its bottom right corner. */
    public Node layer() {
        return layer;
    }

    /** Shows {@code text}; call on the FX thread. */
    public void show(String text, Kind kind) {
        history.add(text, kind);
        Label message = new Label(text);
        message.getStyleClass().add("toast-message");
        message.setWrapText(true);
        message.setMaxWidth(420);
        message.setMinHeight(Region.USE_PREF_SIZE);
        HBox toast = new HBox(Icons.of(switch (kind) {
            case DONE -> Material2AL.CHECK_CIRCLE_OUTLINE;
            case WARNING -> Material2MZ.WARNING;
            case FAILED -> Material2AL.ERROR_OUTLINE;
            case INFO -> Material2AL.INFO;
        }), message);
        toast.getStyleClass().addAll("toast", "toast-" + kind.name().toLowerCase(java.util.Locale.ROOT));
        toast.setAlignment(Pos.CENTER_LEFT);
        toast.setOnMouseClicked(e -> dismiss(toast));
        layer.getChildren().add(toast);
        if (layer.getChildren().size() > MAX_SHOWN) {
            layer.getChildren().remove(0);
        }
        PauseTransition shown = new PauseTransition(kind == Kind.FAILED || kind == Kind.WARNING ? FAILURE_SHOWN_FOR : SHOWN_FOR);
        shown.setOnFinished(e -> dismiss(toast));
        shown.play();
    }

    private void dismiss(Node toast) {
        if (!layer.getChildren().contains(toast) || toast.getProperties().containsKey(Toasts.class)) {
            return;
        }
        toast.getProperties().put(Toasts.class, Boolean.TRUE);
        FadeTransition fade = new FadeTransition(Duration.millis(250), toast);
        fade.setToValue(0);
        fade.setOnFinished(e -> layer.getChildren().remove(toast));
        fade.play();
    }
}
