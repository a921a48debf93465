package dev.kafkaexplorer.settings;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Map;

/**
 * How the user left the window: theme, size and place, the selected tab, divider positions,
 * column widths, and whether the producer and the live table were shown side by side. Keys of {@code dividers} and {@code columnWidths} are the controls' fx:ids
 * ({@code table.column} for columns), so a control that is renamed or removed is simply forgotten.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record UiState(
        Theme theme,
        WindowBounds window,
        boolean maximized,
        String selectedTab,
        Map<String, List<Double>> dividers,
        Map<String, Double> columnWidths,
        boolean sideBySide) {

    /** The two looks of the app. */
    public enum Theme { LIGHT, DARK }

    /** The window's size and place when it was last neither maximized nor minimized. */
    public record WindowBounds(double x, double y, double width, double height) {
    }

    /** The window with its tabs one at a time (the producer and the live table not side by side). */
    public UiState(Theme theme, WindowBounds window, boolean maximized, String selectedTab,
                   Map<String, List<Double>> dividers, Map<String, Double> columnWidths) {
        this(theme, window, maximized, selectedTab, dividers, columnWidths, false);
    }

    public UiState {
        theme = theme == null ? Theme.LIGHT : theme;
        dividers = Map.copyOf(dividers == null ? Map.of() : dividers);
        columnWidths = Map.copyOf(columnWidths == null ? Map.of() : columnWidths);
    }

    public static UiState defaults() {
        return new UiState(Theme.LIGHT, null, false, null, Map.of(), Map.of());
    }
}
