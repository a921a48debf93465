package dev.kafkaexplorer.ui.connection;

import dev.kafkaexplorer.ui.connection.ConnectionViewModel.Connection;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;

/**
 * What the app's one local broker is to one window: whether this window started it or uses it
 * (then its button stops it) or another window did (then the button connects to it), and whether
 * the window waits for it to stop. Used on the FX thread.
 */
final class LocalBrokerUse {

    private final LocalBrokerControl broker;
    private final ObservableValue<Connection> connection;
    private final BooleanProperty startedHere = new SimpleBooleanProperty();
    private final StringBinding actionText;
    private boolean stopAwaited;

    LocalBrokerUse(LocalBrokerControl broker, ObservableValue<Connection> connection) {
        this.broker = broker;
        this.connection = connection;
        actionText = Bindings.createStringBinding(() -> switch (broker.state()) {
            case STOPPED -> "Start local broker";
            case STARTING -> "Starting local broker…";
            case RUNNING -> buttonStops() ? "Stop local broker" : "Connect to local broker";
            case STOPPING -> "Stopping local broker…";
        }, broker.stateProperty(), connection, startedHere);
    }

    StringBinding actionText() {
        return actionText;
    }

    void startedHere() {
        startedHere.set(true);
    }

    /** Whether the running broker's button stops it: this window started it or works on it. */
    boolean buttonStops() {
        Connection current = connection.getValue();
        return startedHere.get() || current != null && current.localBroker();
    }

    /** The broker is about to stop; {@code say} whether this window tells the user once it has. */
    void awaitStop(boolean say) {
        startedHere.set(false);
        stopAwaited |= say;
    }

    /** The broker stopped: whether this window waited for it (and waits no more). */
    boolean stopped() {
        startedHere.set(false);
        boolean was = stopAwaited;
        stopAwaited = false;
        return was;
    }
}
