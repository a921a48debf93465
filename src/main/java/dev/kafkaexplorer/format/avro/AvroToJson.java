package dev.kafkaexplorer.format.avro;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.kafkaexplorer.format.FormatException;
import dev.kafkaexplorer.format.JsonText;
import java.io.EOFException;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.util.List;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Conversions;
import org.apache.avro.LogicalType;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.DecoderFactory;

/**
 * Avro binary data straight to the JSON a reader expects, driven by the writer's schema: a union's
 * value without the {"type": …} wrapper of Avro's own JSON encoding, enums as their symbol,
 * decimals as exact JSON numbers, dates and times as ISO text ({@link AvroTimes}), uuids as text,
 * bytes and fixed as base64 (JSON's usual way for binary; Avro's JSON encoding uses ISO-8859-1
 * strings, which nobody can read), maps as objects.
 *
 * <p>It reads with Avro's {@link BinaryDecoder} (one reused per thread) instead of building a
 * {@code GenericRecord} first: no object per field, the union branch is the one written, and a
 * length in corrupt data is checked against the bytes left before anything is allocated
 * (the decoder itself would allocate up to 2 GB for a wrong length).
 */
final class AvroToJson {

    static final String ENDS_EARLY = "Avro data ends early: the record is cut or was written with another schema";
    private static final ThreadLocal<BinaryDecoder> DECODERS = new ThreadLocal<>();
    /** Items of an empty type (null, a record without fields) take no bytes: this caps what corrupt counts make us write. */
    private static final long MAX_EMPTY_ITEMS = 1_000_000;

    private final BinaryDecoder in;
    private final JsonGenerator out;
    private byte[] scratch = new byte[64];

    private AvroToJson(BinaryDecoder in, JsonGenerator out) {
        this.in = in;
        this.out = out;
    }

    /** The Avro datum of {@code schema} at {@code bytes[offset..]} as compact JSON; all bytes must belong to it. */
    static String toJson(Schema schema, byte[] bytes, int offset) throws FormatException {
        BinaryDecoder in = DecoderFactory.get().binaryDecoder(bytes, offset, bytes.length - offset, DECODERS.get());
        DECODERS.set(in);
        StringWriter text = new StringWriter(Math.max(16, 2 * (bytes.length - offset)));
        try (JsonGenerator json = JsonText.generator(text)) {
            new AvroToJson(in, json).value(schema);
            int left = left(in);
            if (left > 0) {
                throw new FormatException("Avro data goes on after the record: " + left + (left == 1 ? " byte is" : " bytes are")
                        + " left over; it was written with another schema or is not Avro");
            }
        } catch (EOFException e) {
            throw new FormatException(ENDS_EARLY, e);
        } catch (IOException | AvroRuntimeException | ArithmeticException | DateTimeException e) {
            throw new FormatException("Avro data does not fit its schema: " + e.getMessage(), e);
        }
        return text.toString();
    }

    private static int left(BinaryDecoder in) throws IOException {
        return in.inputStream().available();
    }

    private void value(Schema schema) throws IOException, FormatException {
        switch (schema.getType()) {
            case RECORD -> {
                out.writeStartObject();
                for (Schema.Field field : schema.getFields()) {
                    out.writeFieldName(field.name());
                    value(field.schema());
                }
                out.writeEndObject();
            }
            case ENUM -> out.writeString(schema.getEnumSymbols().get(index(in.readEnum(), schema.getEnumSymbols(), schema)));
            case ARRAY -> {
                out.writeStartArray();
                for (long n = in.readArrayStart(); n != 0; n = in.arrayNext()) {
                    checkCount(n, takesNoBytes(schema.getElementType()));
                    for (long i = 0; i < n; i++) {
                        value(schema.getElementType());
                    }
                }
                out.writeEndArray();
            }
            case MAP -> {
                out.writeStartObject();
                for (long n = in.readMapStart(); n != 0; n = in.mapNext()) {
                    checkCount(n, false);
                    for (long i = 0; i < n; i++) {
                        out.writeFieldName(string());
                        value(schema.getValueType());
                    }
                }
                out.writeEndObject();
            }
            case UNION -> value(schema.getTypes().get(index(in.readIndex(), schema.getTypes(), schema)));
            case FIXED -> {
                byte[] fixed = new byte[schema.getFixedSize()];
                in.readFixed(fixed, 0, fixed.length);
                binary(schema, fixed);
            }
            case STRING -> out.writeString(string());
            case BYTES -> binary(schema, bytes());
            case INT -> integer(schema, in.readInt());
            case LONG -> longValue(schema, in.readLong());
            case FLOAT -> out.writeNumber(in.readFloat());
            case DOUBLE -> out.writeNumber(in.readDouble());
            case BOOLEAN -> out.writeBoolean(in.readBoolean());
            case NULL -> {
                in.readNull();
                out.writeNull();
            }
        }
    }

