package dev.kafkaexplorer.ui.send;

import dev.kafkaexplorer.kafka.produce.OneRecord;
import dev.kafkaexplorer.kafka.produce.RecordSizes;
import dev.kafkaexplorer.kafka.produce.SentRecord;
import dev.kafkaexplorer.kafka.produce.SingleRecordSender;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.apache.kafka.clients.admin.Admin;

/** What the produce-one-message dialog sends through: a producer of its own, and the topics' limits. */
public interface SendChannel {

    /** Sends one record with a producer whose {@code max.request.size} is {@code maxRequestSize}; may complete on any thread. */
    CompletableFuture<SentRecord> send(OneRecord record, int maxRequestSize);

    /** The producer's {@code max.request.size} as the connection configures it. */
    int maxRequestSize();

    /** The topic's {@code max.message.bytes} as the broker applies it; may complete on any thread. */
    CompletionStage<Integer> topicMaxMessageBytes(String topic);

    /** Releases the producer without waiting; called once, when the dialog closes. */
    void close();

    /** Sends through {@code sender}, reads topic limits with {@code admin}; closing closes the sender. */
    static SendChannel over(SingleRecordSender sender, Admin admin) {
        return new SendChannel() {
            @Override
            public CompletableFuture<SentRecord> send(OneRecord record, int maxRequestSize) {
                return sender.send(record, maxRequestSize);
            }

            @Override
            public int maxRequestSize() {
                return sender.configuredMaxRequestSize();
            }

            @Override
            public CompletionStage<Integer> topicMaxMessageBytes(String topic) {
                return RecordSizes.topicMaxMessageBytes(admin, topic);
            }

            @Override
            public void close() {
                sender.close();
            }
        };
    }
}
