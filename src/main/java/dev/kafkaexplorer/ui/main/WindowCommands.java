package dev.kafkaexplorer.ui.main;

import dev.kafkaexplorer.ui.common.Command;

/**
 * The commands the main window's menus and shortcuts run: the very objects the screens' buttons
 * are bound to, so an item is enabled exactly when its button is and does what a click does.
 * Refresh runs the selected screen's own refresh; the live screen has none and refreshes the topics.
 */
public record WindowCommands(
        Command newTopic,
        Command refreshTopics,
        Command refreshSamples,
        Command refreshGroups,
        Command refreshCluster,
        Command refreshSchemas,
        Command startProducer,
        Command stopProducer,
        Command startOrStopLive,
        Command pauseLive,
        Command clearLive) {
}
