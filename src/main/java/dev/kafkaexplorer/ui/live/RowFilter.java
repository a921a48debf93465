package dev.kafkaexplorer.ui.live;

import dev.kafkaexplorer.kafka.consume.RecordRow;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** The live view's filter: a case-insensitive substring or a regular expression over key, value and header values. */
public record RowFilter(Predicate<RecordRow> predicate, String error) {

    /** Builds the filter for {@code text}; an invalid regex gives no predicate and the reason. */
    public static RowFilter of(String text, boolean regex) {
        if (text == null || text.isEmpty()) {
            return new RowFilter(null, "");
        }
        if (regex) {
            try {
                Pattern pattern = Pattern.compile(text);
                return new RowFilter(row -> pattern.matcher(row.searchText()).find(), "");
            } catch (PatternSyntaxException e) {
                return new RowFilter(null, "Not a valid regular expression: " + e.getDescription()
                        + " near position " + (e.getIndex() + 1));
            }
        }
        String needle = text.toLowerCase(Locale.ROOT);
        return new RowFilter(row -> row.searchText().toLowerCase(Locale.ROOT).contains(needle), "");
    }
}
