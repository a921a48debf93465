package dev.kafkaexplorer.ui.topics;

import dev.kafkaexplorer.ui.common.UiRuntime;
import dev.kafkaexplorer.ui.connection.ConnectionViewModel.Connection;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The details pane below the topic list: which topic it shows on which connection, and its two
 * parts, partitions and configs, which reload whenever either changes.
 */
public final class TopicDetailsViewModel {

    private final ObjectProperty<Connection> connection = new SimpleObjectProperty<>();
    private final StringProperty topic = new SimpleStringProperty();
    private final TopicPartitionsViewModel partitions;
    private final TopicConfigsViewModel configs;

    /** The app's: the details are read and changed through the connection's admin client. */
    public TopicDetailsViewModel(UiRuntime runtime, Runnable topicListChanged) {
        this(runtime, topicListChanged, connection -> TopicDetailsSource.of(connection.admin()));
    }

    /** With the details read and changed through the source {@code sources} gives for a connection (in-memory in tests). */
    public TopicDetailsViewModel(UiRuntime runtime, Runnable topicListChanged,
                                 Function<Connection, TopicDetailsSource> sources) {
        partitions = new TopicPartitionsViewModel(runtime, topicListChanged, sources);
        configs = new TopicConfigsViewModel(runtime, sources);
        partitions.connectionProperty().bind(connection);
        partitions.topicProperty().bind(topic);
        configs.connectionProperty().bind(connection);
        configs.topicProperty().bind(topic);
    }

    public ObjectProperty<Connection> connectionProperty() {
        return connection;
    }

    /** The topic shown, or null for none. */
    public StringProperty topicProperty() {
        return topic;
    }

    public TopicPartitionsViewModel partitions() {
        return partitions;
    }

    public TopicConfigsViewModel configs() {
        return configs;
    }
}
