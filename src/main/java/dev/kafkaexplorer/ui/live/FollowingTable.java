package dev.kafkaexplorer.ui.live;

import dev.kafkaexplorer.kafka.consume.RecordRow;
import dev.kafkaexplorer.ui.common.TailWindow;
import javafx.collections.ObservableList;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

/**
 * How the live table moves while rows stream: it follows the newest rows (at the bottom, or on
 * top), stops following when the user scrolls, pages or drags towards older rows, keeps the rows
 * in view when it leaves the last rows ({@link TailWindow}) for all of them, and keeps the selected
 * row (the one the detail pane shows) selected across batches and list changes. FX thread only.
 */
final class FollowingTable {

    private final TableView<RecordRow> table;
    private final LiveViewModel model;
    /** The table's row count when the tail was last followed. */
    private int rowsAtLastFollow;
    /** The table skin's scrolling part, once the table has been shown. */
    private VirtualFlow<?> flow;
    /** Set while the selection is dropped because its row left the table: the pane keeps the record. */
    private boolean droppingLostSelection;
    /**
     * The pane's row once it has left the table's list and nothing is selected: not looked for
     * again at every batch (a scan of up to 100 000 rows) until something is selected or the
     * table changes lists.
     */
    private RecordRow leftTheTable;

    private FollowingTable(TableView<RecordRow> table, LiveViewModel model) {
        this.table = table;
        this.model = model;
    }

    /** Makes {@code table}, whose items are the model's table rows, move as described above. */
    static void install(TableView<RecordRow> table, LiveViewModel model) {
        new FollowingTable(table, model).listen();
    }

