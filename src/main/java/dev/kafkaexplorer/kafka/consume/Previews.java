package dev.kafkaexplorer.kafka.consume;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Optional;

/** Text for bytes that may be anything: UTF-8 text, binary, empty, null or megabytes large. */
public final class Previews {

    /** Above this share of control characters, valid UTF-8 is still shown as binary. */
    private static final double MAX_CONTROL_SHARE = 0.05;
    private static final int DUMP_BYTES_PER_LINE = 16;
    private static final HexFormat HEX = HexFormat.of().withUpperCase();
    private static final ObjectMapper JSON = new ObjectMapper()
            // "{}garbage" is not JSON: the detail pane would otherwise hide the garbage.
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private Previews() {
    }

    /**
     * A one-line preview of at most {@code maxChars} characters, plus "…" when cut: "(null)",
     * "(empty)", the text with control characters escaped, or "0x" and hex for binary. Whether the
     * bytes are text is judged on the start that the preview shows, not on all of them.
     */
    public static String preview(byte[] bytes, int maxChars) {
        if (bytes == null) {
            return "(null)";
        }
        if (bytes.length == 0) {
            return "(empty)";
        }
        String ascii = printableAsciiPreview(bytes, maxChars);
        if (ascii != null) {
            return ascii;
        }
        // Decoding only the start keeps a 2 MB value as cheap as a small one on the consumer
        // thread (a UTF-8 character takes at most 4 bytes).
        int decodeBytes = (int) Math.min(bytes.length, (long) maxChars * 4 + 4);
        CharBuffer start = decodeStrict(bytes, decodeBytes);
        if (start == null || controlShare(start) >= MAX_CONTROL_SHARE) {
            return hexPreview(bytes, maxChars);
        }
        return escapedText(start, maxChars, decodeBytes < bytes.length);
    }

    /**
     * The fast path for the usual record (JSON, logs, ids: printable ASCII): the preview is the
     * bytes themselves, with no decoder and no escaping. Null when any shown byte needs more care.
     */
    private static String printableAsciiPreview(byte[] bytes, int maxChars) {
        int shown = Math.min(bytes.length, maxChars);
        for (int i = 0; i < shown; i++) {
            if (bytes[i] < 0x20 || bytes[i] == 0x7F) {
                return null;
            }
        }
        String text = new String(bytes, 0, shown, StandardCharsets.ISO_8859_1);
        return shown < bytes.length ? text + '…' : text;
    }

    /**
     * {@code text} (a decoded key or value) as one line of at most {@code maxChars} characters plus
     * "…" when cut, line breaks and control characters escaped as in {@link #preview}. Looks at no
     * more of the text than it shows.
     */
    public static String oneLine(String text, int maxChars) {
        if (text.length() <= maxChars && noControlCharacter(text)) {
            // The usual decoded value: shown as it is, without a copy.
            return text;
        }
        return escapedText(CharBuffer.wrap(text), maxChars, false);
    }

