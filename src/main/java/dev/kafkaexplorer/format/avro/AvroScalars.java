package dev.kafkaexplorer.format.avro;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kafkaexplorer.format.FormatException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.DateTimeException;
import java.util.Base64;
import java.util.UUID;
import org.apache.avro.Conversions;
import org.apache.avro.LogicalType;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;

/** The leaves of {@link JsonToAvro}: one JSON value to the datum of a primitive type or logical type, or words why not. */
final class AvroScalars {

    private AvroScalars() {
    }

    static Object datum(Schema schema, JsonNode json, String path) throws FormatException {
        LogicalType logical = schema.getLogicalType();
        String name = logical == null ? "" : logical.getName();
        try {
            return switch (schema.getType()) {
                case NULL -> {
                    if (!json.isNull()) {
                        throw mismatch(path, "null", json);
                    }
                    yield null;
                }
                case BOOLEAN -> {
                    if (!json.isBoolean()) {
                        throw mismatch(path, "true or false", json);
                    }
                    yield json.booleanValue();
                }
                case INT -> json.isTextual() && !name.isEmpty() ? intTime(name, json.textValue(), path, json)
                        : wholeNumber(json, path).intValueExact();
                case LONG -> json.isTextual() && !name.isEmpty() ? longTime(name, json.textValue(), path, json)
                        : wholeNumber(json, path).longValueExact();
                case FLOAT -> (float) floating(json, path);
                case DOUBLE -> floating(json, path);
                case STRING -> {
                    if (!json.isTextual()) {
                        throw mismatch(path, "text", json);
                    }
                    if ("uuid".equals(name)) {
                        UUID.fromString(json.textValue());
                    }
                    yield json.textValue();
                }
                case BYTES -> ByteBuffer.wrap(binary(schema, logical, json, path));
                case FIXED -> new GenericData.Fixed(schema, fixed(schema, logical, json, path));
                default -> throw new IllegalArgumentException("not a leaf type: " + schema.getType());
            };
        } catch (ArithmeticException e) {
            throw new FormatException(JsonToAvro.where(path) + describe(json) + " does not fit "
                    + typeName(schema) + (e.getMessage() == null ? "" : ": " + e.getMessage()), e);
        } catch (IllegalArgumentException | DateTimeException e) {
            throw new FormatException(JsonToAvro.where(path) + describe(json) + " is not a valid " + typeName(schema)
                    + ": " + e.getMessage(), e);
        }
    }

    private static int intTime(String logical, String text, String path, JsonNode json) throws FormatException {
        return switch (logical) {
            case "date" -> AvroTimes.parseDate(text);
            case "time-millis" -> Math.toIntExact(AvroTimes.parseTime(text, AvroTimes.MILLIS));
            default -> throw mismatch(path, "a whole number", json);
        };
    }

    private static long longTime(String logical, String text, String path, JsonNode json) throws FormatException {
        return switch (logical) {
            case "time-micros" -> AvroTimes.parseTime(text, AvroTimes.MICROS);
            case "timestamp-millis" -> AvroTimes.parseTimestamp(text, AvroTimes.MILLIS, true);
            case "timestamp-micros" -> AvroTimes.parseTimestamp(text, AvroTimes.MICROS, true);
            case "timestamp-nanos" -> AvroTimes.parseTimestamp(text, AvroTimes.NANOS, true);
            case "local-timestamp-millis" -> AvroTimes.parseTimestamp(text, AvroTimes.MILLIS, false);
            case "local-timestamp-micros" -> AvroTimes.parseTimestamp(text, AvroTimes.MICROS, false);
            case "local-timestamp-nanos" -> AvroTimes.parseTimestamp(text, AvroTimes.NANOS, false);
            default -> throw mismatch(path, "a whole number", json);
        };
    }

    private static BigInteger wholeNumber(JsonNode json, String path) throws FormatException {
        if (!json.isNumber()) {
            throw mismatch(path, "a whole number", json);
        }
        return json.isIntegralNumber() ? json.bigIntegerValue() : json.decimalValue().toBigIntegerExact();
    }

    /** A number, or the text "NaN", "Infinity" or "-Infinity" that JSON cannot hold as a number (and {@link AvroToJson} writes). */
    private static double floating(JsonNode json, String path) throws FormatException {
        if (json.isNumber()) {
            return json.doubleValue();
        }
        if (json.isTextual()) {
            switch (json.textValue()) {
                case "NaN":
                    return Double.NaN;
                case "Infinity":
                    return Double.POSITIVE_INFINITY;
                case "-Infinity":
                    return Double.NEGATIVE_INFINITY;
                default:
                    break;
            }
        }
        throw mismatch(path, "a number", json);
    }

    private static byte[] binary(Schema schema, LogicalType logical, JsonNode json, String path) throws FormatException {
        if (logical instanceof LogicalTypes.Decimal decimal) {
            return exactDecimal(decimal, json, path).unscaledValue().toByteArray();
        }
        if (logical instanceof LogicalTypes.BigDecimal) {
            ByteBuffer bytes = new Conversions.BigDecimalConversion().toBytes(decimal(json, path), schema, logical);
            byte[] array = new byte[bytes.remaining()];
            bytes.get(array);
            return array;
        }
        if (!json.isTextual()) {
            throw mismatch(path, "base64 text (bytes)", json);
        }
        return Base64.getDecoder().decode(json.textValue());
    }

