package dev.kafkaexplorer.ui.schemas;

import dev.kafkaexplorer.registry.RegisteredSchema;
import java.util.List;

/**
 * One version of a subject ready to show: the registry's schema, its pretty text, and the tokens of
 * the part of that text the screen lays out ({@code shownChars} of it, the whole unless it is longer
 * than {@link #SHOWN_AT_MOST}: laying out a megabyte of coloured text would stall the window), with
 * the lines of both counted where it is made, off the FX thread.
 */
public record ShownSchema(RegisteredSchema schema, String prettyText, List<SchemaTokens.Token> tokens, int shownChars,
                          long lines, long shownLines) {

    /** Characters of a schema the screen lays out at most: a few thousand text nodes, laid out within a frame or two. */
    public static final int SHOWN_AT_MOST = 40_000;

    public ShownSchema {
        tokens = List.copyOf(tokens);
    }

    /** Pretty-prints and tokenises {@code schema}, cut at a line end before {@code limit} characters. Pure CPU: off the FX thread. */
    public static ShownSchema of(RegisteredSchema schema, int limit) {
        String pretty = SchemaPretty.print(schema.type(), schema.schema());
        int shown = pretty.length();
        if (shown > limit) {
            int lineEnd = pretty.lastIndexOf('\n', limit);
            shown = lineEnd > 0 ? lineEnd + 1 : limit;
        }
        String laidOut = pretty.substring(0, shown);
        return new ShownSchema(schema, pretty, SchemaTokens.of(schema.type(), laidOut), shown, newlines(pretty) + 1,
                newlines(laidOut));
    }

    private static long newlines(String text) {
        return text.chars().filter(c -> c == '\n').count();
    }

    public static ShownSchema of(RegisteredSchema schema) {
        return of(schema, SHOWN_AT_MOST);
    }

    /** Whether only the start of the text is laid out. */
    public boolean cut() {
        return shownChars < prettyText.length();
    }

    /** The words under the cut text; empty when it is whole. */
    public String cutNote() {
        if (!cut()) {
            return "";
        }
        return "Showing the first " + shownLines + " of " + lines + " lines (" + shownChars + " of " + prettyText.length()
                + " characters). Copy takes the whole schema.";
    }

    /** "Version 3 · id 17 · Avro". */
    public String describe() {
        return "Version " + schema.version() + " · id " + schema.id() + " · " + schema.type().label();
    }

    /** The schemas it imports, in words. */
    public String referencesText() {
        if (schema.references().isEmpty()) {
            return "No references";
        }
        StringBuilder words = new StringBuilder("References: ");
        for (int i = 0; i < schema.references().size(); i++) {
            var ref = schema.references().get(i);
            words.append(i == 0 ? "" : ", ").append(ref.name()).append(" → “").append(ref.subject()).append("” v")
                    .append(ref.version());
        }
        return words.toString();
    }
}
