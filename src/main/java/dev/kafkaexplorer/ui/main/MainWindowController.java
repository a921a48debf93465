package dev.kafkaexplorer.ui.main;

import dev.kafkaexplorer.settings.UiState;
import dev.kafkaexplorer.ui.common.DeferredTabs;
import dev.kafkaexplorer.ui.common.FxThread;
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
    /** When the other tabs' screens join the scene if no connection has come by then. */
    private static final javafx.util.Duration ATTACH_OTHER_TABS_AT_LATEST = javafx.util.Duration.seconds(5);

    private final MainWindowContext context;
    private final Toasts toasts = new Toasts();
    /**
     * The newest layout. Background saves may run out of order, and one may run after the shutdown
     * write; each writes this rather than its own snapshot, so the write that runs last writes the newest.
     */
    private final AtomicReference<UiState> latest = new AtomicReference<>();
    private LayoutMemory layout;

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
        wireCommands();
        wireTheme();
        ActionIcons.dress(mainRoot);
        ActionIcons.dressMenus(menuBar);
        OutcomeNotices.watch(toasts, context.topics(), context.producer(), context.live());
    }

    private void wireCommands() {
        pressButton(newTopicItem, "createTopicButton");
        pressButton(producerStartItem, "producerStart");
        pressButton(producerStopItem, "producerStop");
        pressButton(liveStartItem, "liveStart");
        pressButton(livePauseItem, "livePause");
        pressButton(liveClearItem, "liveClear");
        refreshItem.setOnAction(e -> refreshButton().ifPresent(ButtonBase::fire));
        NodeTree.byId(mainRoot, "refreshTopicsButton", ButtonBase.class)
                .ifPresent(button -> ActionIcons.mentionShortcut(button, "Refresh", refreshItem.getAccelerator()));
        findItem.setOnAction(e -> filterField(mainTabs.getSelectionModel().getSelectedItem()).ifPresent(field -> {
            field.requestFocus();
            field.selectAll();
        }));
        mainTabs.getSelectionModel().selectedItemProperty().addListener((obs, old, tab) ->
                findItem.setDisable(filterField(tab).isEmpty()));
        NodeTree.descendants(mainTabs).filter(MainWindowController::isFilterField).map(TextField.class::cast)
                .forEach(field -> field.setTooltip(new Tooltip(
                        "Filter as you type (" + findItem.getAccelerator().getDisplayText() + ")")));
        openLogFolderItem.setOnAction(e -> openLogFolder());
        LogLevelMenu.fill(logLevelMenu, context.workers(), context.settingsStore());
        aboutItem.setOnAction(e -> showAbout());
        addTabItems();
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
        // After the saved tab is selected: only that screen is styled for the first frame.
        DeferredTabs.deferUnselected(mainTabs);
        attachOtherTabsWhenConnected();
        findItem.setDisable(filterField(mainTabs.getSelectionModel().getSelectedItem()).isEmpty());
        stage.getScene().getAccelerators().put(REFRESH_AGAIN, () -> refreshItem.fire());
        quitItem.setOnAction(e -> stage.close());
    }

    /**
     * The screens behind the other tabs join the scene once the app is connected (or has tried for
     * a while), so their styling does not compete with the start for the CPU.
     */
    private void attachOtherTabsWhenConnected() {
        var connection = context.topics().connectionProperty();
        PauseTransition patience = new PauseTransition(ATTACH_OTHER_TABS_AT_LATEST);
        InvalidationListener onConnected = new InvalidationListener() {
            @Override
            public void invalidated(Observable property) {
                if (connection.get() != null) {
                    attachOtherTabs(patience, this);
                }
            }
        };
        if (connection.get() != null) {
            DeferredTabs.attachRest(mainTabs);
            return;
        }
        patience.setOnFinished(e -> attachOtherTabs(patience, onConnected));
        patience.play();
        connection.addListener(onConnected);
    }

    /** Whichever comes first, the connection or the patience running out, does it once. */
    private void attachOtherTabs(PauseTransition patience, InvalidationListener onConnected) {
        patience.stop();
        context.topics().connectionProperty().removeListener(onConnected);
        DeferredTabs.attachRest(mainTabs);
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

    /**
     * Makes {@code item} press the button with fx:id {@code buttonId}, on its tab, enabled when the
     * button is, and names the shortcut in the button's tooltip.
     */
    private void pressButton(MenuItem item, String buttonId) {
        Optional<ButtonBase> found = NodeTree.byId(mainRoot, buttonId, ButtonBase.class);
        if (found.isEmpty()) {
            item.setVisible(false);
            return;
        }
        ButtonBase button = found.get();
        item.disableProperty().bind(button.disabledProperty());
        item.setOnAction(e -> {
            tabOf(button).ifPresent(tab -> mainTabs.getSelectionModel().select(tab));
            button.fire();
        });
        ActionIcons.mentionShortcut(button, item.getText(), item.getAccelerator());
    }

    private Optional<Tab> tabOf(Node node) {
        return mainTabs.getTabs().stream()
                .filter(tab -> DeferredTabs.content(tab) != null && NodeTree.descendants(DeferredTabs.content(tab)).anyMatch(n -> n == node))
                .findFirst();
    }

    /** The tab's filter field: by convention the text field whose fx:id ends in "Filter". */
    private static Optional<TextField> filterField(Tab tab) {
        if (tab == null || DeferredTabs.content(tab) == null) {
            return Optional.empty();
        }
        return NodeTree.descendants(DeferredTabs.content(tab)).filter(MainWindowController::isFilterField)
                .map(TextField.class::cast).findFirst();
    }

    private static boolean isFilterField(Node node) {
        return node instanceof TextField && node.getId() != null && node.getId().endsWith("Filter");
    }

    /** The current tab's refresh button (fx:id starting with "refresh" or ending with "Refresh"), else the topic list's. */
    private Optional<ButtonBase> refreshButton() {
        Tab tab = mainTabs.getSelectionModel().getSelectedItem();
        Optional<ButtonBase> own = tab == null || DeferredTabs.content(tab) == null ? Optional.empty()
                : NodeTree.descendants(DeferredTabs.content(tab))
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