    private static int index(int index, List<?> choices, Schema schema) throws FormatException {
        if (index < 0 || index >= choices.size()) {
            throw new FormatException("Avro data does not fit its schema: index " + index + " of "
                    + AvroScalars.typeName(schema) + " is not one of its " + choices.size() + " choices");
        }
        return index;
    }

    /** Each item takes at least one byte unless its type is empty: a count beyond the bytes left is corrupt or cut data. */
    private void checkCount(long count, boolean itemsMayTakeNoBytes) throws IOException {
        long limit = itemsMayTakeNoBytes ? MAX_EMPTY_ITEMS : left(in);
        if (count > limit) {
            throw new EOFException();
        }
    }

    private static boolean takesNoBytes(Schema schema) {
        return switch (schema.getType()) {
            case NULL -> true;
            case FIXED -> schema.getFixedSize() == 0;
            case RECORD -> schema.getFields().stream().allMatch(f -> takesNoBytes(f.schema()));
            default -> false;
        };
    }

    /** A string or bytes length, checked against the bytes left before anything is allocated for it. */
    private int length() throws IOException {
        long length = in.readLong();
        if (length < 0) {
            throw new AvroRuntimeException("a length is negative (" + length + ")");
        }
        if (length > left(in)) {
            throw new EOFException();
        }
        return (int) length;
    }

    private String string() throws IOException {
        int length = length();
        if (scratch.length < length) {
            scratch = new byte[Math.max(length, scratch.length * 2)];
        }
        in.readFixed(scratch, 0, length);
        return new String(scratch, 0, length, StandardCharsets.UTF_8);
    }

    private byte[] bytes() throws IOException {
        byte[] bytes = new byte[length()];
        in.readFixed(bytes, 0, bytes.length);
        return bytes;
    }

    private void binary(Schema schema, byte[] bytes) throws IOException {
        LogicalType logical = schema.getLogicalType();
        if (logical instanceof LogicalTypes.Decimal decimal) {
            out.writeNumber(new BigDecimal(new BigInteger(bytes), decimal.getScale()));
        } else if (logical instanceof LogicalTypes.BigDecimal) {
            out.writeNumber(new Conversions.BigDecimalConversion().fromBytes(ByteBuffer.wrap(bytes), schema, logical));
        } else if (logical != null && "uuid".equals(logical.getName()) && bytes.length == 16) {
            ByteBuffer b = ByteBuffer.wrap(bytes);
            out.writeString(new java.util.UUID(b.getLong(), b.getLong()).toString());
        } else if (logical != null && "duration".equals(logical.getName()) && bytes.length == 12) {
            ByteBuffer b = ByteBuffer.wrap(bytes).order(java.nio.ByteOrder.LITTLE_ENDIAN);
            out.writeStartObject();
            out.writeNumberField("months", Integer.toUnsignedLong(b.getInt()));
            out.writeNumberField("days", Integer.toUnsignedLong(b.getInt()));
            out.writeNumberField("milliseconds", Integer.toUnsignedLong(b.getInt()));
            out.writeEndObject();
        } else {
            out.writeBinary(bytes);
        }
    }

    private void integer(Schema schema, int value) throws IOException {
        LogicalType logical = schema.getLogicalType();
        if (logical instanceof LogicalTypes.Date) {
            out.writeString(AvroTimes.date(value));
        } else if (logical instanceof LogicalTypes.TimeMillis) {
            out.writeString(AvroTimes.timeOfDay(value, AvroTimes.MILLIS));
        } else {
            out.writeNumber(value);
        }
    }

    private void longValue(Schema schema, long value) throws IOException {
        LogicalType logical = schema.getLogicalType();
        if (logical == null) {
            out.writeNumber(value);
            return;
        }
        String text = switch (logical.getName()) {
            case "time-micros" -> AvroTimes.timeOfDay(value, AvroTimes.MICROS);
            case "timestamp-millis" -> AvroTimes.timestamp(value, AvroTimes.MILLIS, true);
            case "timestamp-micros" -> AvroTimes.timestamp(value, AvroTimes.MICROS, true);
            case "timestamp-nanos" -> AvroTimes.timestamp(value, AvroTimes.NANOS, true);
            case "local-timestamp-millis" -> AvroTimes.timestamp(value, AvroTimes.MILLIS, false);
            case "local-timestamp-micros" -> AvroTimes.timestamp(value, AvroTimes.MICROS, false);
            case "local-timestamp-nanos" -> AvroTimes.timestamp(value, AvroTimes.NANOS, false);
            default -> null;
        };
        if (text == null) {
            out.writeNumber(value);
        } else {
            out.writeString(text);
        }
    }
}
