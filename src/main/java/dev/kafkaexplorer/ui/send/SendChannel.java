package dev.kafkaexplorer.ui.send;

import dev.kafkaexplorer.kafka.produce.OneRecord;
import dev.kafkaexplorer.kafka.produce.SentRecord;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

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
}
