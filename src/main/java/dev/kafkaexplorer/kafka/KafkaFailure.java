package dev.kafkaexplorer.kafka;

/**
 * A failure already put into words a user can act on. The cause keeps the original exception for
 * the log; the message never contains secrets.
 */
public final class KafkaFailure extends RuntimeException {

    public KafkaFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
