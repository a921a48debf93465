package dev.kafkaexplorer.ui.topics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kafkaexplorer.kafka.NewTopicRequest;
import dev.kafkaexplorer.kafka.TopicSummary;
import dev.kafkaexplorer.ui.common.ChangeGuard;
import dev.kafkaexplorer.ui.common.ManualTicks;
import dev.kafkaexplorer.ui.common.ReadOnlyProfiles;
import dev.kafkaexplorer.ui.connection.ConnectionViewModel.Connection;
import javafx.beans.property.SimpleObjectProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.common.errors.TopicExistsException;
import org.junit.jupiter.api.Test;

/** The create-topic dialog without the toolkit: what the fields say as typed, and what a create shows. */
class CreateTopicViewModelTest {

    private final List<NewTopicRequest> asked = new ArrayList<>();
    private final List<TopicSummary> announced = new ArrayList<>();
    private CompletableFuture<TopicSummary> answer = new CompletableFuture<>();

    private CreateTopicViewModel dialog(int brokers) {
        return new CreateTopicViewModel(new ManualTicks().runtime(), Set.of("orders", "user.events"), brokers,
                request -> {
                    asked.add(request);
                    return answer;
                }, announced::add);
    }

    @Test
    void anEmptyNameAsksForOneAndCreateIsOff() {
        CreateTopicViewModel model = dialog(1);

        assertThat(model.nameErrorProperty().get()).isEqualTo("Enter a topic name: up to 249 letters, digits, '.', '_' or '-'");
        assertThat(model.canCreateProperty().get()).isFalse();
    }

    @Test
    void eachBadNameIsRefusedInWordsAndAGoodOneTurnsCreateOn() {
        CreateTopicViewModel model = dialog(1);

        model.nameProperty().set("orders");
        assertThat(model.nameErrorProperty().get()).isEqualTo("A topic named 'orders' already exists");
        assertThat(model.canCreateProperty().get()).isFalse();

        model.nameProperty().set("user_events");
        assertThat(model.nameErrorProperty().get()).contains("Collides with existing topic 'user.events'");

        model.nameProperty().set("bad name");
        assertThat(model.nameErrorProperty().get()).contains("' ' (space)").contains("position 4");

        model.nameProperty().set("payments");
        assertThat(model.nameErrorProperty().get()).isEmpty();
        assertThat(model.canCreateProperty().get()).isTrue();

        model.nameProperty().set("pay.ments_eu");
        assertThat(model.nameErrorProperty().get()).isEmpty();
        assertThat(model.nameWarningProperty().get()).contains("Mixing '.' and '_'");
        assertThat(model.canCreateProperty().get()).isTrue();
    }

    @Test
    void partitionsAndReplicationOutsideTheirRangeAreExplainedAndTurnCreateOff() {
        CreateTopicViewModel model = dialog(3);
        model.nameProperty().set("payments");
        assertThat(model.replicationFactor().textProperty().get()).as("Kafka's usual 3 when the cluster has them").isEqualTo("3");

        for (String typed : new String[] {"0", "-3", "abc", "100000", ""}) {
            model.partitions().textProperty().set(typed);
            assertThat(model.canCreateProperty().get()).as(typed).isFalse();
            assertThat(model.partitions().textProperty().get()).as("kept as typed").isEqualTo(typed);
        }
        model.partitions().textProperty().set("0");
        assertThat(model.partitions().errorProperty().get()).isEqualTo("Partitions: at least 1");
        model.partitions().textProperty().set("abc");
        assertThat(model.partitions().errorProperty().get()).isEqualTo("Partitions: “abc” is not a whole number");
        model.partitions().textProperty().set("100000");
        assertThat(model.partitions().errorProperty().get()).isEqualTo("Partitions: at most 10,000");
        model.partitions().textProperty().set("6");
        assertThat(model.partitions().errorProperty().get()).isEmpty();
        assertThat(model.canCreateProperty().get()).isTrue();

        model.replicationFactor().textProperty().set("4");
        assertThat(model.replicationFactor().errorProperty().get())
                .isEqualTo("Replication factor: at most 3, the number of brokers in this cluster");
        assertThat(model.canCreateProperty().get()).as("more copies than brokers").isFalse();
        model.replicationFactor().textProperty().set("2");
        assertThat(model.canCreateProperty().get()).isTrue();
    }

