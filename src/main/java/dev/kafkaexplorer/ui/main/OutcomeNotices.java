package dev.kafkaexplorer.ui.main;

import dev.kafkaexplorer.ui.common.Toasts;
import dev.kafkaexplorer.ui.live.LiveViewModel;
import dev.kafkaexplorer.ui.producer.ProducerViewModel;
import dev.kafkaexplorer.ui.topics.TopicsViewModel;
import javafx.application.Platform;

/**
 * Turns the end of background work into a toast, so the user learns of it on any tab: a topic
 * created or deleted, a producer run finished or failed, an export written, a group deleted or
 * reset. Each toast also goes into the window's notifications history. The screens already say so
 * in their own status lines; this only watches those and never changes them.
 */
final class OutcomeNotices {

    private OutcomeNotices() {
    }

    static void watch(Toasts toasts, MainWindowContext context) {
        TopicsViewModel topics = context.topics();
        ProducerViewModel producer = context.producer();
        LiveViewModel live = context.live();
        // Messages ending in "…" report work under way; the outcome replaces them.
        topics.messageProperty().addListener((obs, old, text) -> {
            if (!text.isBlank() && !text.endsWith("…")) {
                toasts.show(text, text.startsWith("Could not") ? Toasts.Kind.FAILED : Toasts.Kind.DONE);
            }
        });
        // Of the groups screen's lines only what the user did: its list's load failures are no news.
        context.groups().messageProperty().addListener((obs, old, text) -> {
            if (text.startsWith("Deleted consumer group") || text.startsWith("Reset the offsets")) {
                toasts.show(text, Toasts.Kind.DONE);
            }
        });
        context.groups().deleteRefusalProperty().addListener((obs, old, text) -> {
            if (!text.isBlank()) {
                toasts.show(text, Toasts.Kind.FAILED);
            }
        });
        // The view-models set the outcome text just after the state it follows, so it is read a moment later.
        producer.runningProperty().addListener((obs, was, running) -> {
            if (!running) {
                Platform.runLater(() -> {
                    String text = producer.runMessageProperty().get();
                    boolean failed = text.startsWith("Could not") || text.startsWith("Stopped by an error");
                    // "failed 14" beside a green tick read as a success: failures make it a warning.
                    Toasts.Kind kind = failed ? Toasts.Kind.FAILED
                            : text.startsWith("Finished with failures") ? Toasts.Kind.WARNING : Toasts.Kind.DONE;
                    toasts.show("Producer: " + text, kind);
                });
            }
        });
        live.exportProgressProperty().addListener((obs, was, progress) -> {
            if (progress.doubleValue() < 0 && was.doubleValue() >= 0) {
                Platform.runLater(() -> {
                    String text = live.exportMessageProperty().get();
                    toasts.show(text, text.startsWith("Export failed") ? Toasts.Kind.FAILED : Toasts.Kind.DONE);
                });
            }
        });
    }
}
