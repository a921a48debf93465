package dev.kafkaexplorer.ui.connection;

import dev.kafkaexplorer.kafka.QuickstartProbe;
import dev.kafkaexplorer.ui.connection.ConnectionViewModel.Connection;
import java.nio.file.Path;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;

/**
 * What a first start did on its own, said once: that it found the quickstart's broker, or that none
 * answered and it started its own local broker, with where that keeps its data. Said when the first
 * start's connection is made, kept until dismissed; the settings remember it was said, so later
 * starts stay silent. FX thread.
 */
public final class FirstStartNote {

    private final ConnectionMemory memory;
    private final LocalBrokerControl broker;
    private final ObservableValue<Connection> connection;
    /** The servers of the connect under way, as the bar shows them. */
    private final ObservableValue<String> servers;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final ChangeListener<Connection> onConnected = (obs, old, now) -> connected(now);
    /** Why the quickstart's broker was not used, should the local broker be what connects. */
    private String quickstartMissing;

    FirstStartNote(ConnectionMemory memory, LocalBrokerControl broker, ObservableValue<Connection> connection,
                   ObservableValue<String> servers) {
        this.memory = memory;
        this.broker = broker;
        this.connection = connection;
        this.servers = servers;
    }

    /** The note in words; empty while there is none to show. */
    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    /** The user has read it. */
    public void dismiss() {
        text.set("");
    }

    /** A first start looks for the quickstart's broker: its first connection is what the note tells. */
    void firstStartBegins() {
        if (memory.firstStartTold()) {
            return;
        }
        quickstartMissing = "No broker answered on " + QuickstartProbe.QUICKSTART_SERVERS;
        connection.addListener(onConnected);
    }

    /** Something listened on the quickstart's port but did not connect as Kafka. */
    void quickstartDidNotAnswer() {
        quickstartMissing = "The server on " + QuickstartProbe.QUICKSTART_SERVERS + " did not answer as a Kafka broker";
    }

    private void connected(Connection made) {
        if (made == null) {
            return;
        }
        connection.removeListener(onConnected);
        String on = servers.getValue();
        if (made.localBroker()) {
            Path data = broker.dataDir();
            text.set(quickstartMissing + ", so Kafka Explorer started its own local broker on " + on + "."
                    + (data == null ? "" : " Its data lives in " + data + "."));
        } else if (QuickstartProbe.QUICKSTART_SERVERS.equals(on)) {
            text.set("Found the quickstart's broker on " + on + " and connected to it.");
        } else {
            // The user connected somewhere else first: nothing the app did on its own to tell.
            return;
        }
        memory.rememberFirstStartTold();
    }
}
