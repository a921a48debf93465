package dev.kafkaexplorer.fake;

import java.util.ArrayList;
import java.util.List;

/** Finds the datafaker expressions ({@code #{…}}) in a template's text. */
final class ExpressionScanner {

    private ExpressionScanner() {
    }

    /**
     * The expressions in {@code text}, each with its {@code #{} and closing brace. Braces inside
     * single-quoted arguments do not count, so {@code #{regexify '[a-z]{4}'}} is one expression.
     * An expression left open runs to the end of the text and so lacks its closing brace.
     */
    static List<String> find(String text) {
        List<String> found = new ArrayList<>();
        int start = text.indexOf("#{");
        while (start >= 0) {
            int end = closingBrace(text, start + 2);
            if (end < 0) {
                found.add(text.substring(start));
                break;
            }
            found.add(text.substring(start, end + 1));
            start = text.indexOf("#{", end + 1);
        }
        return found;
    }

    private static int closingBrace(String text, int from) {
        int depth = 1;
        boolean quoted = false;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == '{') {
                depth++;
            } else if (!quoted && c == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
