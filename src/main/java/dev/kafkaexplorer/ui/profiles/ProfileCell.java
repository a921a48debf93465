package dev.kafkaexplorer.ui.profiles;

import dev.kafkaexplorer.settings.ClusterProfile;
import javafx.geometry.Pos;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;

/** One profile in the Clusters list: its colour dot, name and servers, and "production" in red when it is one. */
final class ProfileCell extends ListCell<ClusterProfile> {

    private final Circle dot = new Circle(6);
    private final Label name = new Label();
    private final Label production = new Label("production");
    private final Label servers = new Label();
    private final HBox row;

    ProfileCell() {
        production.getStyleClass().add("profile-cell-production");
        servers.getStyleClass().add("profile-cell-servers");
        HBox title = new HBox(6, name, production);
        title.setAlignment(Pos.CENTER_LEFT);
        row = new HBox(8, dot, new VBox(2, title, servers));
        row.setAlignment(Pos.CENTER_LEFT);
        // The text stays the cell's for lookups and screen readers; the row is what is drawn.
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(ClusterProfile profile, boolean empty) {
        super.updateItem(profile, empty);
        if (empty || profile == null) {
            setText(null);
            setGraphic(null);
            return;
        }
        dot.setFill(Color.web(profile.colour()));
        name.setText(profile.name());
        production.setVisible(profile.production());
        production.setManaged(profile.production());
        servers.setText(profile.isLocalBroker() ? "built in: runs inside the app"
                : profile.bootstrapServers().isBlank() ? "no servers yet" : profile.bootstrapServers());
        setText(profile.name() + (profile.production() ? " (production)" : "") + " — " + servers.getText());
        setGraphic(row);
    }
}
