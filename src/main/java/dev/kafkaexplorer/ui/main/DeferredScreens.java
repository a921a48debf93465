package dev.kafkaexplorer.ui.main;

import dev.kafkaexplorer.ui.common.LazyTabs;
import dev.kafkaexplorer.ui.common.TickSource;
import java.time.Duration;
import javafx.beans.InvalidationListener;
import javafx.beans.value.ObservableValue;

/**
 * Builds the screens behind the other tabs once the app is connected (or has tried for a while),
 * so that work does not compete with the start for the CPU. Whichever comes first, the connection
 * or the patience running out, builds them, once.
 */
final class DeferredScreens {

    private final LazyTabs screens;
    private final ObservableValue<?> connection;
    private final TickSource.Ticker patience;
    private final InvalidationListener onConnectionChange = obs -> buildIfConnected();
    private boolean built;

    private DeferredScreens(LazyTabs screens, ObservableValue<?> connection, TickSource ticks, Duration patience) {
        this.screens = screens;
        this.connection = connection;
        this.patience = ticks.after(patience, this::build);
    }

    /** Builds the rest of {@code screens} when {@code connection} is non-null, or {@code patience} after now at the latest. */
    static void buildWhenConnected(LazyTabs screens, ObservableValue<?> connection, TickSource ticks, Duration patience) {
        DeferredScreens deferred = new DeferredScreens(screens, connection, ticks, patience);
        if (connection.getValue() != null) {
            deferred.build();
            return;
        }
        deferred.patience.start();
        connection.addListener(deferred.onConnectionChange);
    }

    private void buildIfConnected() {
        if (connection.getValue() != null) {
            build();
        }
    }

    private void build() {
        if (built) {
            return;
        }
        built = true;
        patience.stop();
        connection.removeListener(onConnectionChange);
        screens.buildRestOnePerFrame();
    }
}