    private void listen() {
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            // While the table changes lists, or takes a batch, its selection goes and comes back or
            // moves to another row: the pane stays with its row (see keepSelectedRow).
            if (row != null) {
                leftTheTable = null;
            }
            if (!model.changingTableRows() && !droppingLostSelection) {
                model.select(row);
            }
        });
        model.appendedBatchesProperty().addListener((obs, old, now) -> {
            keepSelectedRow();
            followTail();
        });
        model.tableRowsProperty().addListener((obs, old, now) -> tableChangedLists(old, now));
        // Following again brings the newest rows into view at once, not at the next batch.
        model.followTailProperty().addListener((obs, was, following) -> {
            int size = table.getItems().size();
            if (following && size > 0) {
                table.scrollTo(model.newestOnTopProperty().get() ? 0 : size);
            }
        });
        // Scrolling away from the newest rows stops following them, as in a terminal: following
        // would pull the view back at the next batch.
        table.addEventFilter(ScrollEvent.SCROLL, e -> {
            if (e.getDeltaY() != 0 && (e.getDeltaY() > 0) != model.newestOnTopProperty().get()) {
                stopFollowing();
            }
        });
        // A press on a row stops following too, as log viewers do: the row picked stays in view
        // while records arrive, rather than scrolling away under the pointer.
        table.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getTarget() instanceof Node target && (pressTowardsOlderRows(target, e.getScreenY()) || onARow(target))) {
                stopFollowing();
            }
        });
        table.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            KeyCode key = e.getCode();
            boolean towardsOlderRows = model.newestOnTopProperty().get()
                    ? key == KeyCode.PAGE_DOWN || key == KeyCode.END || key == KeyCode.DOWN
                    : key == KeyCode.PAGE_UP || key == KeyCode.HOME || key == KeyCode.UP;
            if (towardsOlderRows) {
                stopFollowing();
            }
        });
    }

    /**
     * After a batch the selected row is the one the detail pane shows, wherever it moved; once it
     * has left the table, nothing is selected but the pane goes on showing its record: a row picked
     * while rows stream leaves a following table within seconds, and the user is still reading it.
     * (A TableView keeps the selected index when rows leave the top and others join the bottom, so
     * its selection would slide to a newer row.)
     */
    private void keepSelectedRow() {
        RecordRow shown = model.detailRow();
        var selection = table.getSelectionModel();
        var items = table.getItems();
        int selected = selection.getSelectedIndex();
        // By index: the selection model may still name the row while its index points elsewhere.
        if (shown == null) {
            leftTheTable = null;
            return;
        }
        if ((shown == leftTheTable && selected < 0) || (selected >= 0 && selected < items.size() && items.get(selected) == shown)) {
            return;
        }
        int index = items.indexOf(shown);
        if (index >= 0) {
            selection.clearAndSelect(index);
            return;
        }
        leftTheTable = shown;
        if (selected >= 0) {
            droppingLostSelection = true;
            try {
                selection.clearSelection();
            } finally {
                droppingLostSelection = false;
            }
        }
    }

    private void stopFollowing() {
        model.followTailProperty().set(false);
    }

    /** Whether {@code target} lies in a row of the table that holds a record. */
    private boolean onARow(Node target) {
        for (Node n = target; n != null && n != table; n = n.getParent()) {
            if (n instanceof TableRow<?> row) {
                return !row.isEmpty() && row.getItem() != null;
            }
        }
        return false;
    }

    /**
     * Whether a press on {@code target} (in the table) moves the view towards older rows: the
     * vertical scroll bar's thumb (to drag it), its arrow or its track on the older side.
     */
    private boolean pressTowardsOlderRows(Node target, double screenY) {
        ScrollBar bar = null;
        Node part = target;
        for (Node n = target; n != null && n != table; n = n.getParent()) {
            if (n instanceof ScrollBar b && b.getOrientation() == Orientation.VERTICAL) {
                bar = b;
                break;
            }
            part = n;
        }
        if (bar == null) {
            return false;
        }
        boolean olderAbove = !model.newestOnTopProperty().get();
        if (part.getStyleClass().contains("thumb")) {
            return true;
        }
        if (part.getStyleClass().contains("decrement-button")) {
            return olderAbove;
        }
        if (part.getStyleClass().contains("increment-button")) {
            return !olderAbove;
        }
        Node thumb = bar.lookup(".thumb");
        if (thumb == null) {
            return false;
        }
        boolean aboveThumb = screenY < thumb.localToScreen(thumb.getBoundsInLocal()).getMinY();
        return aboveThumb == olderAbove;
    }

    /**
     * The table moved to another list (the last rows or all of them): the selected row stays
     * selected and its detail shown; leaving the last rows for all of them, the rows in view stay
     * in view.
     */
    private void tableChangedLists(ObservableList<RecordRow> old, ObservableList<RecordRow> now) {
        if (old instanceof TailWindow<?> window && !(now instanceof TailWindow<?>) && !model.newestOnTopProperty().get()) {
            IndexedCell<?> first = flow() == null ? null : flow().getFirstVisibleCell();
            if (first != null && first.getIndex() >= 0) {
                table.scrollTo(window.hiddenBefore() + first.getIndex());
                // Laid out now, so the key or press that opened the list acts on the rows in view.
                table.layout();
            }
        }
        // The pane's row is selected again if the new list holds it; the pane keeps it either way.
        leftTheTable = null;
        keepSelectedRow();
    }

    /** The table's VirtualFlow; found once: a lookup walks the column headers first. */
    private VirtualFlow<?> flow() {
        if (flow == null) {
            flow = (VirtualFlow<?>) table.lookup(".virtual-flow");
        }
        return flow;
    }

    private void followTail() {
        int size = table.getItems().size();
        int shownBefore = rowsAtLastFollow;
        rowsAtLastFollow = size;
        if (!model.followTailProperty().get() || size == 0) {
            return;
        }
        if (model.newestOnTopProperty().get()) {
            table.scrollTo(0);
            return;
        }
        // With the row limit reached the count stays the same: a table that showed the last row
        // still shows it, now holding the newest rows, and needs no scrolling at all.
        IndexedCell<?> last = flow() == null ? null : flow().getLastVisibleCell();
        if (size == shownBefore && last != null && last.getIndex() >= size - 1) {
            return;
        }
        // Past the last row, not to it: VirtualFlow then just moves to its end, where scrolling to
        // row size - 1 first adds up the heights of all the rows before it.
        table.scrollTo(size);
    }

}
