package dev.kafkaexplorer.kafka.consume;

import dev.kafkaexplorer.kafka.KafkaFailure;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.NoOffsetForPartitionException;
import org.apache.kafka.clients.consumer.OffsetOutOfRangeException;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one topic for a live view on a thread of its own, which creates, uses and closes the
 * {@link KafkaConsumer} (DESIGN.md §3.3). Each poll's records become {@link RecordRow}s on that
 * thread and reach the {@link RowSink} in one batch. {@link PartitionPlacement} puts it on its
 * partitions; errors are sorted by {@link ReadErrors}: fatal ones end the run as {@link State#FAILED},
 * records deleted before they were read are skipped with a note, and transient ones are retried
 * after a second. The status line's sentences come from {@link StatusLines}. With chosen formats
 * (or a schema registry) each record is {@linkplain RowDecoding#prepare prepared} here, so that its
 * row decodes without waiting when a cell shows it; a record that cannot be decoded says so on its
 * row and the run goes on.
 */
public final class LiveConsumer implements RowSource.Run {

    private static final Logger LOG = LoggerFactory.getLogger(LiveConsumer.class);
    /** Short, so pause and stop requests are applied within a tenth of a second. */
    private static final Duration POLL_TIMEOUT = Duration.ofMillis(100);
    private static final long RETRY_BACKOFF_MS = 1_000;
    /** Leaving a group and the last commit take a moment; a vanished broker must not hold the stop. */
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(5);

    /** Where a run stands. */
    public enum State { STARTING, RUNNING, PAUSED, RETRYING, STOPPED, FAILED }

    /** The state and a sentence for the status line. */
    public record Status(State state, String message) {
    }

    private final ConsumeRequest request;
    private final RowSink sink;
    private final Thread thread;
    private final CountDownLatch stopRequested = new CountDownLatch(1);
    private final AtomicLong consumed = new AtomicLong();
    private volatile boolean pauseRequested;
    private volatile Consumer<byte[], byte[]> consumer;
    private volatile Status status;
    /** Group mode: the group has given this member its partitions at least once. Consumer thread only. */
    private boolean joined;
    /** How this run's rows read keys and values; null when they read as they are. Consumer thread only. */
    private RowDecoding decoding;

    public LiveConsumer(ConsumeRequest request, RowSink sink) {
        this.request = request;
        this.sink = sink;
        this.status = StatusLines.connecting(request);
        this.thread = new Thread(this::run, "live-consumer-" + request.topic());
        this.thread.setDaemon(true);
    }

    /** Starts the consumer's thread; returns at once. */
    public LiveConsumer start() {
        thread.start();
        return this;
    }

    /** Stops fetching; the consumer thread pauses every assigned partition and no position is lost. */
    @Override
    public void pause() {
        pauseRequested = true;
    }

    /** Fetches again from where the pause left off. */
    @Override
    public void resume() {
        pauseRequested = false;
    }

    /** Asks the consumer to stop and wakes it from any blocking call; returns at once. */
    @Override
    public void stop() {
        stopRequested.countDown();
        // The consumer thread checks the flag after publishing the consumer, so no wakeup is missed.
        Consumer<byte[], byte[]> current = consumer;
        if (current != null) {
            current.wakeup();
        }
    }

    /** Waits until the consumer thread has closed the consumer and ended. Blocking. */
    @Override
    public boolean awaitStopped(Duration timeout) throws InterruptedException {
        thread.join(Math.max(1, timeout.toMillis()));
        return !thread.isAlive();
    }

    @Override
    public Status status() {
        return status;
    }

    /** Records handed to the sink so far. */
    @Override
    public long consumed() {
        return consumed.get();
    }

    private boolean stopping() {
        return stopRequested.getCount() == 0;
    }

    private void run() {
        Consumer<byte[], byte[]> c = null;
        try {
            decoding = RowDecoding.forRun(request);
            c = new KafkaConsumer<>(ConsumerProperties.forLiveView(request),
                    new ByteArrayDeserializer(), new ByteArrayDeserializer());
            consumer = c;
            readUntilStopped(c);
        } catch (WakeupException | InterruptException e) {
            LOG.debug("Live view of {} woken to stop", request.topic());
        } catch (KafkaFailure e) {
            LOG.info("Live view of {} ended: {}", request.topic(), e.getMessage());
            status = new Status(State.FAILED, e.getMessage());
        } catch (RuntimeException e) {
            LOG.warn("Live view of {} failed", request.topic(), e);
            status = StatusLines.failed(request.topic(), e);
        } finally {
            if (c != null) {
                close(c);
            }
            if (status.state() != State.FAILED) {
                status = StatusLines.stopped(consumed.get());
            }
        }
    }

    private void readUntilStopped(Consumer<byte[], byte[]> c) {
        PartitionPlacement placement = new PartitionPlacement(c, request, () -> pauseRequested, () -> onAssigned(c));
        boolean positioned = false;
        while (!stopping()) {
            try {
                if (!positioned) {
                    position(c, placement);
                    positioned = true;
                }
                pollOnce(c, placement);
            } catch (RetriableException e) {
                if (!ReadErrors.isTransient(e)) {
                    throw e;
                }
                retryLater(e);
            }
        }
    }

    /** Assigns (or subscribes) and seeks to the start position. */
    private void position(Consumer<byte[], byte[]> c, PartitionPlacement placement) {
        placement.place();
        status = placement.inGroup() ? StatusLines.joining(request) : readingStatus(c);
    }

    /** Group mode, on the consumer thread inside a poll: the group has given this member its partitions. */
    private void onAssigned(Consumer<byte[], byte[]> c) {
        joined = true;
        if (status.state() == State.RUNNING) {
            status = readingStatus(c);
        }
    }

    private void pollOnce(Consumer<byte[], byte[]> c, PartitionPlacement placement) {
        applyPauseRequest(c, placement);
        ConsumerRecords<byte[], byte[]> records;
        try {
            records = c.poll(POLL_TIMEOUT);
        } catch (OffsetOutOfRangeException e) {
            skipDeleted(c, e);
            return;
        } catch (NoOffsetForPartitionException e) {
            // Group mode: a partition came back after a rebalance without a committed offset.
            placement.restart(e.partitions());
            return;
        }
        deliver(records);
        if (records.isEmpty()) {
            // A deleted topic does not make poll throw: the client logs fetch errors and retries
            // for ever. A poll that brought records has shown the topic is there; quiet ones check.
            placement.checkTopicStillExists();
        }
        if (status.state() == State.RETRYING || (status.state() == State.STARTING && (joined || !placement.inGroup()))) {
            status = readingStatus(c);
        }
    }

    private void applyPauseRequest(Consumer<byte[], byte[]> c, PartitionPlacement placement) {
        boolean paused = pauseRequested;
        placement.holdPaused(paused);
        if (paused && status.state() == State.RUNNING) {
            status = StatusLines.paused();
        } else if (!paused && status.state() == State.PAUSED) {
            status = readingStatus(c);
        }
    }

    private void deliver(ConsumerRecords<byte[], byte[]> records) {
        if (records.isEmpty()) {
            return;
        }
        List<RecordRow> batch = new ArrayList<>(records.count());
        RowDecoding d = decoding;
        for (ConsumerRecord<byte[], byte[]> r : records) {
            if (d != null) {
                // Fetches a schema the first time its id is seen; a stop waits at most for that one call.
                d.prepare(r.key(), r.value());
            }
            batch.add(RecordRow.of(r, d));
        }
        sink.accept(Collections.unmodifiableList(batch));
        consumed.addAndGet(batch.size());
    }

    private void skipDeleted(Consumer<byte[], byte[]> c, OffsetOutOfRangeException e) {
        String notes = ReadErrors.skipDeleted(c, e);
        LOG.info("Live view of {}: {}", request.topic(), notes);
        Status reading = readingStatus(c);
        status = new Status(reading.state(), reading.message() + ". " + notes);
    }

    private void retryLater(RetriableException e) {
        status = StatusLines.retrying(e);
        LOG.debug("Live view of {} retrying after {}", request.topic(), e.toString());
        try {
            // Waiting on the stop latch, not sleeping: a stop ends the back-off at once.
            stopRequested.await(RETRY_BACKOFF_MS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            stopRequested.countDown();
        }
    }

    private Status readingStatus(Consumer<byte[], byte[]> c) {
        return pauseRequested ? StatusLines.paused() : StatusLines.reading(request, c.assignment().size());
    }

    private void close(Consumer<byte[], byte[]> c) {
        try {
            c.close(CloseOptions.timeout(CLOSE_TIMEOUT));
        } catch (RuntimeException e) {
            LOG.warn("Closing the live view consumer of {} failed", request.topic(), e);
        }
    }
}
