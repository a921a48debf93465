package dev.kafkaexplorer.ui.main;

import dev.kafkaexplorer.settings.AppDirectories;
import dev.kafkaexplorer.settings.ProfileRepository;
import dev.kafkaexplorer.settings.SettingsStore;
import dev.kafkaexplorer.settings.UiState;
import dev.kafkaexplorer.ui.common.UiRuntime;
import dev.kafkaexplorer.ui.groups.GroupsViewModel;
import dev.kafkaexplorer.ui.live.LiveViewModel;
import dev.kafkaexplorer.ui.producer.ProducerViewModel;
import dev.kafkaexplorer.ui.topics.TopicsViewModel;
import java.util.function.Function;
import javafx.scene.Parent;

/**
 * What the main window's own controller needs from the app: folders, saved state, the saved cluster profiles, the runtime the view-models share, the
 * view-models its notices follow, the commands its menus run, {@code screens}, which builds a tab's screen from its FXML,
 * and {@code newWindow}, which opens another main window (File → New window).
 */
public record MainWindowContext(
        AppDirectories directories,
        UiState savedUi,
        SettingsStore settingsStore,
        ProfileRepository profiles,
        UiRuntime runtime,
        TopicsViewModel topics,
        ProducerViewModel producer,
        LiveViewModel live,
        GroupsViewModel groups,
        WindowCommands commands,
        Function<String, Parent> screens,
        Runnable newWindow) {
}
