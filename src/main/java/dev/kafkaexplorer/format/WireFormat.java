package dev.kafkaexplorer.format;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The Confluent wire format: magic byte 0, the schema id as 4 bytes big-endian, then (Protobuf
 * only) the message indexes as zig-zag varints — a count, then each index; the common case [0] is
 * written as the single byte 0 — then the payload.
 */
public final class WireFormat {

    public static final byte MAGIC = 0;
    public static final int HEADER_BYTES = 5;

    private WireFormat() {
    }

    /** The header of a framed record: the schema id and where the rest begins. */
    public record Framed(int schemaId, int payloadOffset) {
    }

    /** Whether {@code bytes} start with magic byte 0 and hold at least an id: checked per record, without allocating. */
    public static boolean isFramed(byte[] bytes) {
        return bytes != null && bytes.length >= HEADER_BYTES && bytes[0] == MAGIC;
    }

    /** The schema id of bytes that {@linkplain #isFramed are framed}. */
    public static int schemaId(byte[] bytes) {
        return (bytes[1] & 0xFF) << 24 | (bytes[2] & 0xFF) << 16 | (bytes[3] & 0xFF) << 8 | (bytes[4] & 0xFF);
    }

    /** The header when {@code bytes} start with magic byte 0 and hold at least an id; empty otherwise. */
    public static Optional<Framed> header(byte[] bytes) {
        if (bytes == null || bytes.length < HEADER_BYTES || bytes[0] != MAGIC) {
            return Optional.empty();
        }
        return Optional.of(new Framed(ByteBuffer.wrap(bytes, 1, 4).getInt(), HEADER_BYTES));
    }

    /** {@code payload} framed under {@code schemaId} (Avro, JSON Schema). */
    public static byte[] frame(int schemaId, byte[] payload) {
        return ByteBuffer.allocate(HEADER_BYTES + payload.length).put(MAGIC).putInt(schemaId).put(payload).array();
    }

    /** {@code payload} framed under {@code schemaId} with Protobuf's message indexes. */
    public static byte[] frameProtobuf(int schemaId, List<Integer> messageIndexes, byte[] payload) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(HEADER_BYTES + 4 + payload.length);
        out.write(MAGIC);
        out.writeBytes(ByteBuffer.allocate(4).putInt(schemaId).array());
        if (messageIndexes.equals(List.of(0))) {
            writeZigZag(out, 0);
        } else {
            writeZigZag(out, messageIndexes.size());
            messageIndexes.forEach(i -> writeZigZag(out, i));
        }
        out.writeBytes(payload);
        return out.toByteArray();
    }

    /** Protobuf's message indexes read from {@code bytes} at {@code offset}, and the offset after them. */
    public record MessageIndexes(List<Integer> indexes, int payloadOffset) {
    }

    public static MessageIndexes messageIndexes(byte[] bytes, int offset) throws FormatException {
        int[] at = {offset};
        int count = readZigZag(bytes, at);
        if (count == 0) {
            return new MessageIndexes(List.of(0), at[0]);
        }
        if (count < 0 || count > 100) {
            throw new FormatException("Protobuf message index count " + count + " is not valid: the bytes are not in the registry's format");
        }
        List<Integer> indexes = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            indexes.add(readZigZag(bytes, at));
        }
        return new MessageIndexes(List.copyOf(indexes), at[0]);
    }

    private static void writeZigZag(ByteArrayOutputStream out, int value) {
        int v = (value << 1) ^ (value >> 31);
        while ((v & ~0x7F) != 0) {
            out.write((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        out.write(v);
    }

    private static int readZigZag(byte[] bytes, int[] at) throws FormatException {
        int result = 0;
        for (int shift = 0; shift < 32; shift += 7) {
            if (at[0] >= bytes.length) {
                throw new FormatException("Protobuf message indexes end early: the record is cut or not in the registry's format");
            }
            int b = bytes[at[0]++];
            result |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return (result >>> 1) ^ -(result & 1);
            }
        }
        throw new FormatException("Protobuf message index is longer than 5 bytes: the bytes are not in the registry's format");
    }
}
