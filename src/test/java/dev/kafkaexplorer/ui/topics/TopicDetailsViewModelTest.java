package dev.kafkaexplorer.ui.topics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kafkaexplorer.kafka.ClusterInfo;
import dev.kafkaexplorer.ui.common.ManualTicks;
import dev.kafkaexplorer.ui.connection.ConnectionViewModel.Connection;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The details pane hands its connection and topic to both its parts, each reading through the connection's source. */
class TopicDetailsViewModelTest {

    @Test
    void bothPartsReadTheSelectedTopicOfTheCurrentConnection() {
        Connection cluster = new Connection(null, new ClusterInfo("c1", List.of(), 1), false);
        PendingTopicDetails details = new PendingTopicDetails();
        List<Connection> asked = new ArrayList<>();
        TopicDetailsViewModel pane = new TopicDetailsViewModel(new ManualTicks().runtime(), () -> { }, connection -> {
            asked.add(connection);
            return details;
        });

        pane.connectionProperty().set(cluster);
        pane.topicProperty().set("orders");

        assertThat(details.calls).containsExactlyInAnyOrder("partitions orders", "configs orders");
        assertThat(asked).containsOnly(cluster);
    }
}
