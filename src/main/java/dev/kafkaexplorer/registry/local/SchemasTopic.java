package dev.kafkaexplorer.registry.local;

import dev.kafkaexplorer.kafka.ClusterAccess;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The compacted {@code _schemas} topic behind the local registry, kept as Confluent's registry
 * keeps it: one partition, read from the start into the {@link SchemaStore} by a reader thread that
 * then follows it, and written by an acknowledged producer. A write returns once the reader has
 * taken it in, so what a request wrote is what the next one reads; another registry on the same
 * broker is followed too.
 */
final class SchemasTopic implements AutoCloseable {

    static final String TOPIC = "_schemas";
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Logger LOG = LoggerFactory.getLogger(SchemasTopic.class);

    private final TopicPartition partition = new TopicPartition(TOPIC, 0);
    private final Admin admin;
    private final KafkaProducer<byte[], byte[]> producer;
    private final KafkaConsumer<byte[], byte[]> consumer;
    private final SchemaStore store;
    private final Thread reader;
    private volatile boolean running = true;
    private long applied; // guarded by this: every offset below it is in the store
    private Exception readerFailure; // guarded by this

    private SchemasTopic(ClusterAccess broker, SchemaStore store) {
        this.store = store;
        this.admin = Admin.create(broker.applyTo(new Properties()));
        Properties p = broker.applyTo(new Properties());
        p.put(ProducerConfig.CLIENT_ID_CONFIG, "local-schema-registry-writer");
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) WAIT.toMillis());
        p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) WAIT.toMillis());
        p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) WAIT.toMillis() + 1);
        this.producer = new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer());
        Properties c = broker.applyTo(new Properties());
        c.put(ConsumerConfig.CLIENT_ID_CONFIG, "local-schema-registry-reader");
        c.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        c.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        this.consumer = new KafkaConsumer<>(c, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        this.reader = new Thread(this::read, "local-schema-registry-reader");
        reader.setDaemon(true);
    }

    /** Creates the topic when missing, reads it to its end into {@code store}, and keeps following it. */
    static SchemasTopic open(ClusterAccess broker, SchemaStore store) throws Exception {
        SchemasTopic topic = new SchemasTopic(broker, store);
        try {
            topic.createIfMissing();
            topic.reader.start();
            topic.catchUp();
            return topic;
        } catch (Exception | Error e) {
            topic.close();
            throw e;
        }
    }

    private void createIfMissing() throws Exception {
        NewTopic schemas = new NewTopic(TOPIC, Optional.of(1), Optional.empty())
                .configs(Map.of("cleanup.policy", "compact"));
        try {
            admin.createTopics(List.of(schemas)).all().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
    }

    /** Waits until the store holds every record the topic has now (what other writers added too). */
    void catchUp() throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            try {
                long end = admin.listOffsets(Map.of(partition, OffsetSpec.latest())).partitionResult(partition)
                        .get(WAIT.toMillis(), TimeUnit.MILLISECONDS).offset();
                awaitApplied(end, deadline);
                return;
            } catch (ExecutionException e) {
                // Just after its creation the partition may have no leader yet: ask again.
                if (!(e.getCause() instanceof RetriableException) || System.nanoTime() - deadline > 0) {
                    throw e;
                }
                TimeUnit.MILLISECONDS.sleep(100);
            }
        }
    }

    /** Writes one record (a null value removes its key) and waits until the store has it. */
    void write(byte[] key, byte[] value) throws Exception {
        RecordMetadata written = producer.send(new ProducerRecord<>(TOPIC, partition.partition(), key, value))
                .get(WAIT.toMillis() + 1000, TimeUnit.MILLISECONDS);
        awaitApplied(written.offset() + 1, System.nanoTime() + WAIT.toNanos());
    }

    private synchronized void awaitApplied(long offset, long deadline) throws Exception {
        while (applied < offset) {
            if (readerFailure != null) {
                throw new IOException("the " + TOPIC + " topic cannot be read: " + readerFailure.getMessage(), readerFailure);
            }
            if (!running) {
                throw new IOException("the local registry is closed");
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new TimeoutException("the " + TOPIC + " topic was not read up to offset " + offset
                        + " within " + WAIT.toSeconds() + " s");
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
    }

    private void read() {
        try {
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            while (running) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                    try {
                        store.apply(r.key(), r.value());
                    } catch (IOException | RuntimeException unreadable) {
                        LOG.warn("Skipped record {} of {}: it is not a schema registry's record ({})",
                                r.offset(), TOPIC, unreadable.toString());
                    }
                }
                long position = consumer.position(partition);
                synchronized (this) {
                    applied = position;
                    notifyAll();
                }
            }
        } catch (WakeupException closing) {
            // close() stops the reader
        } catch (Exception e) {
            LOG.warn("The local registry stopped reading {}", TOPIC, e);
            synchronized (this) {
                readerFailure = e;
            }
        } finally {
            consumer.close(Duration.ofSeconds(2));
            synchronized (this) {
                notifyAll();
            }
        }
    }

    @Override
    public void close() {
        running = false;
        if (reader.getState() != Thread.State.NEW) {
            consumer.wakeup();
            try {
                reader.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        } else {
            consumer.close(Duration.ZERO);
        }
        producer.close(Duration.ofSeconds(5));
        admin.close(Duration.ofSeconds(5));
    }
}
