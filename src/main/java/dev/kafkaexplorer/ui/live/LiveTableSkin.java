package dev.kafkaexplorer.ui.live;

import dev.kafkaexplorer.kafka.consume.RecordRow;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableViewSkin;
import javafx.scene.control.skin.VirtualFlow;

/**
 * The live table's skin: TableView's own, made cheap for a table whose rows all change many times
 * a second while its row count stays the same (it follows the newest rows of a stream). Measured
 * under a flood, these took a refresh from 11 to 8 ms of the FX thread's CPU, and the first frame
 * of a start from 15 – 20 ms to about 10:
 * <ul>
 * <li>A row handed the index it already has does not re-apply CSS then and there. VirtualFlow does
 * that for any row that needs layout (each does once its texts change), to measure it; with a fixed
 * row height nothing is measured, and nothing that styles a row has changed: the index, and with it
 * :odd/:even, :selected and :focused, is the same, and a change of selection was already styled by
 * the frame's CSS pass. A row that turns empty or filled (:empty/:filled) is styled at once.</li>
 * <li>A batch that replaces every row (a flood brings more rows per refresh than the table shows)
 * is laid out like any other change that keeps the count: each row takes its new record in place.
 * TableView's skin takes the removal of all rows for a reset and rebuilds the rows instead, emptying
 * each one and filling it again, which restyles them all twice.</li>
 * <li>The first rows of an empty table are laid out once, by the frame's layout pass, not also at
 * once at the top, where VirtualFlow puts them when the count changes, just before a following
 * table scrolls to its end.</li>
 * </ul>
 */
final class LiveTableSkin extends TableViewSkin<RecordRow> {

    /** The row count at the last count update, as the table really had it. */
    private int countAtLastUpdate;

    LiveTableSkin(TableView<RecordRow> table) {
        super(table);
    }

    @Override
    protected VirtualFlow<TableRow<RecordRow>> createVirtualFlow() {
        return new SameIndexFlow();
    }

    @Override
    protected void updateItemCount() {
        // Called by the constructor too, before this skin's fields are set.
        SameIndexFlow rowsFlow = (SameIndexFlow) getVirtualFlow();
        int count = getItemCount();
        rowsFlow.refreshingInPlace = count > 0 && count == countAtLastUpdate;
        rowsFlow.fillingFromEmpty = count > 0 && countAtLastUpdate == 0;
        try {
            super.updateItemCount();
        } finally {
            rowsFlow.refreshingInPlace = false;
            rowsFlow.fillingFromEmpty = false;
            countAtLastUpdate = count;
        }
    }

    private static final class SameIndexFlow extends VirtualFlow<TableRow<RecordRow>> {
        /** VirtualFlow's mark on a cell it has just made, which must be styled before it is measured. */
        private static final String NEW_CELL = "newcell";
        /** Set while the skin takes a change that kept the row count. */
        boolean refreshingInPlace;
        /** Set while the skin takes the first rows of an empty table. */
        boolean fillingFromEmpty;

        @Override
        protected void layoutChildren() {
            if (fillingFromEmpty) {
                // VirtualFlow lays its rows out at once when their count changes, at the top for
                // an empty table; a table that follows the newest rows then scrolls to the end and
                // lays every row out again. The layout pass of this same frame does it once, where
                // the table ends up.
                requestLayout();
                return;
            }
            super.layoutChildren();
        }

        @Override
        protected void rebuildCells() {
            if (refreshingInPlace) {
                reconfigureCells();
            } else {
                super.rebuildCells();
            }
        }

        @Override
        protected void setCellIndex(TableRow<RecordRow> row, int index) {
            // Only with a fixed row height: otherwise VirtualFlow measures the row, styled.
            if (row.getIndex() != index || row.getProperties().containsKey(NEW_CELL) || getFixedCellSize() <= 0) {
                super.setCellIndex(row, index);
                return;
            }
            boolean wasEmpty = row.isEmpty();
            row.updateIndex(index);
            if (row.isEmpty() != wasEmpty && row.getScene() != null) {
                row.applyCss();
            }
        }
    }
}
