package dev.kafkaexplorer.ui.main;

import dev.kafkaexplorer.settings.SettingsStore;
import dev.kafkaexplorer.settings.UiState;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Writes the window's layout to the settings off the FX thread. Background writes may run out of
 * order, and one may run after the shutdown write; each writes the newest layout rather than its
 * own snapshot, so the write that runs last writes the newest.
 */
final class LayoutWrites {

    private final SettingsStore store;
    private final Executor workers;
    private final AtomicReference<UiState> latest = new AtomicReference<>();

    LayoutWrites(SettingsStore store, Executor workers) {
        this.store = store;
        this.workers = workers;
    }

    /** Keeps {@code state} as the newest and writes it on a worker. */
    void saveInBackground(UiState state) {
        latest.set(state);
        workers.execute(this::writeLatest);
    }

    /** Keeps {@code last} as the newest and returns its blocking write, for the shutdown thread. */
    Runnable finalWrite(UiState last) {
        latest.set(last);
        return this::writeLatest;
    }

    private void writeLatest() {
        store.update(saved -> saved.withUi(latest.get()));
    }
}
