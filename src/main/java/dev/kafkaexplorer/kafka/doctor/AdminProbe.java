package dev.kafkaexplorer.kafka.doctor;

import dev.kafkaexplorer.kafka.KafkaErrorText;
import dev.kafkaexplorer.kafka.ClusterAccess;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.DescribeClusterResult;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.config.SaslConfigs;

/**
 * A short-lived admin client with the profile's own properties, for the steps that need a real
 * client: SASL login, the brokers the cluster advertises, and what the principal may do. Every
 * call has a bound of a few seconds, and closing waits at most one.
 */
final class AdminProbe implements AutoCloseable {

    static final Duration CALL_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(1);

    /** What describeCluster gave: the brokers and the principal's cluster operations, or the failure. */
    record ClusterView(Collection<Node> nodes, Set<AclOperation> operations, Throwable failure) {
    }

    private final Admin admin;
    private final KafkaException openFailure;
    private ClusterView cluster;

    private AdminProbe(Admin admin, KafkaException openFailure) {
        this.admin = admin;
        this.openFailure = openFailure;
    }

    static AdminProbe open(ClusterAccess access) {
        Properties props = access.applyTo(new Properties());
        props.put(AdminClientConfig.CLIENT_ID_CONFIG, "kafka-explorer-doctor");
        int callMs = (int) CALL_TIMEOUT.toMillis();
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, callMs);
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, callMs - 1000);
        // An advertised address that drops packets must fail within the step, not after 10 s.
        props.put(AdminClientConfig.SOCKET_CONNECTION_SETUP_TIMEOUT_MS_CONFIG, 1000);
        props.put(AdminClientConfig.SOCKET_CONNECTION_SETUP_TIMEOUT_MAX_MS_CONFIG, 1000);
        props.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 500);
        // An OAuth token endpoint is asked while the client is made: a bounded wait there too,
        // instead of Kafka's 10 s of retries and the JDK's unbounded socket reads.
        props.put(SaslConfigs.SASL_LOGIN_CONNECT_TIMEOUT_MS, callMs);
        props.put(SaslConfigs.SASL_LOGIN_READ_TIMEOUT_MS, callMs);
        props.put(SaslConfigs.SASL_LOGIN_RETRY_BACKOFF_MAX_MS, 1000L);
        try {
            return new AdminProbe(Admin.create(props), null);
        } catch (KafkaException e) {
            return new AdminProbe(null, e);
        }
    }

    /** Why the client could not be made from the profile (a JAAS or TLS setting), or null. */
    KafkaException openFailure() {
        return openFailure;
    }

    /** describeCluster with the principal's operations, asked once. */
    ClusterView cluster() {
        if (cluster == null) {
            if (openFailure != null) {
                cluster = new ClusterView(List.of(), null, openFailure);
                return cluster;
            }
            DescribeClusterResult result = admin.describeCluster(new DescribeClusterOptions()
                    .timeoutMs((int) CALL_TIMEOUT.toMillis()).includeAuthorizedOperations(true));
            try {
                cluster = new ClusterView(await(result.nodes()), await(result.authorizedOperations()), null);
            } catch (Exception e) {
                cluster = new ClusterView(List.of(), null, KafkaErrorText.unwrap(e));
            }
        }
        return cluster;
    }

    /** The names of the topics the principal may see; throws what the broker refused with. */
    Set<String> topicNames() throws Exception {
        try {
            return await(admin.listTopics(new ListTopicsOptions().timeoutMs((int) CALL_TIMEOUT.toMillis())).names());
        } catch (ExecutionException e) {
            throw KafkaErrorText.unwrap(e) instanceof Exception cause ? cause : e;
        }
    }

    private static <T> T await(KafkaFuture<T> future) throws Exception {
        // One second beyond the call's own timeout, so the client's error (in words) comes first.
        try {
            return future.get(CALL_TIMEOUT.toMillis() + 1000, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new org.apache.kafka.common.errors.TimeoutException("no answer within "
                    + CALL_TIMEOUT.toSeconds() + " s", e);
        }
    }

    @Override
    public void close() {
        if (admin != null) {
            admin.close(CLOSE_TIMEOUT);
        }
    }
}
