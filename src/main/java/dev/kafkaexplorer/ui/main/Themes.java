package dev.kafkaexplorer.ui.main;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import atlantafx.base.theme.Theme;
import dev.kafkaexplorer.settings.UiState;
import javafx.application.Application;

/**
 * The AtlantaFX Primer pair behind the app's light and dark look. The theme is the application's
 * user-agent stylesheet, so every window (dialogs too) follows a switch at once; {@code app.css}
 * uses the themes' looked-up colours and reads well on both.
 */
public final class Themes {

    private static final Theme LIGHT = new PrimerLight();
    private static final Theme DARK = new PrimerDark();

    private Themes() {
    }

    /** Makes {@code theme} the look of every window of the app; call on the FX thread. */
    public static void apply(UiState.Theme theme) {
        Application.setUserAgentStylesheet(stylesheet(theme));
    }

    /** The AtlantaFX stylesheet that gives {@code theme}. */
    public static String stylesheet(UiState.Theme theme) {
        return (theme == UiState.Theme.DARK ? DARK : LIGHT).getUserAgentStylesheet();
    }
}
