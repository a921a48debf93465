package dev.kafkaexplorer.ui.main;

import dev.kafkaexplorer.settings.UiState;
import dev.kafkaexplorer.ui.common.FxThread;
import dev.kafkaexplorer.ui.common.LazyTabs;
import dev.kafkaexplorer.ui.common.NodeTree;
import dev.kafkaexplorer.ui.common.Toasts;
import dev.kafkaexplorer.ui.common.Views;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.animation.PauseTransition;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
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
import javafx.scene.layout.StackPane;
import javafx.stage.Modality;
import javafx.stage.Stage;

/**
 * The main window around the screens: menus and their shortcuts, the theme, About, the log
 * folder, toasts for finished background work, and the remembered layout. Menu commands press
 * the screens' own buttons (found by fx:id), so a command is enabled exactly when its button is.
 */
public final class MainWindowController {

    /** The second key for Refresh, beside the menu's F5. */
    private static final KeyCombination REFRESH_AGAIN = KeyCombination.valueOf("Shortcut+R");
    /** When the other tabs' screens are built if no connection has come by then. */
    private static final javafx.util.Duration BUILD_OTHER_SCREENS_AT_LATEST = javafx.util.Duration.seconds(5);

    private final MainWindowContext context;
    private final Toasts toasts = new Toasts();
    /**
     * The newest layout. Background saves may run out of order, and one may run after the shutdown
     * write; each writes this rather than its own snapshot, so the write that runs last writes the newest.
     */
    private final AtomicReference<UiState> latest = new AtomicReference<>();
    private LayoutMemory layout;
    private ButtonCommands commands;
    /** Built in {@link #attach}: the saved tab must be selected first. */
    private LazyTabs screens;

    @FXML private BorderPane mainRoot;
    @FXML private MenuBar menuBar;
    @FXML private Menu viewMenu;
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
    @FXML private MenuItem aboutItem;
    @FXML private TabPane mainTabs;
    @FXML private Menu logLevelMenu;

    public MainWindowController(MainWindowContext context) {
        this.context = context;
    }

    @FXML
    private void initialize() {
        // Toasts float over the tabs, so they never push the content around.
        StackPane center = new StackPane(mainTabs, toasts.layer());
        StackPane.setAlignment(toasts.layer(), Pos.BOTTOM_RIGHT);
        mainRoot.setCenter(center);
        layout = new LayoutMemory(mainRoot, mainTabs, this::theme, this::saveInBackground);
        commands = new ButtonCommands(mainRoot, mainTabs, () -> screens);
        wireCommands();
        wireTheme();
        ActionIcons.dress(mainRoot);
        ActionIcons.dressMenus(menuBar);
        OutcomeNotices.watch(toasts, context.topics(), context.producer(), context.live());
    }

    private void wireCommands() {
        commands.add(newTopicItem, "createTopicButton");
        commands.add(producerStartItem, "producerStart");
        commands.add(producerStopItem, "producerStop");
        commands.add(liveStartItem, "liveStart");
        commands.add(livePauseItem, "livePause");
        commands.add(liveClearItem, "liveClear");
        refreshItem.setOnAction(e -> refreshButton().ifPresent(ButtonBase::fire));
        findItem.setOnAction(e -> filterField(mainTabs.getSelectionModel().getSelectedItem()).ifPresent(field -> {
            field.requestFocus();
            field.selectAll();
        }));
        mainTabs.getSelectionModel().selectedItemProperty().addListener((obs, old, tab) -> updateFindItem());
        // A tab's screen joins it when first wanted, after the selection has changed.
        mainTabs.getTabs().forEach(tab -> tab.contentProperty().addListener(obs -> updateFindItem()));
        openLogFolderItem.setOnAction(e -> openLogFolder());
        LogLevelMenu.fill(logLevelMenu, context.workers(), context.settingsStore());
        aboutItem.setOnAction(e -> showAbout());
        addTabItems();
    }

    /** A tab's screen was built: its icons, saved sizes, menu commands and shortcut hints. */
    private void screenBuilt(Node screen) {
        ActionIcons.dress(screen);
        layout.adopt(screen);
        commands.screenBuilt(screen);
        NodeTree.byId(screen, "refreshTopicsButton", ButtonBase.class)
                .ifPresent(button -> ActionIcons.mentionShortcut(button, "Refresh", refreshItem.getAccelerator()));
        NodeTree.descendants(screen).filter(MainWindowController::isFilterField).map(TextField.class::cast)
                .forEach(field -> field.setTooltip(new Tooltip(
                        "Filter as you type (" + findItem.getAccelerator().getDisplayText() + ")")));
    }

    private void updateFindItem() {
        findItem.setDisable(filterField(mainTabs.getSelectionModel().getSelectedItem()).isEmpty());
    }

    private void wireTheme() {
        (context.savedUi().theme() == UiState.Theme.DARK ? darkThemeItem : lightThemeItem).setSelected(true);
        darkThemeItem.selectedProperty().addListener((obs, was, dark) -> {
            Themes.apply(theme());
            layout.saveSoon();
        });
    }

