package dev.kafkaexplorer.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kafkaexplorer.kafka.consume.RowDecoding;

import dev.kafkaexplorer.kafka.consume.Previews;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.apache.kafka.common.serialization.DoubleSerializer;
import org.apache.kafka.common.serialization.FloatSerializer;
import org.apache.kafka.common.serialization.IntegerSerializer;
import org.apache.kafka.common.serialization.LongSerializer;
import org.apache.kafka.common.serialization.ShortSerializer;
import org.apache.kafka.common.serialization.UUIDSerializer;
import org.junit.jupiter.api.Test;

/** Keys and values written by Kafka's own serializers, text, JSON and bytes, read in the chosen format. */
class PlainFormatsTest {

    private static Decoded key(RecordFormat format, byte[] bytes) {
        return RecordDecodings.of(format, RecordFormat.AUTO, null).key(bytes);
    }

    @Test
    void numbersFromKafkasSerializersReadAsTheirExactPlainValue() {
        try (LongSerializer longs = new LongSerializer(); IntegerSerializer ints = new IntegerSerializer();
             ShortSerializer shorts = new ShortSerializer(); DoubleSerializer doubles = new DoubleSerializer();
             FloatSerializer floats = new FloatSerializer()) {
            assertThat(key(RecordFormat.LONG, longs.serialize("t", 9_007_199_254_740_993L)))
                    .isEqualTo(new Decoded("9007199254740993", true, "Long", null, null));
            assertThat(key(RecordFormat.LONG, longs.serialize("t", Long.MIN_VALUE)).text()).isEqualTo("-9223372036854775808");
            assertThat(key(RecordFormat.INT, ints.serialize("t", -42)).text()).isEqualTo("-42");
            assertThat(key(RecordFormat.INT, ints.serialize("t", 1_000_000)).text()).isEqualTo("1000000");
            assertThat(key(RecordFormat.SHORT, shorts.serialize("t", (short) -7)).text()).isEqualTo("-7");
            assertThat(key(RecordFormat.DOUBLE, doubles.serialize("t", 0.1)).text()).isEqualTo("0.1");
            // JDK 17's Double.toString gives "0.0020" here; the shortest text is "0.002".
            assertThat(key(RecordFormat.DOUBLE, doubles.serialize("t", 2e-3)).text()).isEqualTo("0.002");
            assertThat(key(RecordFormat.DOUBLE, doubles.serialize("t", 0.1 + 0.2)).text()).isEqualTo("0.30000000000000004");
            assertThat(key(RecordFormat.DOUBLE, doubles.serialize("t", 1e10)).text()).isEqualTo("1.0E10");
            assertThat(key(RecordFormat.DOUBLE, doubles.serialize("t", Double.NaN))).isEqualTo(new Decoded("NaN", false, "Double", null, null));
            assertThat(key(RecordFormat.FLOAT, floats.serialize("t", 0.1f)).text()).isEqualTo("0.1");
        }
    }

    @Test
    void aNumberOfTheWrongLengthSaysSoAndStillShowsItsBytes() {
        Decoded five = key(RecordFormat.LONG, new byte[] {1, 2, 3, 4, 5});

        assertThat(five.problem()).isEqualTo("a Long is 8 bytes; this key has 5");
        assertThat(five.text()).isEqualTo(Previews.hexDump(new byte[] {1, 2, 3, 4, 5}, 1000));
        assertThat(five.kind()).isEqualTo("Long, 5 bytes");
        assertThat(RecordDecodings.of(RecordFormat.AUTO, RecordFormat.INT, null).value(new byte[3]).problem())
                .isEqualTo("an Int is 4 bytes; this value has 3");
    }

    @Test
    void uuidsReadAsKafkasUuidSerializerWritesThemAndAsSixteenBytes() {
        UUID id = UUID.fromString("0b7e5d2a-3c4f-4e6a-9f1b-2d3c4e5f6a7b");
        try (UUIDSerializer uuids = new UUIDSerializer()) {
            assertThat(key(RecordFormat.UUID, uuids.serialize("t", id)).text()).isEqualTo(id.toString());
        }
        byte[] raw = java.nio.ByteBuffer.allocate(16).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits()).array();
        assertThat(key(RecordFormat.UUID, raw)).isEqualTo(new Decoded(id.toString(), false, "UUID, 16 bytes", null, null));
        assertThat(key(RecordFormat.UUID, "not-a-uuid".getBytes(StandardCharsets.UTF_8)).problem())
                .isEqualTo("a UUID is 36 characters of text, as Kafka's UUIDSerializer writes it, or 16 bytes; this key has 10 bytes");
    }

    @Test
    void textThatIsNotUtf8IsShownAsHexWithTheReason() {
        Decoded ok = key(RecordFormat.STRING, "grüße\n".getBytes(StandardCharsets.UTF_8));
        Decoded bad = key(RecordFormat.STRING, new byte[] {'o', 'k', (byte) 0xFF, 'x'});

        assertThat(ok).isEqualTo(new Decoded("grüße\n", false, "text, 8 bytes", null, null));
        assertThat(bad.problem()).isEqualTo("not UTF-8 text: the byte 0xFF at offset 2 does not fit UTF-8; shown as hex");
        assertThat(bad.text()).contains("6F 6B FF 78");
    }

    @Test
    void jsonIsCompactWithItsNumbersExactAndNotJsonSaysWhy() {
        Decoded json = key(RecordFormat.JSON, "{ \"price\": 12.50,\n \"id\": 9007199254740993 }".getBytes(StandardCharsets.UTF_8));
        Decoded text = key(RecordFormat.JSON, "hello".getBytes(StandardCharsets.UTF_8));

        assertThat(json).isEqualTo(new Decoded("{\"price\":12.50,\"id\":9007199254740993}", true, "JSON, 43 bytes", null, null));
        assertThat(text.problem()).startsWith("not JSON: Unrecognized token 'hello'").endsWith("at line 1, column 1");
        assertThat(text.text()).isEqualTo("hello");
    }

    @Test
    void bytesAsHexAndBase64AndNullAsNull() {
        byte[] bytes = {0, 1, (byte) 0xAB, (byte) 0xFF};

        assertThat(key(RecordFormat.BYTES_HEX, bytes).text()).isEqualTo("0001ABFF");
        assertThat(key(RecordFormat.BYTES_BASE64, bytes).text()).isEqualTo("AAGr/w==");
        assertThat(key(RecordFormat.LONG, null)).isEqualTo(new Decoded("", false, "null", null, null));
    }

    @Test
    void theTableLineIsTheExactValueEscapedAndCut() {
        RowDecoding longs = new RowDecoding(RecordDecodings.of(RecordFormat.LONG, RecordFormat.STRING, null),
                RecordFormat.LONG, RecordFormat.STRING, false);
        try (LongSerializer serializer = new LongSerializer()) {
            assertThat(longs.keyLine(serializer.serialize("t", 9_007_199_254_740_993L), 200)).isEqualTo("9007199254740993");
        }
        assertThat(longs.keyLine(new byte[5], 200)).isEqualTo("⚠ a Long is 8 bytes; this key has 5");
        assertThat(longs.keyLine(null, 200)).isEqualTo("(null)");
        assertThat(longs.valueLine("a\tb\n".repeat(3).getBytes(StandardCharsets.UTF_8), 10)).isEqualTo("a\\tb\\na\\tb…");
    }
}
