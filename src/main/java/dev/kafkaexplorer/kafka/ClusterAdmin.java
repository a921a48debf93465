package dev.kafkaexplorer.kafka;

import java.time.Duration;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.CreateTopicsOptions;
import org.apache.kafka.clients.admin.DeleteTopicsOptions;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The app's door to one cluster's {@link Admin} client. Every call returns a future at once and
 * never blocks the caller; results are completed on {@code callbackExecutor} so no work runs on
 * the admin client's own network thread (DESIGN.md §3.2).
 */
public final class ClusterAdmin implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ClusterAdmin.class);
    /** After create/delete, how long to wait for the change to show in the broker's metadata. */
    private static final Duration SETTLE_TIMEOUT = Duration.ofSeconds(10);
    private static final long SETTLE_POLL_MS = 100;

    private final Admin admin;
    private final ConnectionSettings settings;
    private final Executor callbackExecutor;

    private ClusterAdmin(Admin admin, ConnectionSettings settings, Executor callbackExecutor) {
        this.admin = admin;
        this.settings = settings;
        this.callbackExecutor = callbackExecutor;
    }

    /**
     * Creates the admin client. May block briefly on DNS for the bootstrap hosts, so call it off
     * the FX thread. Fails with a {@link KafkaFailure} when no bootstrap host resolves.
     */
    public static ClusterAdmin open(ConnectionSettings settings, Executor callbackExecutor) {
        // The access's properties (security) first; the app's own settings below win, as in Kafka's tools.
        Properties props = settings.access().applyTo(new Properties());
        props.put(AdminClientConfig.CLIENT_ID_CONFIG, "kafka-explorer-admin");
        int timeoutMs = (int) settings.timeout().toMillis();
        // One timeout the user chose bounds every call, so a dead address fails in words, in time.
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, timeoutMs);
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.min(timeoutMs, 30_000));
        // Do not hammer an address that refuses connections while the user reads the message.
        props.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 2_000);
        try {
            return new ClusterAdmin(Admin.create(props), settings, callbackExecutor);
        } catch (org.apache.kafka.common.KafkaException e) {
            throw new KafkaFailure("Cannot use '" + settings.bootstrapServers() + "': "
                    + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage()), e);
        }
    }

    public ConnectionSettings settings() {
        return settings;
    }

    /**
     * The underlying client, for the feature classes beside this one (cluster, topic details,
     * groups) that each wrap their own part of the Admin API. Never call {@code get()} on its
     * futures from the FX thread; go through {@link #stage} and {@link #callbackExecutor()}.
     */
    public Admin client() {
        return admin;
    }

    /** Where results are completed, so no work runs on the admin client's network thread. */
    public Executor callbackExecutor() {
        return callbackExecutor;
    }

    /** The call timeout the user chose, in milliseconds, for the {@code *Options.timeoutMs} of each call. */
    public int timeoutMs() {
        return (int) settings.timeout().toMillis();
    }

    /** Asks the cluster who it is; the first call that proves the address is a Kafka cluster. */
    public CompletableFuture<ClusterInfo> describeCluster() {
        var result = admin.describeCluster(new DescribeClusterOptions().timeoutMs(timeoutMs()));
        CompletableFuture<String> id = stage(result.clusterId());
        CompletableFuture<Collection<Node>> nodes = stage(result.nodes());
        CompletableFuture<Node> controller = stage(result.controller());
        return CompletableFuture.allOf(id, nodes, controller)
                .thenApplyAsync(ignored -> {
                    List<ClusterInfo.BrokerInfo> brokers = nodes.join().stream()
                            .sorted(Comparator.comparingInt(Node::id))
                            .map(n -> new ClusterInfo.BrokerInfo(n.id(), n.host(), n.port(), n.rack()))
                            .toList();
                    Node c = controller.join();
                    return new ClusterInfo(id.join(), brokers, c == null ? -1 : c.id());
                }, callbackExecutor)
                .exceptionallyCompose(this::connectFailure);
    }

    private <T> CompletableFuture<T> connectFailure(Throwable error) {
        Throwable t = KafkaErrorText.unwrap(error);
        if (t instanceof TimeoutException) {
            return CompletableFuture.failedFuture(new KafkaFailure("No Kafka broker answered at "
                    + settings.bootstrapServers() + " within " + settings.timeout().toSeconds()
                    + " s. Check the address and that the broker is running and reachable.", t));
        }
        return CompletableFuture.failedFuture(new KafkaFailure(
                "Cannot connect to " + settings.bootstrapServers() + ": " + KafkaErrorText.general(t), t));
    }

    /** How many topics are described per describeTopics call, so a large cluster answers in steps. */
    public static final int DESCRIBE_CHUNK = 500;

    /** Told how far a topic list has loaded; called on the admin's threads, so hand it on quickly. */
    @FunctionalInterface
    public interface LoadProgress {
        void loaded(int described, int total);
    }

    /** All topics with partition count and replication factor, sorted by name. */
    public CompletableFuture<List<TopicSummary>> listTopics(boolean includeInternal) {
        return listTopics(includeInternal, (described, total) -> { });
    }

    /**
     * All topics, described {@link #DESCRIBE_CHUNK} names at a time with {@code progress} told after
     * each step: one request for 10 000 topics would be one long wait with nothing to show. A topic
     * deleted between the listing and its description is left out.
     */
    public CompletableFuture<List<TopicSummary>> listTopics(boolean includeInternal, LoadProgress progress) {
        return new TopicListLoader(this).load(includeInternal, progress);
    }

    /**
     * Creates a topic and completes once every partition has a leader, so a refresh right after
     * shows it and a producer can write to it at once.
     */
    public CompletableFuture<TopicSummary> createTopic(NewTopicRequest request) {
        NewTopic topic = new NewTopic(request.name(), request.partitions(), request.replicationFactor())
                .configs(request.configs());
        return stage(admin.createTopics(List.of(topic), new CreateTopicsOptions().timeoutMs(timeoutMs())).all())
                .thenCompose(ignored -> settle(() -> describe(request.name()),
                        d -> d != null && d.partitions().stream().allMatch(p -> p.leader() != null)))
                .thenApplyAsync(d -> {
                    if (d == null) {
                        throw new KafkaFailure("Topic '" + request.name() + "' was created but the broker does not list it yet;"
                                + " refresh in a moment.", null);
                    }
                    return TopicSummary.of(d);
                }, callbackExecutor)
                .whenComplete((created, error) -> {
                    if (error == null) {
                        LOG.info("Created topic {}: {} partitions, replication factor {}, configs {}", request.name(),
                                request.partitions(), request.replicationFactor(), request.configs());
                    } else {
                        LOG.warn("Creating topic {} failed: {}", request.name(), KafkaErrorText.forTopic(request.name(), error));
                    }
                });
    }

    /** Deletes a topic and completes once the broker no longer lists it. */
    public CompletableFuture<Void> deleteTopic(String name) {
        return stage(admin.deleteTopics(List.of(name), new DeleteTopicsOptions().timeoutMs(timeoutMs())).all())
                .thenCompose(ignored -> settle(this::topicNames, names -> !names.contains(name)))
                .<Void>thenApplyAsync(ignored -> null, callbackExecutor)
                .whenComplete((deleted, error) -> {
                    if (error == null) {
                        LOG.info("Deleted topic {}", name);
                    } else {
                        LOG.warn("Deleting topic {} failed: {}", name, KafkaErrorText.forTopic(name, error));
                    }
                });
    }

    private CompletableFuture<TopicDescription> describe(String name) {
        return stage(admin.describeTopics(List.of(name)).allTopicNames())
                .thenApply(map -> map.get(name))
                .exceptionally(error -> {
                    if (KafkaErrorText.unwrap(error) instanceof UnknownTopicOrPartitionException) {
                        return null;
                    }
                    throw new java.util.concurrent.CompletionException(KafkaErrorText.unwrap(error));
                });
    }

    private CompletableFuture<Set<String>> topicNames() {
        return stage(admin.listTopics(new ListTopicsOptions().listInternal(true)).names());
    }

    /**
     * Re-asks {@code query} until {@code done} holds: the controller has committed the change,
     * but the broker answering metadata requests may learn of it a moment later.
     */
    private <T> CompletableFuture<T> settle(Supplier<CompletableFuture<T>> query, Predicate<T> done) {
        long deadline = System.nanoTime() + SETTLE_TIMEOUT.toNanos();
        CompletableFuture<T> result = new CompletableFuture<>();
        settleStep(query, done, deadline, result);
        return result;
    }

    private <T> void settleStep(Supplier<CompletableFuture<T>> query, Predicate<T> done, long deadline,
                                CompletableFuture<T> result) {
        query.get().whenComplete((value, error) -> {
            if (error == null && done.test(value)) {
                result.complete(value);
            } else if (System.nanoTime() > deadline) {
                if (error != null) {
                    result.completeExceptionally(KafkaErrorText.unwrap(error));
                } else {
                    result.complete(value);
                }
            } else {
                CompletableFuture.delayedExecutor(SETTLE_POLL_MS, TimeUnit.MILLISECONDS)
                        .execute(() -> settleStep(query, done, deadline, result));
            }
        });
    }

    /** A Kafka future as a {@link CompletableFuture}, completed on the admin client's thread. */
    public static <T> CompletableFuture<T> stage(KafkaFuture<T> future) {
        return future.toCompletionStage().toCompletableFuture();
    }

    /** Closes the client, waiting at most {@code timeout}. Blocking: call it off the FX thread. */
    public void close(Duration timeout) {
        long began = System.nanoTime();
        admin.close(timeout);
        LOG.debug("Admin client for {} closed in {} ms", settings.bootstrapServers(), (System.nanoTime() - began) / 1_000_000);
    }

    @Override
    public void close() {
        close(Duration.ofSeconds(2));
    }
}
