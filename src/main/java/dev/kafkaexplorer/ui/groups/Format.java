package dev.kafkaexplorer.ui.groups;

import java.text.NumberFormat;
import java.util.function.ToLongFunction;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;

/** How offsets and lag read in the groups tab: digits with the user's grouping, a dash for "none" or "unknown". */
final class Format {

    private Format() {
    }

    /** Negative values are the "none" and "unknown" markers of the kafka layer. */
    static String figure(long value) {
        return value < 0 ? "—" : NumberFormat.getIntegerInstance().format(value);
    }

    /** A column that sorts by the number and shows it as a {@link #figure}. */
    static <S> void numberColumn(TableColumn<S, Long> column, ToLongFunction<S> value) {
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.applyAsLong(c.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Long item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : figure(item));
            }
        });
    }
}