    private static boolean noControlCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isISOControl(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** True when the bytes are strict UTF-8 with under 5 % control characters (besides \n, \r, \t). */
    public static boolean isText(byte[] bytes) {
        if (bytes == null) {
            return false;
        }
        if (printableAscii(bytes)) {
            // The usual key and value, without a decoder: the live filter asks this of every arriving row.
            return true;
        }
        CharBuffer text = decodeStrict(bytes, bytes.length);
        return text != null && controlShare(text) < MAX_CONTROL_SHARE;
    }

    /** Printable ASCII, line breaks and tabs only: text with no control character at all. */
    private static boolean printableAscii(byte[] bytes) {
        for (byte b : bytes) {
            if ((b < 0x20 && b != '\n' && b != '\r' && b != '\t') || b == 0x7F) {
                return false;
            }
        }
        return true;
    }

    /**
     * A hex dump in the layout of {@code hexdump -C}: offset, 16 bytes in hex, the same bytes as
     * ASCII. Shows at most {@code maxBytes} and says so when the bytes were longer.
     */
    public static String hexDump(byte[] bytes, int maxBytes) {
        if (bytes == null) {
            return "(null)";
        }
        if (bytes.length == 0) {
            return "(empty)";
        }
        int shown = Math.min(bytes.length, Math.max(0, maxBytes));
        StringBuilder out = new StringBuilder((shown / DUMP_BYTES_PER_LINE + 2) * 80);
        for (int line = 0; line < shown; line += DUMP_BYTES_PER_LINE) {
            int end = Math.min(line + DUMP_BYTES_PER_LINE, shown);
            out.append(String.format("%08X ", line));
            for (int i = line; i < line + DUMP_BYTES_PER_LINE; i++) {
                out.append(i == line + DUMP_BYTES_PER_LINE / 2 ? "  " : " ");
                out.append(i < end ? HEX.toHexDigits(bytes[i]) : "  ");
            }
            out.append("  |");
            for (int i = line; i < end; i++) {
                int b = bytes[i] & 0xFF;
                out.append(b >= 0x20 && b < 0x7F ? (char) b : '.');
            }
            out.append("|\n");
        }
        if (shown < bytes.length) {
            out.append("… first ").append(shown).append(" of ").append(bytes.length).append(" bytes shown\n");
        }
        return out.toString();
    }

    /** The bytes pretty-printed when they parse as a JSON object or array; empty otherwise. */
    public static Optional<String> prettyJson(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return Optional.empty();
        }
        try {
            JsonNode tree = JSON.readTree(bytes);
            if (tree == null || !(tree.isObject() || tree.isArray())) {
                return Optional.empty();
            }
            return Optional.of(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tree));
        } catch (IOException e) {
            // Parse errors are IOExceptions too; reading a byte array fails for no other reason.
            return Optional.empty();
        }
    }

    /**
     * The first {@code length} bytes decoded as strict UTF-8, or null when they are not UTF-8. A
     * character cut in two at {@code length} is left out rather than counted as malformed.
     */
    private static CharBuffer decodeStrict(byte[] bytes, int length) {
        boolean whole = length == bytes.length;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer out = CharBuffer.allocate(length);
        CoderResult result = decoder.decode(ByteBuffer.wrap(bytes, 0, length), out, whole);
        if (result.isError() || (whole && decoder.flush(out).isError())) {
            return null;
        }
        return out.flip();
    }

    private static double controlShare(CharBuffer text) {
        if (text.length() == 0) {
            return 0;
        }
        int controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
                controls++;
            }
        }
        return (double) controls / text.length();
    }

    private static String escapedText(CharBuffer text, int maxChars, boolean moreBytesFollow) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), maxChars) + 1);
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x7F) {
                // Printable ASCII needs no escape: append it without making a String per character.
                if (out.length() + 1 > maxChars) {
                    return out.append('…').toString();
                }
                out.append(c);
                i++;
                continue;
            }
            int codePoint = Character.codePointAt(text, i);
            String piece = escape(codePoint);
            if (out.length() + piece.length() > maxChars) {
                return out.append('…').toString();
            }
            out.append(piece);
            i += Character.charCount(codePoint);
        }
        return moreBytesFollow ? out.append('…').toString() : out.toString();
    }

    private static String escape(int codePoint) {
        return switch (codePoint) {
            case '\n' -> "\\n";
            case '\t' -> "\\t";
            case '\r' -> "\\r";
            default -> Character.isISOControl(codePoint)
                    ? String.format("\\u%04X", codePoint)
                    : new String(Character.toChars(codePoint));
        };
    }

    private static String hexPreview(byte[] bytes, int maxChars) {
        int whole = Math.max(1, (maxChars - 2) / 2);
        if (bytes.length <= whole) {
            return "0x" + HEX.formatHex(bytes);
        }
        String suffix = "… (" + bytes.length + " bytes)";
        int shown = Math.max(1, (maxChars - 2 - suffix.length()) / 2);
        return "0x" + HEX.formatHex(bytes, 0, shown) + suffix;
    }
}
