package dev.kafkaexplorer.ui.common;

import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;

/**
 * What an empty table shows instead of blank space: an icon, a sentence that says what to do,
 * and, where there is one, a button that does it.
 */
public final class EmptyState extends VBox {

    /** Below this height the picture goes, so the sentence and the button stay whole in a short table. */
    private static final double ROOM_FOR_PICTURE = 170;

    public EmptyState(Ikon icon, ObservableStringValue message) {
        getStyleClass().add("empty-state");
        setAlignment(Pos.CENTER);
        Label text = new Label();
        text.getStyleClass().add("table-placeholder");
        text.textProperty().bind(message);
        text.setWrapText(true);
        var picture = Icons.of(icon);
        picture.getStyleClass().add("empty-state-icon");
        getChildren().addAll(picture, text);
        heightProperty().addListener((obs, old, height) -> {
            boolean roomy = height.doubleValue() >= ROOM_FOR_PICTURE;
            picture.setVisible(roomy);
            picture.setManaged(roomy);
            getStyleClass().remove("compact");
            if (!roomy) {
                getStyleClass().add("compact");
            }
        });
    }

    /** Adds a button that runs {@code action}, shown only while {@code offered} is true. */
    public EmptyState withAction(String id, String label, Ikon icon, ObservableBooleanValue offered, Runnable action) {
        Button button = new Button(label, Icons.of(icon));
        button.setId(id);
        button.getStyleClass().add("accent");
        button.setOnAction(e -> action.run());
        button.visibleProperty().bind(offered);
        button.managedProperty().bind(button.visibleProperty());
        getChildren().add(button);
        return this;
    }
}
