package dev.kafkaexplorer.kafka.produce;

import dev.kafkaexplorer.kafka.ClusterAccess;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * Tells a deleted topic from a cluster that is down. Kafka's producer reports both the same way, as
 * a metadata timeout ("not present in metadata after 5000 ms"); only the cluster itself can say
 * whether the topic is still there, so on such a failure the loop asks an admin client. Blocking:
 * on the loop's own thread. At most one question every {@link #SPACING}, whatever the send rate.
 */
final class TopicGoneCheck implements AutoCloseable {

    private static final Duration SPACING = Duration.ofSeconds(2);
    private static final long ANSWER_WITHIN_MS = 4_000;

    private final ClusterAccess access;
    private final String topic;
    private volatile boolean suspected;
    private long lastAskedNanos;
    private Admin admin;

    TopicGoneCheck(ClusterAccess access, String topic) {
        this.access = access;
        this.topic = topic;
    }

    /** The run's last error once the topic is gone: what happened and what the app did. */
    static String reason(String topic) {
        return "Topic '" + topic + "' no longer exists: it was deleted while the run was sending to it.";
    }

    /** Whether {@code error} is how a missing topic shows in a send; any thread. */
    static boolean mayMeanTopicGone(Throwable error) {
        return error instanceof TimeoutException || error instanceof UnknownTopicOrPartitionException;
    }

    /** Notes that a send failed in a way a deleted topic would explain; any thread. */
    void suspect() {
        suspected = true;
    }

    /**
     * True when a failure was suspected and the cluster answers that the topic does not exist; false
     * when it exists, when nothing was suspected or when the cluster does not answer (then it is down,
     * and the send's own words say so). Blocking, up to a few seconds, on the loop thread.
     */
    boolean topicGone(long nowNanos) {
        if (!suspected || (lastAskedNanos != 0 && nowNanos - lastAskedNanos < SPACING.toNanos())) {
            return false;
        }
        suspected = false;
        lastAskedNanos = nowNanos;
        try {
            admin().describeTopics(List.of(topic)).allTopicNames().get(ANSWER_WITHIN_MS, TimeUnit.MILLISECONDS);
            return false;
        } catch (ExecutionException e) {
            return e.getCause() instanceof UnknownTopicOrPartitionException;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (java.util.concurrent.TimeoutException | RuntimeException e) {
            return false;
        }
    }

    private Admin admin() {
        if (admin == null) {
            Properties p = access.applyTo(new Properties());
            p.put(AdminClientConfig.CLIENT_ID_CONFIG, "kafka-explorer-producer-check");
            p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) ANSWER_WITHIN_MS);
            p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) ANSWER_WITHIN_MS);
            admin = Admin.create(p);
        }
        return admin;
    }

    @Override
    public void close() {
        if (admin != null) {
            admin.close(Duration.ofSeconds(2));
        }
    }
}
