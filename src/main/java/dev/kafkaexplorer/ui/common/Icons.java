package dev.kafkaexplorer.ui.common;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/** Icons for actions and messages, drawn from the Material Design font that ships inside the jar. */
public final class Icons {

    private Icons() {
    }

    /** A new icon node; its colour follows the theme through the {@code .ikonli-font-icon} style. */
    public static FontIcon of(Ikon icon) {
        FontIcon node = new FontIcon(icon);
        node.getStyleClass().add("action-icon");
        return node;
    }
}
