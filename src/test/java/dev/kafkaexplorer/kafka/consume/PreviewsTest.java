package dev.kafkaexplorer.kafka.consume;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Text for arbitrary bytes: escapes, cuts, hex, JSON. */
class PreviewsTest {

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void nullAndEmptyAreNamed() {
        assertThat(Previews.preview(null, 200)).isEqualTo("(null)");
        assertThat(Previews.preview(new byte[0], 200)).isEqualTo("(empty)");
    }

    @Test
    void textIsShownWithControlCharactersEscaped() {
        String text = "line one\nline two\tand a bell \u0007 in a long enough text\r\n";
        assertThat(Previews.preview(utf8(text), 200))
                .isEqualTo("line one\\nline two\\tand a bell \\u0007 in a long enough text\\r\\n");
    }

    @Test
    void longTextIsCutWithAnEllipsis() {
        assertThat(Previews.preview(utf8("x".repeat(500)), 200)).isEqualTo("x".repeat(200) + "…");
        assertThat(Previews.preview(utf8("x".repeat(200)), 200)).isEqualTo("x".repeat(200));
    }

    @Test
    void anEscapeIsNeverCutInHalf() {
        String preview = Previews.preview(utf8("abcdefgh\n"), 9);
        assertThat(preview).isEqualTo("abcdefgh…");
    }

    @Test
    void multiByteTextIsCutAtACharacterBoundary() {
        // 10 chars of preview decode 44 bytes: that splits the 15th three-byte euro sign in two.
        assertThat(Previews.preview(utf8("€".repeat(100)), 10)).isEqualTo("€".repeat(10) + "…");
        assertThat(Previews.preview(utf8("é".repeat(300)), 200)).isEqualTo("é".repeat(200) + "…");
        // Emoji take two chars each: 201 would split a surrogate pair, so the cut comes before it.
        String emoji = Previews.preview(utf8("😀".repeat(150)), 201);
        assertThat(emoji).isEqualTo("😀".repeat(100) + "…");
    }

    @Test
    void bytesThatAreNotUtf8AreShownAsHex() {
        assertThat(Previews.preview(new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF}, 200)).isEqualTo("0xC328FF");
    }

    @Test
    void validUtf8ThatIsMostlyControlCharactersIsShownAsHex() {
        byte[] controls = {0, 1, 2, 3, 'a', 'b', 'c'};
        assertThat(Previews.isText(controls)).isFalse();
        assertThat(Previews.preview(controls, 200)).isEqualTo("0x00010203616263");
    }

    @Test
    void longBinaryShowsTheFirstBytesAndTheSize() {
        byte[] binary = new byte[5000];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (0x80 + i % 0x40);
        }
        String preview = Previews.preview(binary, 200);
        assertThat(preview).startsWith("0x808182").endsWith("… (5000 bytes)").hasSizeLessThanOrEqualTo(200);
    }

    @Test
    void isTextNeedsStrictUtf8AndFewControls() {
        assertThat(Previews.isText(utf8("{\"a\": \"ünïcödé\"}\n"))).isTrue();
        assertThat(Previews.isText(new byte[0])).isTrue();
        assertThat(Previews.isText(null)).isFalse();
        assertThat(Previews.isText(new byte[] {(byte) 0xC3, 0x28})).isFalse();
        // A lone surrogate encoded as UTF-8 (CESU) is not strict UTF-8.
        assertThat(Previews.isText(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80})).isFalse();
        assertThat(Previews.isText(utf8("a".repeat(20) + "\u0000"))).isTrue();
        assertThat(Previews.isText(utf8("a".repeat(9) + "\u0000"))).isFalse();
    }

    @Test
    void printableAsciiWithTabsAndLineBreaksIsTextAndDeleteCountsAsAControl() {
        assertThat(Previews.isText(utf8("k-17\tid=4\r\n{\"a\": [1, 2]}~"))).isTrue();
        assertThat(Previews.isText(utf8("a".repeat(9) + "\u007F"))).isFalse();
        assertThat(Previews.isText(utf8("a".repeat(20) + "\u007F"))).isTrue();
        assertThat(Previews.isText(new byte[] {'a', 'b', (byte) 0x80})).as("not UTF-8").isFalse();
    }

    @Test
    void hexDumpShowsOffsetHexAndAsciiSixteenBytesALine() {
        String dump = Previews.hexDump(utf8("Hello, hex dump!\n"), 1000);
        assertThat(dump).isEqualTo(
                "00000000  48 65 6C 6C 6F 2C 20 68  65 78 20 64 75 6D 70 21  |Hello, hex dump!|\n"
                + "00000010  0A                                                |.|\n");
    }

    @Test
    void hexDumpSaysWhenItIsCut() {
        String dump = Previews.hexDump(new byte[100], 32);
        assertThat(dump.lines()).hasSize(3);
        assertThat(dump).endsWith("… first 32 of 100 bytes shown\n");
        assertThat(Previews.hexDump(null, 10)).isEqualTo("(null)");
        assertThat(Previews.hexDump(new byte[0], 10)).isEqualTo("(empty)");
    }

    @Test
    void prettyJsonOnlyForObjectsAndArrays() {
        assertThat(Previews.prettyJson(utf8("{\"a\":1,\"b\":[1,2]}"))).hasValueSatisfying(json -> {
            assertThat(json).contains("\n").contains("\"a\" : 1");
        });
        assertThat(Previews.prettyJson(utf8("[1,2]"))).isPresent();
        assertThat(Previews.prettyJson(utf8("42"))).isEmpty();
        assertThat(Previews.prettyJson(utf8("\"text\""))).isEmpty();
        assertThat(Previews.prettyJson(utf8("{\"a\":1} trailing"))).isEmpty();
        assertThat(Previews.prettyJson(utf8("not json"))).isEmpty();
        assertThat(Previews.prettyJson(new byte[] {'{', '"', (byte) 0xFF, '"', ':', '1', '}'})).isEmpty();
        assertThat(Previews.prettyJson(null)).isEmpty();
        assertThat(Previews.prettyJson(new byte[0])).isEmpty();
    }
}