    private static byte[] fixed(Schema schema, LogicalType logical, JsonNode json, String path) throws FormatException {
        int size = schema.getFixedSize();
        byte[] bytes;
        if (logical instanceof LogicalTypes.Decimal decimal) {
            BigDecimal value = exactDecimal(decimal, json, path);
            bytes = new Conversions.DecimalConversion().toFixed(value, schema, logical).bytes();
        } else if (logical != null && "uuid".equals(logical.getName()) && json.isTextual()) {
            UUID uuid = UUID.fromString(json.textValue());
            bytes = ByteBuffer.allocate(16).putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits()).array();
        } else if (logical != null && "duration".equals(logical.getName()) && json.isObject()) {
            bytes = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN).putInt(unsigned(json, "months", path))
                    .putInt(unsigned(json, "days", path)).putInt(unsigned(json, "milliseconds", path)).array();
        } else if (json.isTextual()) {
            bytes = Base64.getDecoder().decode(json.textValue());
        } else {
            throw mismatch(path, "base64 text (fixed " + schema.getName() + ")", json);
        }
        if (bytes.length != size) {
            throw new FormatException(JsonToAvro.where(path) + "fixed " + schema.getName() + " holds " + size
                    + " bytes; this value has " + bytes.length);
        }
        return bytes;
    }

    private static int unsigned(JsonNode duration, String field, String path) throws FormatException {
        JsonNode value = duration.get(field);
        String at = JsonToAvro.child(path, field);
        if (value == null) {
            throw new FormatException(at + " is missing (a duration has months, days and milliseconds)");
        }
        long n = wholeNumber(value, at).longValueExact();
        if (n < 0 || n > 0xFFFF_FFFFL) {
            throw new FormatException(at + ": " + n + " is outside 0 to 4294967295");
        }
        return (int) n;
    }

    /** The value at the schema's scale, refused (not rounded) when it has more decimal places or digits than the schema keeps. */
    private static BigDecimal exactDecimal(LogicalTypes.Decimal decimal, JsonNode json, String path) throws FormatException {
        BigDecimal value = decimal(json, path);
        BigDecimal scaled;
        try {
            scaled = value.setScale(decimal.getScale(), RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new FormatException(JsonToAvro.where(path) + value.toPlainString() + " has more decimal places than the schema's scale "
                    + decimal.getScale(), e);
        }
        if (scaled.precision() > decimal.getPrecision()) {
            throw new FormatException(JsonToAvro.where(path) + value.toPlainString() + " has more digits than the schema's precision "
                    + decimal.getPrecision());
        }
        return scaled;
    }

    /** A decimal from a JSON number (exact: the mapper reads floats as BigDecimal) or from text, as some writers quote them. */
    private static BigDecimal decimal(JsonNode json, String path) throws FormatException {
        if (json.isNumber()) {
            return json.decimalValue();
        }
        if (json.isTextual()) {
            try {
                return new BigDecimal(json.textValue().trim());
            } catch (NumberFormatException e) {
                throw mismatch(path, "a decimal number", json);
            }
        }
        throw mismatch(path, "a decimal number", json);
    }

    /** Whether a JSON value of this kind could be a value of {@code schema} (which union branches to try). */
    static boolean takesKind(Schema schema, JsonNode json) {
        LogicalType logical = schema.getLogicalType();
        return switch (schema.getType()) {
            case NULL -> json.isNull();
            case BOOLEAN -> json.isBoolean();
            case INT, LONG -> json.isNumber() || (json.isTextual() && logical != null);
            case FLOAT, DOUBLE -> json.isNumber() || json.isTextual();
            case STRING, ENUM -> json.isTextual();
            case BYTES, FIXED -> json.isTextual() || (json.isNumber() && logical != null) || (json.isObject() && logical != null);
            case ARRAY -> json.isArray();
            case MAP, RECORD -> json.isObject();
            case UNION -> true;
        };
    }

    static FormatException mismatch(String path, String expected, JsonNode found) {
        return new FormatException(JsonToAvro.where(path) + "expected " + expected + ", found " + describe(found));
    }

    /** A JSON value in a few words: "the text \"abc\"", "the number 4.5", "an object". */
    static String describe(JsonNode json) {
        if (json.isTextual()) {
            String text = json.textValue();
            return "the text \"" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "\"";
        }
        if (json.isNumber()) {
            return "the number " + json.asText();
        }
        if (json.isObject()) {
            return "an object";
        }
        if (json.isArray()) {
            return "an array";
        }
        return json.isNull() ? "null" : json.asText();
    }

    /** A type as a user reads it: "string", "timestamp-millis", "record Address". */
    static String typeName(Schema schema) {
        if (schema.getLogicalType() != null) {
            return schema.getLogicalType().getName();
        }
        return switch (schema.getType()) {
            case RECORD, ENUM, FIXED -> schema.getType().getName() + " " + schema.getName();
            case UNION -> "union (" + String.join(", ", schema.getTypes().stream().map(AvroScalars::typeName).toList()) + ")";
            default -> schema.getType().getName();
        };
    }
}
