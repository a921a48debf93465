package dev.kafkaexplorer.ui.live;

import dev.kafkaexplorer.format.RecordFormat;
import dev.kafkaexplorer.settings.ClusterProfile;
import dev.kafkaexplorer.settings.TopicFormats;
import dev.kafkaexplorer.ui.connection.ConnectionViewModel.Connection;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * How the live table reads keys and values: a format for each, Auto at first, chosen while the
 * table is stopped and applied by the next Start (a running reading keeps the formats it started
 * with). The choice is remembered per topic per cluster ({@link FormatMemory}): choosing a topic, or
 * connecting to a cluster, brings back the formats that topic was read with there.
 */
public final class LiveFormats {

    private static final ObservableList<RecordFormat> CHOICES =
            FXCollections.unmodifiableObservableList(FXCollections.observableArrayList(RecordFormat.values()));

    private final ObjectProperty<RecordFormat> key = new SimpleObjectProperty<>(RecordFormat.AUTO);
    private final ObjectProperty<RecordFormat> value = new SimpleObjectProperty<>(RecordFormat.AUTO);
    private final FormatMemory memory;
    private final ReadOnlyObjectProperty<Connection> connection;
    private final StringProperty topic;
    private final List<String> knownTopics;
    private final BooleanBinding choosable;
    private final BooleanBinding schemasInUse;
    /** True while the remembered formats are being shown: that is no choice to remember. */
    private boolean restoring;

    /**
     * @param knownTopics the cluster's topics: a choice is remembered only for one of them, not for
     *                    each name on the way while a topic is typed
     */
    LiveFormats(FormatMemory memory, ReadOnlyObjectProperty<Connection> connection, StringProperty topic,
                List<String> knownTopics, ReadOnlyBooleanProperty running) {
        this.memory = memory;
        this.connection = connection;
        this.topic = topic;
        this.knownTopics = knownTopics;
        this.choosable = running.not();
        this.schemasInUse = Bindings.createBooleanBinding(() -> value.get() != null && value.get().usesRegistry()
                || connection.get() != null && connection.get().access().schemaRegistry().isPresent(), value, connection);
        topic.addListener(o -> restore());
        connection.addListener(o -> restore());
        key.addListener(o -> rememberChoice());
        value.addListener(o -> rememberChoice());
        restore();
    }

    /** What the next Start reads with (a format set to null reads as Auto). */
    TopicFormats chosen() {
        return new TopicFormats(key.get(), value.get());
    }

    private void restore() {
        String cluster = clusterKey(connection.get());
        TopicFormats remembered = cluster == null ? TopicFormats.AUTO : memory.recall(cluster, topic.get().trim());
        restoring = true;
        try {
            key.set(remembered.key());
            value.set(remembered.value());
        } finally {
            restoring = false;
        }
    }

    private void rememberChoice() {
        String cluster = clusterKey(connection.get());
        String name = topic.get().trim();
        if (restoring || cluster == null || !knownTopics.contains(name)) {
            return;
        }
        memory.remember(cluster, name, chosen());
    }

    /**
     * The name a cluster's choices are kept under: its saved profile's id, the local broker (whose
     * port may change between runs, its topics do not), else its bootstrap servers. Null when not connected.
     */
    static String clusterKey(Connection c) {
        if (c == null) {
            return null;
        }
        if (c.localBroker() || (c.profile() != null && c.profile().isLocalBroker())) {
            return ClusterProfile.LOCAL_BROKER_ID;
        }
        return c.profile() != null ? "profile " + c.profile().id() : "servers " + c.access().bootstrapServers();
    }

    /** Every format, in the order the choosers list them (by label). */
    public ObservableList<RecordFormat> choices() {
        return CHOICES;
    }

    public ObjectProperty<RecordFormat> keyFormatProperty() {
        return key;
    }

    public ObjectProperty<RecordFormat> valueFormatProperty() {
        return value;
    }

    /** False while the table reads: a choice applies to the next Start. */
    public BooleanBinding choosable() {
        return choosable;
    }

    /**
     * Whether rows may name a schema: the cluster has a registry, or the values are read in a
     * registry format. The schema column is shown only then, so a cluster without one keeps its room.
     */
    public BooleanBinding schemasInUse() {
        return schemasInUse;
    }
}
