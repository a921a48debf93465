package dev.kafkaexplorer.kafka.doctor;

import java.util.ArrayList;
import java.util.List;

/** A failure and its causes, outermost first: what the doctor's words look through to name the real cause. */
final class CauseChain {

    private CauseChain() {
    }

    static List<Throwable> of(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = failure; t != null && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }

    /** Whether {@code failure} or one of its causes is a {@code type}. */
    static boolean has(Throwable failure, Class<? extends Throwable> type) {
        return of(failure).stream().anyMatch(type::isInstance);
    }
}