    /** Dresses {@code stage} as the user left it; call before it shows. */
    public void attach(Stage stage) {
        Themes.apply(theme());
        layout.restoreAndTrack(stage, context.savedUi());
        // After the saved tab is selected: only that screen is built for the first frame.
        screens = new LazyTabs(mainTabs, context.screens()::apply, this::screenBuilt);
        screens.buildSelected();
        buildOtherScreensWhenConnected();
        updateFindItem();
        stage.getScene().getAccelerators().put(REFRESH_AGAIN, () -> refreshItem.fire());
        quitItem.setOnAction(e -> stage.close());
    }

    /**
     * The screens behind the other tabs are built once the app is connected (or has tried for a
     * while), so that work does not compete with the start for the CPU.
     */
    private void buildOtherScreensWhenConnected() {
        var connection = context.topics().connectionProperty();
        PauseTransition patience = new PauseTransition(BUILD_OTHER_SCREENS_AT_LATEST);
        InvalidationListener onConnected = new InvalidationListener() {
            @Override
            public void invalidated(Observable property) {
                if (connection.get() != null) {
                    buildOtherScreens(patience, this);
                }
            }
        };
        if (connection.get() != null) {
            screens.buildRestOnePerFrame();
            return;
        }
        patience.setOnFinished(e -> buildOtherScreens(patience, onConnected));
        patience.play();
        connection.addListener(onConnected);
    }

    /** Whichever comes first, the connection or the patience running out, does it once. */
    private void buildOtherScreens(PauseTransition patience, InvalidationListener onConnected) {
        patience.stop();
        context.topics().connectionProperty().removeListener(onConnected);
        screens.buildRestOnePerFrame();
    }

    /**
     * For the window closing: takes the layout now (on the FX thread) and returns the blocking
     * write of it, for the shutdown thread.
     */
    public Runnable prepareShutdown() {
        latest.set(layout.finalSnapshot());
        return this::writeLatest;
    }

    private UiState.Theme theme() {
        return darkThemeItem.isSelected() ? UiState.Theme.DARK : UiState.Theme.LIGHT;
    }

    private void saveInBackground(UiState state) {
        latest.set(state);
        context.workers().execute(this::writeLatest);
    }

    private void writeLatest() {
        context.settingsStore().update(saved -> saved.withUi(latest.get()));
    }

    /** Ctrl+1…n select the tabs, whatever tabs the window has. */
    private void addTabItems() {
        int at = viewMenu.getItems().indexOf(tabItemsStart) + 1;
        for (int i = 0; i < mainTabs.getTabs().size() && i < 9; i++) {
            Tab tab = mainTabs.getTabs().get(i);
            MenuItem item = new MenuItem();
            item.textProperty().bind(tab.textProperty());
            item.setAccelerator(KeyCombination.valueOf("Shortcut+" + (i + 1)));
            item.setOnAction(e -> mainTabs.getSelectionModel().select(tab));
            viewMenu.getItems().add(at + i, item);
        }
    }

    /** The tab's filter field: by convention the text field whose fx:id ends in "Filter". */
    private static Optional<TextField> filterField(Tab tab) {
        if (tab == null || tab.getContent() == null) {
            return Optional.empty();
        }
        return NodeTree.descendants(tab.getContent()).filter(MainWindowController::isFilterField)
                .map(TextField.class::cast).findFirst();
    }

    private static boolean isFilterField(Node node) {
        return node instanceof TextField && node.getId() != null && node.getId().endsWith("Filter");
    }

    /** The current tab's refresh button (fx:id starting with "refresh" or ending with "Refresh"), else the topic list's. */
    private Optional<ButtonBase> refreshButton() {
        Tab tab = mainTabs.getSelectionModel().getSelectedItem();
        Optional<ButtonBase> own = tab == null || tab.getContent() == null ? Optional.empty()
                : NodeTree.descendants(tab.getContent())
                        .filter(n -> n instanceof ButtonBase && n.getId() != null
                                && (n.getId().startsWith("refresh") || n.getId().endsWith("Refresh")))
                        .map(ButtonBase.class::cast).findFirst();
        return own.or(() -> NodeTree.byId(mainRoot, "refreshTopicsButton", ButtonBase.class))
                .filter(button -> !button.isDisabled());
    }

    private void openLogFolder() {
        var folder = context.directories().logDir();
        LogFolder.open(folder, context.workers()).thenAcceptAsync(opened -> {
            if (!opened) {
                toasts.show("No file manager to open here. The log folder is " + folder, Toasts.Kind.INFO);
            }
        }, FxThread.executor());
    }

    private void showAbout() {
        AboutInfo info = AboutInfo.of(context.directories());
        Parent root = Views.load("about.fxml", type -> new AboutController(info));
        Stage dialog = new Stage();
        dialog.setTitle("About Kafka Explorer");
        dialog.initOwner(mainRoot.getScene().getWindow());
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setResizable(false);
        dialog.setScene(Views.scene(root));
        Views.dress(dialog);
        dialog.show();
    }
}
