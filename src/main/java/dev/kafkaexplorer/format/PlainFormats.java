package dev.kafkaexplorer.format;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The formats that need no schema: text, JSON, the numbers of Kafka's own serializers (big-endian),
 * UUIDs, and bytes as hex or base64. Numbers are plain exact text: a Long is {@code Long.toString}
 * ("9007199254740993", no grouping, no exponent); floats and doubles are the shortest text that
 * reads back as the same value (Schubfach through Jackson; "0.1", "1.0E10", and "NaN" or
 * "Infinity", which are not JSON).
 */
final class PlainFormats {

    private static final HexFormat HEX = HexFormat.of().withUpperCase();
    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private PlainFormats() {
    }

    /** {@code bytes} of the {@code role} ("key" or "value") read as {@code format}, which needs no schema. */
    static Decoded decode(RecordFormat format, String role, byte[] bytes) {
        if (bytes == null) {
            return RawBytes.NULL;
        }
        return switch (format) {
            case STRING -> string(bytes);
            case JSON -> json(bytes);
            case INT, LONG, SHORT, FLOAT, DOUBLE -> number(format, bytes, role);
            case UUID -> uuid(bytes, role);
            case BYTES_HEX -> new Decoded(HEX.formatHex(bytes), false, "bytes as hex, " + size(bytes.length), null, null);
            case BYTES_BASE64 -> new Decoded(Base64.getEncoder().encodeToString(bytes), false,
                    "bytes as base64, " + size(bytes.length), null, null);
            default -> throw new IllegalArgumentException(format + " needs a schema or is Auto");
        };
    }

    static String size(int bytes) {
        return bytes == 1 ? "1 byte" : bytes + " bytes";
    }

    private static Decoded string(byte[] bytes) {
        String kind = "text, " + size(bytes.length);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int at = in.position();
            return RawBytes.failed(bytes, kind, null, "not UTF-8 text: the byte 0x" + HEX.toHexDigits(bytes[at])
                    + " at offset " + at + " does not fit UTF-8; shown as hex");
        }
        return new Decoded(out.flip().toString(), false, kind, null, null);
    }

    private static Decoded json(byte[] bytes) {
        String kind = "JSON, " + size(bytes.length);
        try {
            return new Decoded(JsonText.compact(JsonText.parse(bytes, 0, bytes.length)), true, kind, null, null);
        } catch (FormatException e) {
            return RawBytes.failed(bytes, kind, null, e.getMessage());
        }
    }

    private static Decoded number(RecordFormat format, byte[] bytes, String role) {
        String kind = switch (format) {
            case INT -> "Int";
            case LONG -> "Long";
            case SHORT -> "Short";
            case FLOAT -> "Float";
            default -> "Double";
        };
        int size = switch (format) {
            case SHORT -> 2;
            case INT, FLOAT -> 4;
            default -> 8;
        };
        if (bytes.length != size) {
            String article = format == RecordFormat.INT ? "an " : "a ";
            return RawBytes.failed(bytes, kind + ", " + size(bytes.length), null,
                    article + kind + " is " + size + " bytes; this " + role + " has " + bytes.length);
        }
        ByteBuffer b = ByteBuffer.wrap(bytes);
        String text = switch (format) {
            case SHORT -> Short.toString(b.getShort());
            case INT -> Integer.toString(b.getInt());
            case LONG -> Long.toString(b.getLong());
            case FLOAT -> floating(b.getFloat());
            default -> floating(b.getDouble());
        };
        boolean json = !(text.equals("NaN") || text.endsWith("Infinity"));
        return new Decoded(text, json, kind, null, null);
    }

    private static String floating(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        try {
            return JsonText.MAPPER.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return Double.toString(value);
        }
    }

    private static String floating(float value) {
        if (!Float.isFinite(value)) {
            return Float.toString(value);
        }
        try {
            return JsonText.MAPPER.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return Float.toString(value);
        }
    }

    /** Kafka's UUIDSerializer writes {@code uuid.toString()} as UTF-8 (36 bytes); 16 raw bytes are read too, as other writers send them. */
    private static Decoded uuid(byte[] bytes, String role) {
        if (bytes.length == 36) {
            String text = new String(bytes, StandardCharsets.ISO_8859_1);
            if (UUID_TEXT.matcher(text).matches()) {
                return new Decoded(text, false, "UUID", null, null);
            }
        }
        if (bytes.length == 16) {
            ByteBuffer b = ByteBuffer.wrap(bytes);
            return new Decoded(new UUID(b.getLong(), b.getLong()).toString(), false, "UUID, 16 bytes", null, null);
        }
        return RawBytes.failed(bytes, "UUID, " + size(bytes.length), null, "a UUID is 36 characters of text, as Kafka's UUIDSerializer"
                + " writes it, or 16 bytes; this " + role + " has " + size(bytes.length)
                + (bytes.length == 36 ? " that are not a UUID's text" : ""));
    }
}
