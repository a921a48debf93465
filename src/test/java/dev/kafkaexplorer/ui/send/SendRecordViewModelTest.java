package dev.kafkaexplorer.ui.send;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kafkaexplorer.kafka.produce.OneRecord;
import dev.kafkaexplorer.kafka.produce.SentRecord;
import dev.kafkaexplorer.ui.common.ChangeGuard;
import dev.kafkaexplorer.ui.common.ManualTicks;
import dev.kafkaexplorer.ui.common.ReadOnlyProfiles;
import dev.kafkaexplorer.ui.connection.ConnectionViewModel.Connection;
import javafx.beans.property.SimpleObjectProperty;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.junit.jupiter.api.Test;

/** The produce-one-message dialog without the toolkit: field checks, the send button, the outcome in words. */
class SendRecordViewModelTest {

    private final List<OneRecord> sent = new ArrayList<>();
    private final List<Integer> sentWithMaxRequestSize = new ArrayList<>();
    private CompletableFuture<SentRecord> answer = new CompletableFuture<>();
    private final Map<String, CompletableFuture<Integer>> topicLimits = new HashMap<>();
    private boolean closed;

    /** The cluster as the dialog sees it: Kafka's default max.request.size, topics' limits as the test sets them. */
    private final SendChannel channel = new SendChannel() {
        @Override
        public CompletableFuture<SentRecord> send(OneRecord record, int maxRequestSize) {
            sent.add(record);
            sentWithMaxRequestSize.add(maxRequestSize);
            return answer;
        }

        @Override
        public int maxRequestSize() {
            return 1_048_576;
        }

        @Override
        public CompletionStage<Integer> topicMaxMessageBytes(String topic) {
            return topicLimits.computeIfAbsent(topic, t -> CompletableFuture.completedFuture(1_048_588));
        }

        @Override
        public void close() {
            closed = true;
        }
    };

    private SendRecordViewModel dialog(String topic) {
        return new SendRecordViewModel(new ManualTicks().runtime(), Map.of("orders", 3, "audit", 1, "big", 1), topic, channel);
    }

    @Test
    void withoutATopicTheDialogAsksForOneAndSendIsOff() {
        SendRecordViewModel model = dialog("");

        assertThat(model.topicErrorProperty().get()).isEqualTo("Choose a topic");
        assertThat(model.canSendProperty().get()).isFalse();
        assertThat(model.topicNames()).containsExactly("audit", "big", "orders");

        model.topicProperty().set("nope");
        assertThat(model.topicErrorProperty().get()).startsWith("Topic 'nope' does not exist on this cluster");
        assertThat(model.canSendProperty().get()).isFalse();

        model.topicProperty().set("orders");
        assertThat(model.topicErrorProperty().get()).isEmpty();
        assertThat(model.partitionHintProperty().get()).isEqualTo("partitions 0–2; blank lets the producer choose");
        assertThat(model.canSendProperty().get()).isTrue();
    }

    @Test
    void badJsonHeadersOrPartitionAreExplainedNextToTheFieldAndTurnSendOff() {
        SendRecordViewModel model = dialog("orders");

        model.valueFormatProperty().set(ValueFormat.JSON);
        model.valueProperty().set("{\"id\": ");
        assertThat(model.valueErrorProperty().get()).startsWith("Not valid JSON at line 1");
        assertThat(model.canSendProperty().get()).isFalse();
        model.valueProperty().set("{\"id\": 1}");
        assertThat(model.valueErrorProperty().get()).isEmpty();

        model.headersProperty().set("trace");
        assertThat(model.headersErrorProperty().get()).isEqualTo("Line 1: expected name=value, found no '='");
        assertThat(model.canSendProperty().get()).isFalse();
        model.headersProperty().set("trace=abc");
        assertThat(model.headersErrorProperty().get()).isEmpty();

        model.partitionProperty().set("3");
        assertThat(model.partitionErrorProperty().get()).isEqualTo("Partition: at most 2, the topic has partitions 0–2");
        assertThat(model.canSendProperty().get()).isFalse();
        model.topicProperty().set("audit");
        assertThat(model.partitionErrorProperty().get()).isEqualTo("Partition: at most 0, the topic has only partition 0");
        model.partitionProperty().set("-3");
        assertThat(model.partitionErrorProperty().get()).isEqualTo("Partition: at least 0");
        model.partitionProperty().set("abc");
        assertThat(model.partitionErrorProperty().get()).isEqualTo("Partition: “abc” is not a whole number (empty: the producer chooses)");
        assertThat(model.canSendProperty().get()).isFalse();
        model.partitionProperty().set("0");
        assertThat(model.canSendProperty().get()).isTrue();
        model.topicProperty().set("nope");
        assertThat(model.partitionErrorProperty().get()).isEqualTo("Choose an existing topic first");
    }

    @Test
    void sendHandsOverTheFieldsAndShowsWhereTheBrokerStoredIt() {
        SendRecordViewModel model = dialog("orders");
        model.keyProperty().set("k1");
        model.valueProperty().set("hello");
        model.headersProperty().set("trace=abc");
        model.partitionProperty().set("2");

        model.send();

        assertThat(sent).containsExactly(new OneRecord("orders", Optional.of("k1"), "hello",
                List.of(Map.entry("trace", "abc")), OptionalInt.of(2)));
        assertThat(model.sendingProperty().get()).isTrue();
        assertThat(model.canSendProperty().get()).as("one send at a time").isFalse();

        answer.complete(new SentRecord("orders", 2, 41, 0));

        assertThat(model.sendingProperty().get()).isFalse();
        assertThat(model.resultProperty().get()).isEqualTo("Sent to orders: partition 2, offset 41");
        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(model.canSendProperty().get()).as("the fields stay for the next one").isTrue();
    }

    @Test
    void aRefusalIsShownInWordsAndTheNextEditClearsIt() {
        SendRecordViewModel model = dialog("orders");
        model.valueProperty().set("x".repeat(10));

        model.send();
        answer.completeExceptionally(new RecordTooLargeException("The message is 2000000 bytes"));

        assertThat(model.errorProperty().get()).isEqualTo("Not sent: A record is too large for this topic "
                + "(max.message.bytes) or producer (max.request.size). Broker said: The message is 2000000 bytes");
        assertThat(model.resultProperty().get()).isEmpty();
        assertThat(model.canSendProperty().get()).isTrue();

        model.valueProperty().set("short");
        assertThat(model.errorProperty().get()).isEmpty();
    }

    @Test
    void closingReleasesTheSender() {
        SendRecordViewModel model = dialog("orders");

        model.close();

        assertThat(closed).isTrue();
    }

    @Test
    void onAReadOnlyProfileNothingIsSentAndTheDialogSaysWhy() {
        SimpleObjectProperty<Connection> connection = new SimpleObjectProperty<>(
                ReadOnlyProfiles.connection(ReadOnlyProfiles.STAGING));
        SendRecordViewModel model = new SendRecordViewModel(new ManualTicks().runtime(), Map.of("orders", 3), "orders",
                channel, ChangeGuard.following(connection, Connection::profile));
        model.valueProperty().set("hello");
        assertThat(model.canSendProperty().get()).isTrue();

        connection.set(ReadOnlyProfiles.connection(ReadOnlyProfiles.PRODUCTION));

        assertThat(model.canSendProperty().get()).isFalse();
        assertThat(model.changeGuard().reason()).isEqualTo(ReadOnlyProfiles.REASON);
        assertThat(model.send()).isCompletedExceptionally();
        assertThat(sent).isEmpty();
        assertThat(model.errorProperty().get()).isEqualTo(ReadOnlyProfiles.REASON);
    }
}
