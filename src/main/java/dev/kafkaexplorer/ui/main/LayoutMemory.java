package dev.kafkaexplorer.ui.main;

import dev.kafkaexplorer.settings.UiState;
import dev.kafkaexplorer.settings.UiState.WindowBounds;
import dev.kafkaexplorer.ui.common.NodeTree;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.beans.InvalidationListener;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * Puts the main window back as the user left it — size and place (only if that is still on a
 * screen), maximized, selected tab, split pane dividers, table column widths — and remembers each
 * change. A burst of changes (dragging a divider) makes one save, a moment after the last change.
 * Controls are found by fx:id, so every screen's split panes and tables take part without code.
 */
final class LayoutMemory {

    private static final Duration SAVE_DELAY = Duration.millis(700);
    /** How much of the title bar must be on a screen for a saved position to be used. */
    private static final double VISIBLE_TITLE_WIDTH = 120;
    private static final double VISIBLE_TITLE_HEIGHT = 30;

    private final Node root;
    private final TabPane tabs;
    private final Supplier<UiState.Theme> theme;
    private final BooleanSupplier sideBySide;
    private final Consumer<UiState> save;
    private final PauseTransition saveLater = new PauseTransition(SAVE_DELAY);
    private final InvalidationListener changed = obs -> saveSoon();
    /** Last values seen on screen; a table or split pane in a tab never opened keeps what was saved. */
    private final Map<String, List<Double>> dividers = new HashMap<>();
    private final Map<String, Double> columnWidths = new HashMap<>();
    private Stage stage;
    private WindowBounds normalBounds;
    /** False once the window is closing: what happens to it then is no choice of the user's. */
    private boolean tracking;

    /**
     * @param sideBySide whether the producer and the live table are shown together now
     * @param save receives each state to keep, on the FX thread; it must hand the writing to a worker
     */
    LayoutMemory(Node root, TabPane tabs, Supplier<UiState.Theme> theme, BooleanSupplier sideBySide, Consumer<UiState> save) {
        this.root = root;
        this.tabs = tabs;
        this.theme = theme;
        this.sideBySide = sideBySide;
        this.save = save;
        saveLater.setOnFinished(e -> save.accept(snapshot()));
    }

    /** Before the window shows: applies {@code saved}, then follows every change. */
    void restoreAndTrack(Stage window, UiState saved) {
        stage = window;
        restoreWindow(saved);
        restoreControls(saved);
        track();
    }

    private void restoreWindow(UiState saved) {
        WindowBounds b = saved.window();
        if (b != null && b.width() > 0 && b.height() > 0 && titleBarOnAScreen(b)) {
            stage.setX(b.x());
            stage.setY(b.y());
            stage.setWidth(Math.max(b.width(), stage.getMinWidth()));
            stage.setHeight(Math.max(b.height(), stage.getMinHeight()));
            normalBounds = b;
        } else {
            // Nothing (usable) saved: the window's own preferred size, centred, whatever size the
            // stage had before (tests reuse one stage for several app starts).
            stage.sizeToScene();
            stage.centerOnScreen();
        }
        stage.setMaximized(saved.maximized());
    }

    private static boolean titleBarOnAScreen(WindowBounds b) {
        return titleBarOnAScreen(b, Screen.getScreens().stream().map(Screen::getVisualBounds).toList());
    }

    /**
     * Whether enough of the title bar lies on one of {@code screens} to grab it: a window saved on
     * a monitor that has since been unplugged would otherwise open out of reach.
     */
    static boolean titleBarOnAScreen(WindowBounds b, List<Rectangle2D> screens) {
        return screens.stream().anyMatch(screen ->
                screen.intersects(b.x(), b.y(), Math.min(b.width(), VISIBLE_TITLE_WIDTH), VISIBLE_TITLE_HEIGHT));
    }

    private void restoreControls(UiState saved) {
        dividers.putAll(saved.dividers());
        columnWidths.putAll(saved.columnWidths());
        if (saved.selectedTab() != null) {
            tabs.getTabs().stream().filter(t -> saved.selectedTab().equals(t.getId())).findFirst()
                    .ifPresent(t -> tabs.getSelectionModel().select(t));
        }
        restoreControlsIn(root);
    }

