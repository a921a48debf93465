package dev.kafkaexplorer.kafka.produce;

import dev.kafkaexplorer.kafka.ClusterAccess;
import dev.kafkaexplorer.kafka.KafkaErrorText;
import dev.kafkaexplorer.kafka.KafkaFailure;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Sends records typed by hand, one at a time, through one {@link KafkaProducer} (acks=all,
 * idempotent) that a thread of this sender's own creates, uses and closes: {@code send} can wait
 * for metadata and {@code close} for the network, so neither may run on the caller's (FX) thread.
 */
public final class SingleRecordSender implements AutoCloseable {

    private static final AtomicInteger COUNT = new AtomicInteger();
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(5);

    private final ExecutorService thread;
    private final ClusterAccess access;
    private final Duration timeout;
    private final int number;
    private final int configuredMaxRequestSize;
    private final CompletableFuture<KafkaProducer<byte[], byte[]>> producer;
    /** The producer used now, and its max.request.size; touched only on the sender's thread. */
    private KafkaProducer<byte[], byte[]> current;
    private int currentMaxRequestSize;
    private boolean firstTaken;

    /** Starts the sender's thread and creates the producer there; returns at once. */
    public SingleRecordSender(ClusterAccess access, Duration timeout) {
        this.access = access;
        this.timeout = timeout;
        this.number = COUNT.incrementAndGet();
        this.configuredMaxRequestSize = RecordSizes.maxRequestSize(access);
        this.currentMaxRequestSize = configuredMaxRequestSize;
        String name = "send-record-" + number;
        thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            // A send stuck on a dead cluster must never keep the JVM alive after the window closed.
            t.setDaemon(true);
            return t;
        });
        producer = CompletableFuture.supplyAsync(() -> create(access, timeout, number, configuredMaxRequestSize), thread);
    }

    private static KafkaProducer<byte[], byte[]> create(ClusterAccess access, Duration timeout, int number,
                                                        int maxRequestSize) {
        // The access's properties (security) first; the settings here win, as in Kafka's own tools.
        Properties p = access.applyTo(new Properties());
        // One id per dialog: two producers with one id clash in the client's metrics registration.
        p.put(ProducerConfig.CLIENT_ID_CONFIG, "kafka-explorer-send-record-" + number);
        // A hand-made record is sent once and stored once: every replica in sync has it before "sent".
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        // Nothing to batch with: send at once.
        p.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        // A missing topic or dead cluster is reported within the user's timeout, not the default minute.
        long ms = timeout.toMillis();
        p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, ms);
        p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) Math.min(ms, 30_000));
        p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) Math.max(ms, Math.min(ms, 30_000) + 1));
        p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, maxRequestSize);
        return new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer());
    }

    /** The {@code max.request.size} of this sender's producer as the connection configures it. */
    public int configuredMaxRequestSize() {
        return configuredMaxRequestSize;
    }

    /** Sends {@code record}; completes with where the broker stored it, or fails with a {@link KafkaFailure} in words. */
    public CompletableFuture<SentRecord> send(OneRecord record) {
        return send(record, configuredMaxRequestSize);
    }

    /**
     * Sends {@code record} through a producer whose {@code max.request.size} is {@code maxRequestSize}:
     * a user who raised it for a large value gets a producer made with it (Kafka fixes the limit
     * when a producer is made), and the configured one back for the next small value.
     */
    public CompletableFuture<SentRecord> send(OneRecord record, int maxRequestSize) {
        CompletableFuture<SentRecord> result = new CompletableFuture<>();
        try {
            // Tasks run in order on the one thread, so the producer is made (or failed) by now.
            thread.execute(() -> {
                try {
                    KafkaProducer<byte[], byte[]> p = producerFor(maxRequestSize);
                    checkPartition(p, record);
                    p.send(toProducerRecord(record), (metadata, error) -> {
                        if (error != null) {
                            result.completeExceptionally(failure(record.topic(), error));
                        } else {
                            result.complete(new SentRecord(metadata.topic(), metadata.partition(), metadata.offset(),
                                    metadata.timestamp()));
                        }
                    });
                } catch (RuntimeException e) {
                    result.completeExceptionally(failure(record.topic(), e));
                }
            });
        } catch (RejectedExecutionException e) {
            result.completeExceptionally(new KafkaFailure("This sender is closed.", e));
        }
        return result;
    }

    /**
     * On the sender's thread: the producer with {@code maxRequestSize}, replacing the one in use
     * when it differs. A producer that could not be made is made again on the next send.
     */
    private KafkaProducer<byte[], byte[]> producerFor(int maxRequestSize) {
        if (current == null) {
            current = firstTaken ? create(access, timeout, number, currentMaxRequestSize) : producer.join();
            firstTaken = true;
        }
        if (maxRequestSize != currentMaxRequestSize) {
            KafkaProducer<byte[], byte[]> replaced = current;
            current = null;
            currentMaxRequestSize = maxRequestSize;
            replaced.close(CLOSE_TIMEOUT);
            current = create(access, timeout, number, maxRequestSize);
        }
        return current;
    }

    /**
     * Refuses a partition the topic does not have. {@code send} itself would wait the whole
     * {@code max.block.ms} for it to appear and then report a timeout, as if the cluster were down.
     */
    private static void checkPartition(KafkaProducer<byte[], byte[]> producer, OneRecord record) {
        if (record.partition().isEmpty()) {
            return;
        }
        int wanted = record.partition().getAsInt();
        int count = producer.partitionsFor(record.topic()).size();
        if (wanted < 0 || wanted >= count) {
            String range = count == 1 ? "1 partition (0)" : count + " partitions (0 to " + (count - 1) + ")";
            throw new KafkaFailure("Topic '" + record.topic() + "' has " + range + "; there is no partition " + wanted + ".", null);
        }
    }

    private static KafkaFailure failure(String topic, Throwable error) {
        Throwable t = KafkaErrorText.unwrap(error);
        if (t instanceof KafkaFailure f) {
            return f;
        }
        return new KafkaFailure(KafkaErrorText.forTopic(topic, t), t);
    }

    private static ProducerRecord<byte[], byte[]> toProducerRecord(OneRecord record) {
        List<Header> headers = List.of(RecordSizes.headers(record));
        byte[] key = record.key().map(k -> k.getBytes(StandardCharsets.UTF_8)).orElse(null);
        Integer partition = record.partition().isPresent() ? record.partition().getAsInt() : null;
        return new ProducerRecord<>(record.topic(), partition, key, record.value(), headers);
    }

    /** Closes the producer on its own thread, after any send still queued, and returns at once. */
    @Override
    public void close() {
        try {
            thread.execute(() -> {
                if (current != null) {
                    current.close(CLOSE_TIMEOUT);
                } else if (!firstTaken && !producer.isCompletedExceptionally()) {
                    producer.join().close(CLOSE_TIMEOUT);
                }
            });
        } catch (RejectedExecutionException alreadyClosed) {
            return;
        }
        thread.shutdown();
    }

    /** Waits until the producer is closed and the thread has ended. Blocking: for tests and shutdown. */
    public boolean awaitClosed(Duration timeout) throws InterruptedException {
        return thread.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }
}
