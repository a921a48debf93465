package dev.kafkaexplorer.ui.send;

import dev.kafkaexplorer.format.SchemaCodecs;
import dev.kafkaexplorer.kafka.TopicSummary;
import dev.kafkaexplorer.kafka.produce.SingleRecordSender;
import dev.kafkaexplorer.registry.SchemaRegistries;
import dev.kafkaexplorer.ui.common.ChangeGuard;
import dev.kafkaexplorer.ui.common.UiRuntime;
import dev.kafkaexplorer.ui.common.Views;
import dev.kafkaexplorer.ui.connection.ConnectionViewModel.Connection;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Parent;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Opens the produce-one-message dialog with a producer of its own, closed when the dialog closes. */
public final class SendRecordDialog {

    private SendRecordDialog() {
    }

    /** Shows the dialog for {@code topic} (may be blank) on {@code connection}'s cluster; returns at once. */
    public static Stage open(Window owner, UiRuntime runtime, Connection connection, Collection<TopicSummary> topics, String topic) {
        return open(owner, runtime, connection, topics, topic,
                ChangeGuard.following(new SimpleObjectProperty<>(connection), Connection::profile));
    }

    /** As above, with Send off while {@code changes} (the opening screen's) says the cluster may not be changed. */
    public static Stage open(Window owner, UiRuntime runtime, Connection connection, Collection<TopicSummary> topics, String topic,
                             ChangeGuard changes) {
        // Creating the sender only starts its thread; the producer is made there, off the FX thread.
        SingleRecordSender sender = new SingleRecordSender(connection.access(), connection.admin().settings().timeout());
        Map<String, Integer> partitionCounts = topics.stream()
                .collect(Collectors.toMap(TopicSummary::name, TopicSummary::partitions, (a, b) -> a));
        SendChannel channel = SendChannel.over(sender, connection.admin().client());
        // The registry's client is shared by the app; it is only asked once the schema format is chosen.
        SchemaSource schemas = connection.access().schemaRegistry()
                .map(SchemaRegistries::forAccess)
                .map(registry -> SchemaSource.of(registry, new SchemaCodecs(registry)::forType)).orElse(null);
        SendRecordViewModel model = new SendRecordViewModel(runtime, partitionCounts, topic, channel, changes, schemas);
        Parent root = Views.load("send-record.fxml", type -> new SendRecordController(model));
        Stage dialog = new Stage();
        dialog.setTitle("Produce message — " + connection.access().bootstrapServers());
        dialog.initOwner(owner);
        dialog.setScene(Views.scene(root));
        Views.dress(dialog);
        dialog.setOnHidden(e -> model.close());
        dialog.show();
        return dialog;
    }
}