    /**
     * A screen built after the window was dressed (screens are built when first wanted): its split
     * panes and tables get the sizes last seen or saved, and are followed from now on.
     */
    void adopt(Node screen) {
        restoreControlsIn(screen);
        if (tracking) {
            trackControlsIn(screen);
        }
    }

    private void restoreControlsIn(Node below) {
        splitPanes(below).forEach(split -> {
            List<Double> positions = dividers.get(split.getId());
            if (positions != null && positions.size() == split.getDividers().size()) {
                split.setDividerPositions(positions.stream().mapToDouble(Double::doubleValue).toArray());
            }
        });
        tables(below).forEach(table -> namedColumns(table).forEach(column -> {
            Double width = columnWidths.get(columnKey(table, column));
            if (width != null && width > 0) {
                column.setPrefWidth(width);
            }
        }));
    }

    private void track() {
        tracking = true;
        for (var bound : List.of(stage.xProperty(), stage.yProperty(), stage.widthProperty(), stage.heightProperty())) {
            bound.addListener(obs -> {
                if (!tracking) {
                    return;
                }
                // The size to come back to is the one the window had before it was maximized.
                if (!stage.isMaximized() && !stage.isIconified() && !stage.isFullScreen()) {
                    normalBounds = new WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
                }
                saveSoon();
            });
        }
        stage.maximizedProperty().addListener(changed);
        tabs.getSelectionModel().selectedItemProperty().addListener(changed);
        trackControlsIn(root);
    }

    private void trackControlsIn(Node below) {
        // Taken at once: the user may switch tabs before the delayed save, and a hidden control's sizes mean nothing.
        splitPanes(below).forEach(split -> split.getDividers().forEach(d -> d.positionProperty().addListener(obs -> {
            rememberIfShown(split);
            saveSoon();
        })));
        tables(below).forEach(table -> namedColumns(table).forEach(c -> c.widthProperty().addListener(obs -> {
            rememberIfShown(table);
            saveSoon();
        })));
    }

    /** Saves a moment after the last of a burst of changes. */
    void saveSoon() {
        if (tracking) {
            saveLater.playFromStart();
        }
    }

    /** The state to save now, for the window closing; a pending delayed save is dropped. */
    UiState finalSnapshot() {
        tracking = false;
        saveLater.stop();
        return snapshot();
    }

    UiState snapshot() {
        splitPanes(root).forEach(this::rememberIfShown);
        tables(root).forEach(this::rememberIfShown);
        Tab selected = tabs.getSelectionModel().getSelectedItem();
        boolean maximized = stage != null && stage.isMaximized();
        return new UiState(theme.get(), normalBounds, maximized, selected == null ? null : selected.getId(),
                dividers, columnWidths, sideBySide.getAsBoolean());
    }

    /** A control that was never laid out on screen has squeezed, meaningless sizes: those keep the old values. */
    private void rememberIfShown(SplitPane split) {
        if (shown(split)) {
            dividers.put(split.getId(), split.getDividers().stream().map(SplitPane.Divider::getPosition).toList());
        }
    }

    private void rememberIfShown(TableView<?> table) {
        if (shown(table)) {
            namedColumns(table).forEach(c -> columnWidths.put(columnKey(table, c), c.getWidth()));
        }
    }

    /** Whether {@code node} is on screen now: in a showing window, and it and all its parents visible. */
    private static boolean shown(Node node) {
        if (node.getScene() == null || node.getScene().getWindow() == null || !node.getScene().getWindow().isShowing()
                || node.getLayoutBounds().getWidth() <= 0) {
            return false;
        }
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static List<SplitPane> splitPanes(Node below) {
        return NodeTree.descendants(below).filter(n -> n instanceof SplitPane && n.getId() != null)
                .map(SplitPane.class::cast).toList();
    }

    private static List<TableView<?>> tables(Node below) {
        return NodeTree.descendants(below).filter(n -> n instanceof TableView<?> && n.getId() != null)
                .<TableView<?>>map(n -> (TableView<?>) n).toList();
    }

    private static List<? extends TableColumn<?, ?>> namedColumns(TableView<?> table) {
        return table.getColumns().stream().filter(c -> c.getId() != null).toList();
    }

    private static String columnKey(TableView<?> table, TableColumn<?, ?> column) {
        return table.getId() + "." + column.getId();
    }
}
