package dev.kafkaexplorer.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import javafx.util.Callback;

/** Loads FXML views from {@code /fxml} with a controller factory, and dresses windows alike. */
public final class Views {

    public static final String STYLESHEET = "/css/app.css";
    private static final int[] ICON_SIZES = {16, 24, 32, 48, 64, 128, 256, 512};

    private Views() {
    }

    /** Loads {@code /fxml/<name>}; controllers (also of included files) come from {@code controllers}. */
    public static Parent load(String name, Callback<Class<?>, Object> controllers) {
        URL url = Views.class.getResource("/fxml/" + name);
        if (url == null) {
            throw new IllegalStateException("Missing view /fxml/" + name);
        }
        FXMLLoader loader = new FXMLLoader(url);
        loader.setControllerFactory(controllers);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load view " + name, e);
        }
    }

    /** A scene with the app's stylesheet. */
    public static Scene scene(Parent root) {
        Scene scene = new Scene(root);
        scene.getStylesheets().add(Views.class.getResource(STYLESHEET).toExternalForm());
        return scene;
    }

    /** Gives a window the application icon in every size, so each desktop picks the one it needs. */
    public static void dress(Stage stage) {
        for (int size : ICON_SIZES) {
            URL icon = Views.class.getResource("/icons/kafka-explorer-" + size + ".png");
            if (icon != null) {
                stage.getIcons().add(new Image(icon.toExternalForm()));
            }
        }
    }
}
