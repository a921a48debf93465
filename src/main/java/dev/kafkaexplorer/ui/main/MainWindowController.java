package dev.kafkaexplorer.ui.main;

import dev.kafkaexplorer.settings.UiState;
import dev.kafkaexplorer.ui.common.LazyTabs;
import dev.kafkaexplorer.ui.common.NodeTree;
import dev.kafkaexplorer.ui.common.NoteHistory;
import dev.kafkaexplorer.ui.common.Toasts;
import dev.kafkaexplorer.ui.common.UiRuntime;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The main window around the screens: menus and their shortcuts, the theme, toasts for finished
 * background work, and the remembered layout. Menu items run the same {@link WindowCommands} the
 * screens' buttons are bound to, so an item is enabled exactly when its button is.
 */
public final class MainWindowController {

    /** Second keys of menu items, beside the ones the menus show: Refresh's and Keyboard shortcuts'. */
    private static final KeyCombination REFRESH_AGAIN = KeyCombination.valueOf("Shortcut+R");
    private static final KeyCombination SHORTCUTS_AGAIN = KeyCombination.valueOf("Shortcut+Slash");
    /** When the other tabs' screens are built if no connection has come by then. */
    private static final Duration BUILD_OTHER_SCREENS_AT_LATEST = Duration.ofSeconds(5);

    private final MainWindowContext context;
    private final UiRuntime runtime;
    private final NoteHistory history = new NoteHistory();
    private final Toasts toasts = new Toasts(history);
    private final LayoutWrites layoutWrites;
    private LayoutMemory layout;
    /** Buttons that have a menu item, by fx:id: their tooltips name the item's shortcut. */
    private final Map<String, MenuItem> shortcutsOfButtons = new LinkedHashMap<>();
    /** Opens the Clusters window over this one (App's, set before the window shows). */
    private Consumer<Window> openClusters = owner -> { };

    @FXML private BorderPane mainRoot;
    @FXML private MenuBar menuBar;
    @FXML private Menu viewMenu;
    @FXML private MenuItem clustersItem;
    @FXML private MenuItem newWindowMenuItem;
    @FXML private MenuItem newTopicItem;
    @FXML private MenuItem refreshItem;
    @FXML private MenuItem openLogFolderItem;
    @FXML private MenuItem quitItem;
    @FXML private RadioMenuItem lightThemeItem;
    @FXML private RadioMenuItem darkThemeItem;
    @FXML private MenuItem findItem;
    @FXML private SeparatorMenuItem tabItemsStart;
    @FXML private MenuItem producerStartItem;
    @FXML private MenuItem producerStopItem;
    @FXML private MenuItem liveStartItem;
    @FXML private MenuItem livePauseItem;
    @FXML private MenuItem liveClearItem;
    @FXML private CheckMenuItem sideBySideItem;
    @FXML private MenuItem shortcutsItem;
    @FXML private MenuItem aboutItem;
    @FXML private TabPane mainTabs;
    @FXML private Tab topicsTab, producerTab, liveTab, groupsTab, clusterTab;
    @FXML private Menu logLevelMenu;

    public MainWindowController(MainWindowContext context) {
        this.context = context;
        this.runtime = context.runtime();
        this.layoutWrites = new LayoutWrites(context.settingsStore(), runtime.workers());
    }

    @FXML
    private void initialize() {
        // Toasts and the notifications bell float over the tabs, so they never push the content around.
        mainRoot.setCenter(NotificationsView.overlay(mainTabs, toasts, history));
        layout = new LayoutMemory(mainRoot, mainTabs, this::theme, sideBySideItem::isSelected, layoutWrites::saveInBackground);
        wireCommands();
        wireTheme();
        ActionIcons.dress(mainRoot);
        ActionIcons.dressMenus(menuBar);
        OutcomeNotices.watch(toasts, context);
    }

