package dev.kafkaexplorer.ui.live;

import dev.kafkaexplorer.settings.AppSettings;
import dev.kafkaexplorer.settings.SettingsStore;
import dev.kafkaexplorer.settings.TopicFormats;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;

/**
 * Where the live table keeps the formats each topic of each cluster is read with. Asked on the FX
 * thread when a topic is chosen, so it answers from memory and never waits on the disk.
 */
public interface FormatMemory {

    /** The formats {@code topic} of {@code cluster} was last read with; Auto for both when none were chosen. */
    TopicFormats recall(String cluster, String topic);

    /** Remembers the formats chosen for {@code topic} of {@code cluster}. */
    void remember(String cluster, String topic, TopicFormats formats);

    /** Remembers for as long as the object lives: for a view-model test. */
    static FormatMemory inMemory() {
        return inSettings(AppSettings.defaults(), null, Runnable::run);
    }

    /**
     * The app's: starts from {@code settings} (as loaded) and writes each choice to {@code store}
     * on {@code workers} (a null store writes nothing). Writes may run out of order: each writes the
     * newest choice for its topic, not its own, so the last to run writes the newest.
     */
    static FormatMemory inSettings(AppSettings settings, SettingsStore store, Executor workers) {
        Map<String, TopicFormats> chosen = new ConcurrentHashMap<>();
        settings.recordFormats().forEach((cluster, topics) ->
                topics.forEach((topic, formats) -> chosen.put(cluster + '\n' + topic, formats)));
        return new FormatMemory() {
            @Override
            public TopicFormats recall(String cluster, String topic) {
                return chosen.getOrDefault(cluster + '\n' + topic, TopicFormats.AUTO);
            }

            @Override
            public void remember(String cluster, String topic, TopicFormats formats) {
                chosen.put(cluster + '\n' + topic, formats);
                if (store != null) {
                    workers.execute(() -> store.update(saved -> saved.withTopicFormats(cluster, topic, recall(cluster, topic))));
                }
            }
        };
    }
}
