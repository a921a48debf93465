package dev.kafkaexplorer.ui.common;

import java.util.Locale;

/** Sizes in words a user reads at a glance, with the exact count of bytes where a limit is compared. */
public final class ByteSizes {

    private ByteSizes() {
    }

    /** "512 bytes", "4.0 KiB", "20.0 MiB". */
    public static String shortly(long bytes) {
        if (bytes < 1024) {
            return bytes + (bytes == 1 ? " byte" : " bytes");
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KiB", bytes / 1024.0);
        }
        if (bytes < 1024L * 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024));
        }
        return String.format(Locale.ROOT, "%.1f GiB", bytes / (1024.0 * 1024 * 1024));
    }

    /** "20.0 MiB (20,971,520 bytes)"; small sizes only as bytes. */
    public static String exactly(long bytes) {
        if (bytes < 1024) {
            return shortly(bytes);
        }
        return shortly(bytes) + " (" + grouped(bytes) + " bytes)";
    }

    /** "20,971,520". */
    public static String grouped(long bytes) {
        return String.format(Locale.ROOT, "%,d", bytes);
    }
}