    @Test
    void onOneBrokerAReplicationFactorOfThreeIsRefusedAndNothingIsAsked() {
        CreateTopicViewModel model = dialog(1);
        model.nameProperty().set("payments");
        assertThat(model.replicationFactor().textProperty().get()).isEqualTo("1");
        model.replicationFactor().textProperty().set("3");
        assertThat(model.replicationFactor().errorProperty().get())
                .isEqualTo("Replication factor: at most 1, this cluster has 1 broker");
        model.create();
        assertThat(asked).isEmpty();
    }

    @Test
    void retentionAndExtraConfigsAreExplainedAsTyped() {
        CreateTopicViewModel model = dialog(1);
        model.nameProperty().set("payments");

        model.retentionMsProperty().set("abc");
        assertThat(model.retentionMessageProperty().get()).isEqualTo("Milliseconds as a whole number, or -1 to keep records forever");
        assertThat(model.canCreateProperty().get()).isFalse();
        model.retentionMsProperty().set("3600000");
        assertThat(model.retentionMessageProperty().get()).isEqualTo("= 1 h");
        assertThat(model.canCreateProperty().get()).isTrue();

        model.extraConfigsProperty().set("retention.ms=5");
        assertThat(model.extraConfigsMessageProperty().get()).isEqualTo("Line 1: 'retention.ms' is already set above");
        assertThat(model.canCreateProperty().get()).isFalse();
        model.extraConfigsProperty().set("max.message.bytes=2097152");
        assertThat(model.extraConfigsMessageProperty().get()).isEmpty();
        assertThat(model.canCreateProperty().get()).isTrue();
    }

    @Test
    void createSendsTheFieldsAndIsOffWhileItRunsThenTheDialogIsDone() {
        CreateTopicViewModel model = dialog(3);
        model.nameProperty().set("payments");
        model.partitions().textProperty().set("6");
        model.cleanupPolicyProperty().set("compact");
        model.retentionMsProperty().set("-1");

        model.create();

        assertThat(asked).containsExactly(new NewTopicRequest("payments", 6, (short) 3,
                Map.of("cleanup.policy", "compact", "retention.ms", "-1")));
        assertThat(model.creatingProperty().get()).isTrue();
        assertThat(model.canCreateProperty().get()).isFalse();
        assertThat(model.createdProperty().get()).isFalse();

        TopicSummary made = new TopicSummary("payments", 6, 3, false);
        answer.complete(made);

        assertThat(model.creatingProperty().get()).isFalse();
        assertThat(model.createdProperty().get()).isTrue();
        assertThat(model.canCreateProperty().get()).as("created once").isFalse();
        assertThat(announced).containsExactly(made);
    }

    @Test
    void aRefusalStaysInTheDialogInWordsAndTypingClearsIt() {
        CreateTopicViewModel model = dialog(1);
        model.nameProperty().set("payments");

        model.create();
        answer.completeExceptionally(new TopicExistsException("Topic 'payments' already exists."));

        assertThat(model.createErrorProperty().get())
                .isEqualTo("Topic 'payments' already exists. Broker said: Topic 'payments' already exists.");
        assertThat(model.createdProperty().get()).isFalse();
        assertThat(model.canCreateProperty().get()).as("the user may try again").isTrue();
        assertThat(announced).isEmpty();

        model.nameProperty().set("payments2");
        assertThat(model.createErrorProperty().get()).isEmpty();
    }

    @Test
    void onAReadOnlyProfileAValidTopicIsStillNotCreated() {
        var connection = new SimpleObjectProperty<>(ReadOnlyProfiles.connection(ReadOnlyProfiles.PRODUCTION));
        CreateTopicViewModel model = new CreateTopicViewModel(new ManualTicks().runtime(), Set.of("orders"), 1,
                request -> {
                    asked.add(request);
                    return answer;
                }, announced::add, ChangeGuard.following(connection, Connection::profile));
        model.nameProperty().set("payments");

        assertThat(model.nameErrorProperty().get()).isEmpty();
        assertThat(model.canCreateProperty().get()).isFalse();
        assertThat(model.create()).isCompletedExceptionally();
        assertThat(asked).isEmpty();
        assertThat(model.changeGuard().reason()).isEqualTo(ReadOnlyProfiles.REASON);
    }
}