    private void wireCommands() {
        WindowCommands commands = context.commands();
        MenuCommands menus = new MenuCommands(mainTabs);
        menus.bind(newTopicItem, commands.newTopic(), topicsTab);
        menus.bind(producerStartItem, commands.startProducer(), producerTab);
        menus.bind(producerStopItem, commands.stopProducer(), producerTab);
        menus.bind(liveStartItem, commands.startOrStopLive(), liveTab);
        menus.bind(livePauseItem, commands.pauseLive(), liveTab);
        menus.bind(liveClearItem, commands.clearLive(), liveTab);
        menus.bindPerTab(refreshItem, Map.of(producerTab, commands.refreshSamples(), groupsTab, commands.refreshGroups(),
                clusterTab, commands.refreshCluster()), commands.refreshTopics());
        shortcutsOfButtons.putAll(Map.of("createTopicButton", newTopicItem, "producerStart", producerStartItem,
                "producerStop", producerStopItem, "liveStart", liveStartItem, "livePause", livePauseItem,
                "liveClear", liveClearItem, "refreshTopicsButton", refreshItem));
        SelectedTabActions.wireFind(mainTabs, findItem);
        newWindowMenuItem.setOnAction(e -> context.newWindow().run());
        openLogFolderItem.setOnAction(e -> openLogFolder());
        LogLevelMenu.fill(logLevelMenu, runtime.workers(), context.settingsStore());
        shortcutsItem.setOnAction(e -> ShortcutsDialog.show(mainRoot.getScene().getWindow(),
                KeyboardShortcuts.of(menuBar.getMenus(), secondKeys(), KeyCombination::getDisplayText)));
        aboutItem.setOnAction(e -> AboutDialog.show(mainRoot.getScene().getWindow(), context.directories(),
                context.topics().connectionProperty().get()));
        // File → Clusters… and the connection bar's button open the same window.
        clustersItem.setOnAction(e -> openClusters.accept(mainRoot.getScene().getWindow()));
        NodeTree.byId(mainRoot, "clustersButton", ButtonBase.class).ifPresent(button -> {
            button.setOnAction(e -> clustersItem.fire());
            ActionIcons.mentionShortcut(button, clustersItem.getText(), clustersItem.getAccelerator());
        });
        TabMenuItems.add(viewMenu, tabItemsStart, mainTabs);
    }

    private Map<KeyCombination, MenuItem> secondKeys() {
        Map<KeyCombination, MenuItem> keys = new LinkedHashMap<>();
        keys.put(REFRESH_AGAIN, refreshItem);
        keys.put(SHORTCUTS_AGAIN, shortcutsItem);
        return keys;
    }

    /** A tab's screen was built: its icons, saved sizes and shortcut hints. */
    private void screenBuilt(Node screen) {
        ActionIcons.dress(screen);
        layout.adopt(screen);
        shortcutsOfButtons.forEach((buttonId, item) -> NodeTree.byId(screen, buttonId, ButtonBase.class)
                .ifPresent(button -> ActionIcons.mentionShortcut(button, item.getText(), item.getAccelerator())));
        NodeTree.descendants(screen).filter(SelectedTabActions::isFilterField).map(TextField.class::cast)
                .forEach(field -> field.setTooltip(new Tooltip(
                        "Filter as you type (" + findItem.getAccelerator().getDisplayText() + ")")));
    }

    private void wireTheme() {
        (context.savedUi().theme() == UiState.Theme.DARK ? darkThemeItem : lightThemeItem).setSelected(true);
        darkThemeItem.selectedProperty().addListener((obs, was, dark) -> {
            Themes.apply(theme());
            layout.saveSoon();
        });
    }

    /** What File → Clusters… and the bar's Clusters button do: open the Clusters window over {@code owner}. */
    public void opensClustersWith(Consumer<Window> open) {
        this.openClusters = open;
    }

    /** Dresses {@code stage} as the user left it; call before it shows. */
    public void attach(Stage stage) {
        Themes.apply(theme());
        layout.restoreAndTrack(stage, context.savedUi());
        // After the saved tab is selected (above): only that screen is built for the first frame.
        LazyTabs screens = new LazyTabs(mainTabs, context.screens()::apply, this::screenBuilt);
        screens.buildSelected();
        DeferredScreens.buildWhenConnected(screens, context.topics().connectionProperty(), runtime.ticks(),
                BUILD_OTHER_SCREENS_AT_LATEST);
        secondKeys().forEach((keys, item) -> stage.getScene().getAccelerators().put(keys, item::fire));
        // Producer and live table together: restored as left, remembered when changed.
        new SideBySide(mainTabs, producerTab, liveTab, screens, layout::adopt,
                context.commands().stopProducer().executableProperty())
                .follow(sideBySideItem, context.savedUi().sideBySide(), layout::saveSoon);
        // Quit ends the app, every window with it (App.stop closes each window's clients in order);
        // closing a window ends only that one.
        quitItem.setOnAction(e -> javafx.application.Platform.exit());
    }

    /** For the window closing: takes the layout now (on the FX thread) and returns its blocking write, for the shutdown thread. */
    public Runnable prepareShutdown() {
        return layoutWrites.finalWrite(layout.finalSnapshot());
    }

    private UiState.Theme theme() {
        return darkThemeItem.isSelected() ? UiState.Theme.DARK : UiState.Theme.LIGHT;
    }

    private void openLogFolder() {
        var folder = context.directories().logDir();
        runtime.whenDone(LogFolder.open(folder, runtime.workers()), opened -> {
            if (!opened) {
                toasts.show("No file manager to open here. The log folder is " + folder, Toasts.Kind.INFO);
            }
        }, error -> { });
    }
}
