package dev.kafkaexplorer.ui.main;

import dev.kafkaexplorer.settings.AppDirectories;
import dev.kafkaexplorer.settings.ProfileRepository;
import dev.kafkaexplorer.settings.SettingsStore;
import dev.kafkaexplorer.ui.common.UiRuntime;
import dev.kafkaexplorer.ui.connection.ConnectionServices;

/**
 * What the app makes once and every window shares: folders, the settings and profiles, the
 * runtime (FX thread, workers, timers) and the connection services with the one local broker.
 */
public record AppServices(AppDirectories directories, SettingsStore settingsStore, ProfileRepository profiles,
                          UiRuntime runtime, ConnectionServices connections) {
}
