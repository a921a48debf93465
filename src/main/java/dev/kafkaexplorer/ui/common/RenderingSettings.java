package dev.kafkaexplorer.ui.common;

import java.util.Locale;

/** JavaFX rendering settings that must be in place before the toolkit starts. */
public final class RenderingSettings {

    private RenderingSettings() {
    }

    /**
     * When the software pipeline is asked for ({@code prism.order=sw}: headless runs, the tests, a
     * user working around a broken GPU driver), region background caching is turned off: in software
     * JavaFX draws a cached background as a nine-slice texture, pixel by pixel, which costs more than
     * filling it afresh. With caching on, the live table's row and cell backgrounds took 60 % of the
     * renderer's time while streaming. JavaFX's own fall-back to software when no GPU pipeline loads
     * is not known this early, so it keeps the caching; a GPU pipeline keeps it too.
     */
    public static void applyBeforeToolkitStarts() {
        String order = System.getProperty("prism.order", "");
        if (order.trim().toLowerCase(Locale.ROOT).startsWith("sw") && System.getProperty("prism.disableRegionCaching") == null) {
            System.setProperty("prism.disableRegionCaching", "true");
        }
    }
}
