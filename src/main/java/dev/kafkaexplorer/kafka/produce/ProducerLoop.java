package dev.kafkaexplorer.kafka.produce;

import dev.kafkaexplorer.kafka.KafkaErrorText;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Streams records from a {@link RecordSource} to one topic at a target rate, on a thread of its
 * own that owns the {@link KafkaProducer}. Every record handed to {@code send} is counted once as
 * acknowledged or failed; stopping flushes first, so when the run has finished
 * {@code sent == acked + failed} and nothing acknowledged was lost.
 */
public final class ProducerLoop {

    private static final Logger LOG = LoggerFactory.getLogger(ProducerLoop.class);
    /** Below this lead the loop spins instead of parking: parking overshoots by ~50-100 µs. */
    private static final long SPIN_BELOW_NANOS = 200_000;
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);
    private static final AtomicIntegerFieldUpdater<OnceCallback> COUNTED =
            AtomicIntegerFieldUpdater.newUpdater(OnceCallback.class, "counted");

    /** Where a run stands. */
    public enum State { STARTING, RUNNING, STOPPING, FINISHED, FAILED }

    private final ProduceRequest request;
    private final RecordSource source;
    private final AtomicBoolean stopRequested = new AtomicBoolean();
    private final AtomicReference<State> state = new AtomicReference<>(State.STARTING);
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong acked = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicReference<String> lastError = new AtomicReference<>("");
    private final LatencyHistogram latencies = new LatencyHistogram();
    private final Thread thread;
    private final TopicGoneCheck topicCheck;
    /** Set once the cluster said the topic is gone: that reason then stays the run's last error. */
    private volatile boolean topicGone;
    private volatile long startNanos;
    private volatile long endNanos;

    public ProducerLoop(ProduceRequest request, RecordSource source) {
        this.request = request;
        this.source = source;
        this.topicCheck = new TopicGoneCheck(request.access(), request.topic());
        this.thread = new Thread(this::run, "producer-loop-" + request.topic());
        this.thread.setDaemon(true);
    }

    /** Starts the loop's thread; returns at once. */
    public ProducerLoop start() {
        startNanos = System.nanoTime();
        thread.start();
        return this;
    }

    /** Asks the loop to stop; it flushes and closes on its own thread. Returns at once. */
    public void stop() {
        stopRequested.set(true);
    }

    /** Waits until the loop has finished (after {@link #stop()} or its own limit). Blocking. */
    public boolean awaitFinished(Duration timeout) throws InterruptedException {
        thread.join(timeout.toMillis());
        return !thread.isAlive();
    }

    public ProducerStats stats() {
        long end = endNanos == 0 ? System.nanoTime() : endNanos;
        return new ProducerStats(state.get(), sent.get(), acked.get(), failed.get(),
                startNanos == 0 ? 0 : end - startNanos, lastError.get(), latencies.snapshot());
    }

    private void run() {
        KafkaProducer<byte[], byte[]> producer = null;
        State end = State.FINISHED;
        try {
            producer = new KafkaProducer<>(producerProperties(), new ByteArraySerializer(), new ByteArraySerializer());
            state.set(State.RUNNING);
            sendUntilDone(producer);
            state.set(State.STOPPING);
            if (topicGone) {
                end = State.FAILED;
            } else {
                producer.flush();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.warn("Producer to {} stopped by an error", request.topic(), e);
            lastError.set(KafkaErrorText.forTopic(request.topic(), e));
            end = State.FAILED;
        } finally {
            state.set(State.STOPPING);
            if (producer != null) {
                // close() waits for every in-flight send; their callbacks run before it returns. To a
                // deleted topic they could only time out: closing at once fails them now, still counted.
                producer.close(topicGone ? Duration.ZERO : CLOSE_TIMEOUT);
            }
            topicCheck.close();
            source.close();
            endNanos = System.nanoTime();
            // Only now are the counters final: sent == acked + failed.
            state.set(end);
        }
    }

    private void sendUntilDone(KafkaProducer<byte[], byte[]> producer) throws InterruptedException {
        long limit = request.maxRecords().orElse(Long.MAX_VALUE);
        long deadline = request.maxDuration().map(d -> startNanos + d.toNanos()).orElse(Long.MAX_VALUE);
        RateSchedule schedule = request.ratePerSecond().map(rate -> new RateSchedule(rate, System.nanoTime())).orElse(null);
        long n = 0;
        while (!stopRequested.get() && n < limit) {
            if (schedule != null && !waitUntil(schedule.dueNanos(n, System.nanoTime()))) {
                break;
            }
            if (System.nanoTime() - deadline >= 0) {
                break;
            }
            send(producer, source.next());
            n++;
            if (topicCheck.topicGone(System.nanoTime())) {
                LOG.warn("Producer to {} stopped: the topic no longer exists", request.topic());
                lastError.set(TopicGoneCheck.reason(request.topic()));
                topicGone = true;
                break;
            }
        }
    }

    /** Waits for {@code due}; false when a stop was requested meanwhile. */
    private boolean waitUntil(long due) {
        long lead;
        while ((lead = due - System.nanoTime()) > 0) {
            if (stopRequested.get()) {
                return false;
            }
            if (lead > SPIN_BELOW_NANOS) {
                LockSupport.parkNanos(Math.min(lead - SPIN_BELOW_NANOS, 50_000_000));
            } else {
                Thread.onSpinWait();
            }
        }
        return true;
    }

    private void send(KafkaProducer<byte[], byte[]> producer, OutgoingRecord record) {
        if (record.problem() != null) {
            // Its value could not be encoded: counted as sent and failed, with the reason, so
            // sent == acked + failed still holds and the user sees why.
            sent.incrementAndGet();
            failed.incrementAndGet();
            if (!topicGone) {
                lastError.set("A record was not sent: " + record.problem());
            }
            return;
        }
        ProducerRecord<byte[], byte[]> out = new ProducerRecord<>(request.topic(), null, record.key(), record.value(),
                record.headers());
        OnceCallback callback = new OnceCallback(System.nanoTime());
        sent.incrementAndGet();
        try {
            producer.send(out, callback);
        } catch (RuntimeException e) {
            // Some failures are thrown instead of reported to the callback; count them once too.
            callback.onCompletion(null, e);
        }
    }

    /** Counts one send as acknowledged or failed, exactly once, whoever reports it. */
    private final class OnceCallback implements Callback {
        private final long sentAt;
        /** 0 until counted; a field and an updater, not an AtomicBoolean: one object less per record. */
        private volatile int counted;

        OnceCallback(long sentAt) {
            this.sentAt = sentAt;
        }

        @Override
        public void onCompletion(RecordMetadata metadata, Exception error) {
            if (!COUNTED.compareAndSet(this, 0, 1)) {
                return;
            }
            if (error == null) {
                latencies.record(System.nanoTime() - sentAt);
                acked.incrementAndGet();
            } else {
                failed.incrementAndGet();
                if (TopicGoneCheck.mayMeanTopicGone(error)) {
                    topicCheck.suspect();
                }
                if (!topicGone) {
                    lastError.set(KafkaErrorText.forTopic(request.topic(), error));
                }
            }
        }
    }

    private Properties producerProperties() {
        ProducerTuning t = request.tuning();
        // The access's properties (security) first; the settings here win, as in Kafka's own tools.
        Properties p = request.access().applyTo(new Properties());
        p.put(ProducerConfig.CLIENT_ID_CONFIG, "kafka-explorer-producer");
        p.put(ProducerConfig.ACKS_CONFIG, t.acks());
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, t.idempotence());
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, t.compression());
        p.put(ProducerConfig.LINGER_MS_CONFIG, t.lingerMs());
        p.put(ProducerConfig.BATCH_SIZE_CONFIG, t.batchSizeBytes());
        // A missing topic or a dead broker should fail a send in seconds, not hold the loop for a minute.
        p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
        p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000);
        p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 15_000);
        return p;
    }
}
