package dev.kafkaexplorer.kafka;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.InvalidConfigurationException;
import org.apache.kafka.common.errors.InvalidPartitionsException;
import org.apache.kafka.common.errors.InvalidReplicationFactorException;
import org.apache.kafka.common.errors.InvalidRequestException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.PolicyViolationException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicDeletionDisabledException;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.common.errors.UnsupportedVersionException;

/** Turns what Kafka throws into sentences that say what happened, keeping the broker's own words. */
public final class KafkaErrorText {

    /** Kafka's controller refuses a create-topics request asking for more partitions than this. */
    private static final String PARTITIONS_PER_REQUEST = "10 000";

    private KafkaErrorText() {
    }

    /** The innermost meaningful cause: futures wrap the broker's exception once or twice. */
    public static Throwable unwrap(Throwable error) {
        Throwable t = error;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    /** A sentence for a failed topic operation; {@code topic} names the topic it was about. */
    public static String forTopic(String topic, Throwable error) {
        Throwable t = unwrap(error);
        if (t instanceof KafkaFailure) {
            return t.getMessage();
        }
        String broker = brokerWords(t);
        if (t instanceof TopicExistsException) {
            return "Topic '" + topic + "' already exists." + broker;
        }
        if (t instanceof InvalidReplicationFactorException) {
            return "The replication factor is larger than the number of brokers available." + broker;
        }
        if (t instanceof PolicyViolationException && t.getMessage() != null
                && t.getMessage().startsWith("Excessively large number of partitions")) {
            // KRaft's own fixed cap (MAX_PARTITIONS_PER_BATCH), not a policy the cluster's owner set.
            return "Too many partitions: a Kafka cluster creates at most " + PARTITIONS_PER_REQUEST
                    + " partitions in one request, a limit built into Kafka." + broker;
        }
        if (t instanceof PolicyViolationException) {
            return "Refused by the cluster's topic policy." + broker;
        }
        if (t instanceof InvalidConfigurationException || t instanceof ConfigException) {
            return "Refused by the cluster." + broker;
        }
        if (t instanceof InvalidPartitionsException) {
            return "The number of partitions was refused." + broker;
        }
        if (t instanceof InvalidTopicException) {
            return "The topic name was refused." + broker;
        }
        if (t instanceof RecordTooLargeException || t instanceof RecordBatchTooLargeException) {
            return "A record is too large for this topic (max.message.bytes) or producer (max.request.size)." + broker;
        }
        if (t instanceof UnknownTopicOrPartitionException) {
            return "Topic '" + topic + "' does not exist (any more)." + broker;
        }
        if (t instanceof TopicDeletionDisabledException) {
            return "Topic deletion is disabled on this cluster (delete.topic.enable=false)." + broker;
        }
        return general(t);
    }

    /** A sentence for anything else that went wrong while talking to the cluster. */
    public static String general(Throwable error) {
        Throwable t = unwrap(error);
        if (t instanceof KafkaFailure) {
            return t.getMessage();
        }
        String broker = brokerWords(t);
        if (t instanceof AuthorizationException) {
            return "Not authorized: the cluster refused this operation for your principal." + broker;
        }
        if (t instanceof AuthenticationException) {
            return "Authentication failed: check the user name, password or certificates.";
        }
        if (t instanceof TimeoutException) {
            return "No answer from the cluster in time: it may be down, unreachable or overloaded." + broker;
        }
        if (t instanceof UnsupportedVersionException) {
            return "This cluster's Kafka version does not support that operation." + broker;
        }
        if (t instanceof InvalidRequestException) {
            return "The cluster refused the request as invalid." + broker;
        }
        if (t instanceof KafkaException && t.getMessage() != null) {
            return t.getMessage();
        }
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }

    private static String brokerWords(Throwable t) {
        String message = t.getMessage();
        return message == null || message.isBlank() ? "" : " Broker said: " + message.trim();
    }
}
