package dev.kafkaexplorer.kafka.consume;

import java.time.Duration;

/**
 * Starts the reading of a live view's rows: the app's reads Kafka with a {@link LiveConsumer}; a
 * view-model test passes an in-memory one, so the view's logic is checked without a broker.
 */
@FunctionalInterface
public interface RowSource {

    /** The app's source: a {@link LiveConsumer} on a thread of its own. */
    RowSource KAFKA = (request, sink) -> new LiveConsumer(request, sink).start();

    /** Starts reading what {@code request} asks for, handing the rows to {@code sink}; returns at once. */
    Run start(ConsumeRequest request, RowSink sink);

    /** One started reading, controlled from the FX thread while its rows arrive on another. */
    interface Run {

        /** Stops fetching without losing the position. */
        void pause();

        /** Fetches again from where the pause left off. */
        void resume();

        /** Asks the reading to end; returns at once. Its status turns STOPPED once it has. */
        void stop();

        /** Waits until the reading has ended and let go of its resources. Blocking. */
        boolean awaitStopped(Duration timeout) throws InterruptedException;

        /** Records handed to the sink so far. */
        long consumed();

        LiveConsumer.Status status();
    }
}
