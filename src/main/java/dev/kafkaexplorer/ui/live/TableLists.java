package dev.kafkaexplorer.ui.live;

import dev.kafkaexplorer.kafka.consume.RecordRow;
import dev.kafkaexplorer.ui.common.TailWindow;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * Which list of rows the live table shows. The <em>shown</em> rows are the retained rows
 * themselves, or a filtered list of them while a filter is set (not a filtered list all the time:
 * even without a predicate it maps every row of every batch, and under a flood that work, and the
 * JIT recompiling it, was a third of the FX thread's). The <em>table's</em> rows are the shown
 * rows, or while following the newest rows at the bottom, the last {@link #FOLLOW_WINDOW_ROWS} of
 * them ({@link TailWindow}: laying out a table at the end of 100 000 rows cost more than all else a
 * frame did under a flood). FX thread only.
 */
final class TableLists {

    /**
     * Rows a following table holds: dozens of screens, and few enough that VirtualFlow, which adds up
     * the heights of the rows above the first in view several times a layout, lays them out cheaply.
     */
    static final int FOLLOW_WINDOW_ROWS = 2_000;

    private final LiveRows liveRows;
    private final ObservableBooleanValue followTail;
    private final ObservableBooleanValue newestOnTop;
    private ObservableList<RecordRow> shown;
    /** The filtered list while a filter is set; null otherwise. */
    private FilteredList<RecordRow> filteredRows;
    private final ReadOnlyObjectWrapper<ObservableList<RecordRow>> tableRows = new ReadOnlyObjectWrapper<>();
    /** True while the table's items are being replaced (its selection then goes and comes back). */
    private boolean swapping;

    TableLists(LiveRows liveRows, ObservableBooleanValue followTail, ObservableBooleanValue newestOnTop) {
        this.liveRows = liveRows;
        this.followTail = followTail;
        this.newestOnTop = newestOnTop;
        this.shown = liveRows.rows();
        // One listener, in this order: the table leaves any window for the whole rows, the rows
        // turn round, then the table's list is chosen. A window would otherwise see (or be made
        // over) the rows in their old order, and lose the selected row on the way.
        newestOnTop.addListener((obs, old, onTop) -> {
            showInTable(shown);
            liveRows.setNewestOnTop(onTop);
            chooseTableRows();
        });
        followTail.addListener(o -> chooseTableRows());
        chooseTableRows();
    }

    /** Shows the rows {@code predicate} accepts, or every retained row when it is null. */
    void filter(Predicate<RecordRow> predicate) {
        if (predicate == null) {
            // The table moves to the whole list first, so it never sees an empty one (which would
            // clear its selection and the detail pane).
            show(liveRows.rows());
            if (filteredRows != null) {
                // A transformation list cannot be detached from its source and keeps following it
                // until collected: matching nothing, that costs a false per arriving row.
                filteredRows.setPredicate(row -> false);
                filteredRows = null;
            }
        } else if (filteredRows == null) {
            filteredRows = new FilteredList<>(liveRows.rows(), predicate);
            show(filteredRows);
        } else {
            filteredRows.setPredicate(predicate);
        }
    }

    /** The rows shown, all of them: every retained row, or those the filter accepts. */
    ObservableList<RecordRow> shown() {
        return shown;
    }

    boolean filtered() {
        return filteredRows != null;
    }

    /** The table's items; a new list when the shown rows or the following change. */
    ReadOnlyObjectProperty<ObservableList<RecordRow>> tableRowsProperty() {
        return tableRows.getReadOnlyProperty();
    }

    /** True while the table's items are being replaced. */
    boolean swapping() {
        return swapping;
    }

    private void show(ObservableList<RecordRow> rows) {
        shown = rows;
        chooseTableRows();
    }

    private void chooseTableRows() {
        ObservableList<RecordRow> old = tableRows.get();
        boolean window = followTail.get() && !newestOnTop.get();
        if (window ? old instanceof TailWindow<?> w && w.follows(shown) : old == shown) {
            return;
        }
        showInTable(window ? new TailWindow<>(shown, FOLLOW_WINDOW_ROWS) : shown);
    }

    private void showInTable(ObservableList<RecordRow> rows) {
        ObservableList<RecordRow> old = tableRows.get();
        if (rows == old) {
            return;
        }
        swapping = true;
        try {
            tableRows.set(rows);
        } finally {
            swapping = false;
            if (old instanceof TailWindow<?> w) {
                w.dispose();
            }
        }
    }
}
