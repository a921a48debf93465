package dev.kafkaexplorer.ui.connection;

import dev.kafkaexplorer.ui.common.TickSource;
import dev.kafkaexplorer.ui.common.UiRuntime;
import dev.kafkaexplorer.ui.connection.ConnectionViewModel.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.CompletableFuture;

/**
 * Watches whether the connected cluster still answers, so "Connected" is not shown while it does
 * not: every few seconds a short describe-cluster through the {@link ClusterHeartbeat}, on the
 * workers; the listener hears only of changes (lost, back). Used on the FX thread.
 */
final class HealthWatch {

    static final Duration PERIOD = Duration.ofSeconds(2);
    /**
     * Long enough that a busy broker (a producer at full speed on a small machine) is not taken
     * for a gone one; a check still under way when the next is due delays that one.
     */
    static final Duration CHECK_TIMEOUT = Duration.ofSeconds(3);

    /** Hears when the watched cluster stops and starts answering. */
    interface Listener {
        void notAnswering(LocalTime since);

        void answeringAgain(int brokers);
    }

    private final UiRuntime runtime;
    private final ClusterHeartbeat heartbeat;
    private final Clock clock;
    private final Listener listener;
    private final TickSource.Ticker ticker;
    private Connection watched;
    private boolean checking;
    private boolean answering = true;
    private LocalTime since;

    HealthWatch(UiRuntime runtime, ClusterHeartbeat heartbeat, Clock clock, Listener listener) {
        this.runtime = runtime;
        this.heartbeat = heartbeat;
        this.clock = clock;
        this.listener = listener;
        this.ticker = runtime.ticks().every(PERIOD, this::check);
    }

    /** Watches {@code connection} from now on, taking it as answering (it just did). */
    void watch(Connection connection) {
        watched = connection;
        checking = false;
        answering = true;
        ticker.start();
    }

    void stop() {
        watched = null;
        ticker.stop();
    }

    /** Whether the watched cluster answered the last check. */
    boolean answering() {
        return answering;
    }

    /** When the first unanswered check began, while the cluster does not answer. */
    LocalTime since() {
        return since;
    }

    private void check() {
        if (watched == null || checking) {
            return;
        }
        Connection asked = watched;
        checking = true;
        LocalTime startedAt = LocalTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        CompletableFuture<Integer> answer = runtime.onWorker(() -> heartbeat.brokersAnswering(asked, CHECK_TIMEOUT))
                .thenCompose(stage -> stage);
        runtime.whenDone(answer, brokers -> {
            if (asked == watched) {
                checking = false;
                if (!answering) {
                    answering = true;
                    listener.answeringAgain(brokers);
                }
            }
        }, error -> {
            if (asked == watched) {
                checking = false;
                if (answering) {
                    answering = false;
                    since = startedAt;
                    listener.notAnswering(startedAt);
                }
            }
        });
    }
}
