package dev.kafkaexplorer.ui.schemas;

import dev.kafkaexplorer.registry.SchemaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a schema's text into the pieces its highlighting colours: JSON (Avro, JSON Schema) into
 * keys, strings, numbers and {@code true}/{@code false}/{@code null}; {@code .proto} text into
 * keywords, strings, numbers and comments. Everything else (punctuation, spaces, names) is plain,
 * and neighbouring plain pieces are one token, so a screen of schema is a few hundred nodes, not
 * one per character. Pure and toolkit-free: run it off the FX thread.
 */
public final class SchemaTokens {

    /** What a piece of schema text is, with the style class that colours it. */
    public enum Kind {
        KEY("schema-key"), STRING("schema-string"), NUMBER("schema-number"), KEYWORD("schema-keyword"),
        COMMENT("schema-comment"), PLAIN("schema-plain");

        private final String styleClass;

        Kind(String styleClass) {
            this.styleClass = styleClass;
        }

        public String styleClass() {
            return styleClass;
        }
    }

    /** One piece of the text; the pieces in order spell the whole text. */
    public record Token(String text, Kind kind) {
    }

    private static final Set<String> JSON_KEYWORDS = Set.of("true", "false", "null");
    private static final Set<String> PROTO_KEYWORDS = Set.of("syntax", "edition", "package", "import", "public",
            "weak", "option", "message", "enum", "service", "rpc", "returns", "stream", "oneof", "map", "repeated",
            "optional", "required", "reserved", "extensions", "extend", "to", "max", "true", "false", "double",
            "float", "int32", "int64", "uint32", "uint64", "sint32", "sint64", "fixed32", "fixed64", "sfixed32",
            "sfixed64", "bool", "string", "bytes");

    private final String text;
    private final List<Token> tokens = new ArrayList<>();
    private final StringBuilder plain = new StringBuilder();

    private SchemaTokens(String text) {
        this.text = text;
    }

    /** The tokens of {@code text}, read as {@code type}'s schema language. */
    public static List<Token> of(SchemaType type, String text) {
        SchemaTokens scanner = new SchemaTokens(text);
        if (type == SchemaType.PROTOBUF) {
            scanner.scanProto();
        } else {
            scanner.scanJson();
        }
        scanner.flushPlain();
        return List.copyOf(scanner.tokens);
    }

    private void scanJson() {
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '"') {
                int end = endOfQuoted(i, '"');
                int next = end;
                while (next < n && Character.isWhitespace(text.charAt(next))) {
                    next++;
                }
                emit(end, i, next < n && text.charAt(next) == ':' ? Kind.KEY : Kind.STRING);
                i = end;
            } else if (c == '-' || isDigit(c)) {
                int end = i + 1;
                while (end < n && "0123456789.eE+-".indexOf(text.charAt(end)) >= 0) {
                    end++;
                }
                emit(end, i, Kind.NUMBER);
                i = end;
            } else if (Character.isLetter(c)) {
                int end = i;
                while (end < n && Character.isLetter(text.charAt(end))) {
                    end++;
                }
                emit(end, i, JSON_KEYWORDS.contains(text.substring(i, end)) ? Kind.KEYWORD : Kind.PLAIN);
                i = end;
            } else {
                plain.append(c);
                i++;
            }
        }
    }

    private void scanProto() {
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (text.startsWith("//", i)) {
                int end = text.indexOf('\n', i);
                end = end < 0 ? n : end;
                emit(end, i, Kind.COMMENT);
                i = end;
            } else if (text.startsWith("/*", i)) {
                int close = text.indexOf("*/", i + 2);
                int end = close < 0 ? n : close + 2;
                emit(end, i, Kind.COMMENT);
                i = end;
            } else if (c == '"' || c == '\'') {
                int end = endOfQuoted(i, c);
                emit(end, i, Kind.STRING);
                i = end;
            } else if (isDigit(c)) {
                int end = i + 1;
                while (end < n && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '.')) {
                    end++;
                }
                emit(end, i, Kind.NUMBER);
                i = end;
            } else if (Character.isLetter(c) || c == '_') {
                int end = i + 1;
                while (end < n && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_'
                        || text.charAt(end) == '.')) {
                    end++;
                }
                emit(end, i, PROTO_KEYWORDS.contains(text.substring(i, end)) ? Kind.KEYWORD : Kind.PLAIN);
                i = end;
            } else {
                plain.append(c);
                i++;
            }
        }
    }

    /** The index after the quote that closes the one at {@code start}, escapes skipped; the end of the text if none does. */
    private int endOfQuoted(int start, char quote) {
        int i = start + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == quote || c == '\n') {
                return i + 1;
            } else {
                i++;
            }
        }
        return text.length();
    }

    private void emit(int end, int start, Kind kind) {
        if (kind == Kind.PLAIN) {
            plain.append(text, start, end);
            return;
        }
        flushPlain();
        tokens.add(new Token(text.substring(start, Math.min(end, text.length())), kind));
    }

    private void flushPlain() {
        if (plain.length() > 0) {
            tokens.add(new Token(plain.toString(), Kind.PLAIN));
            plain.setLength(0);
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
