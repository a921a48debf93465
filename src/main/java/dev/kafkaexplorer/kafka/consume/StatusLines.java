package dev.kafkaexplorer.kafka.consume;

import dev.kafkaexplorer.kafka.KafkaErrorText;
import dev.kafkaexplorer.kafka.consume.LiveConsumer.State;
import dev.kafkaexplorer.kafka.consume.LiveConsumer.Status;
import org.apache.kafka.common.errors.DisconnectException;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.TimeoutException;

/** The sentences of a live view's status line, kept together so every state reads alike. */
final class StatusLines {

    private static final Status PAUSED = new Status(State.PAUSED, "Paused");

    private StatusLines() {
    }

    static Status connecting(ConsumeRequest request) {
        return new Status(State.STARTING, "Connecting to " + request.bootstrapServers() + "…");
    }

    static Status joining(ConsumeRequest request) {
        return new Status(State.STARTING, "Joining group " + request.groupId().orElseThrow() + "…");
    }

    static Status paused() {
        return PAUSED;
    }

    /** Reading {@code assigned} partitions, or the one the request chose. */
    static Status reading(ConsumeRequest request, int assigned) {
        String topic = request.topic();
        if (request.partition().isPresent()) {
            return new Status(State.RUNNING, "Reading " + topic + ", partition " + request.partition().getAsInt());
        }
        return new Status(State.RUNNING, "Reading " + topic + " from " + assigned
                + (assigned == 1 ? " partition" : " partitions") + request.groupId().map(g -> " as group " + g).orElse(""));
    }

    static Status retrying(RetriableException e) {
        boolean unreachable = e instanceof TimeoutException || e instanceof DisconnectException;
        return new Status(State.RETRYING,
                (unreachable ? "Broker unreachable, retrying: " : "Retrying: ") + KafkaErrorText.general(e));
    }

    /** The end of a run that {@code e} failed, naming the topic once. */
    static Status failed(String topic, RuntimeException e) {
        String words = KafkaErrorText.forTopic(topic, e);
        return new Status(State.FAILED, words.contains(topic) ? words : "Reading " + topic + " stopped: " + words);
    }

    static Status stopped(long consumed) {
        return new Status(State.STOPPED, "Stopped after reading " + consumed + " records");
    }
}
