package dev.kafkaexplorer.ui.common;

import java.util.Locale;

/** JavaFX rendering settings that must be in place before the toolkit starts. */
public final class RenderingSettings {

    private RenderingSettings() {
    }

    /**
     * With the software pipeline chosen ({@code prism.order=sw}, as on machines without a usable
     * GPU and in headless runs), region background caching is turned off: there JavaFX draws a
     * cached background as a nine-slice texture, pixel by pixel, which cost more than filling it
     * afresh. With caching on, the live table's row and cell backgrounds took 60 % of the
     * renderer's time while streaming. A GPU pipeline keeps its caching.
     */
    public static void applyBeforeToolkitStarts() {
        String order = System.getProperty("prism.order", "");
        if (order.trim().toLowerCase(Locale.ROOT).startsWith("sw") && System.getProperty("prism.disableRegionCaching") == null) {
            System.setProperty("prism.disableRegionCaching", "true");
        }
    }
}
