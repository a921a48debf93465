package dev.kafkaexplorer.ui.schemas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.kafkaexplorer.registry.RegisteredSchema;
import dev.kafkaexplorer.registry.SchemaType;
import dev.kafkaexplorer.ui.schemas.SchemaTokens.Kind;
import dev.kafkaexplorer.ui.schemas.SchemaTokens.Token;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A schema's text as the Versions tab shows it: pretty, tokenised for colour, cut when long. */
class SchemaTextTest {

    private static String spelled(List<Token> tokens) {
        return tokens.stream().map(Token::text).collect(Collectors.joining());
    }

    @Test
    void avroIsIndentedOneFieldALineWithItsNumbersExact() {
        String pretty = SchemaPretty.print(SchemaType.AVRO,
                "{\"type\":\"bytes\",\"logicalType\":\"decimal\",\"precision\":20,\"scale\":2,\"default\":0.10,\"symbols\":[\"A\",\"B\"]}");

        assertThat(pretty).isEqualTo("""
                {
                  "type": "bytes",
                  "logicalType": "decimal",
                  "precision": 20,
                  "scale": 2,
                  "default": 0.10,
                  "symbols": [
                    "A",
                    "B"
                  ]
                }""");
    }

    @Test
    void protobufAndTextThatIsNotJsonStayAsWritten() {
        String proto = "syntax = \"proto3\";\n// money\nmessage Payment {\n  int64 cents = 1;\n}\n";
        assertThat(SchemaPretty.print(SchemaType.PROTOBUF, proto)).isEqualTo(proto);
        assertThat(SchemaPretty.print(SchemaType.JSON, "{not json")).isEqualTo("{not json");
    }

    @Test
    void jsonTokensAreKeysStringsNumbersAndKeywords() {
        String text = "{\n  \"name\": \"a \\\"quoted\\\" b\",\n  \"size\": -1.5e3,\n  \"ok\" : true,\n  \"none\": null\n}";
        List<Token> tokens = SchemaTokens.of(SchemaType.AVRO, text);

        assertThat(spelled(tokens)).isEqualTo(text);
        assertThat(tokens).filteredOn(t -> t.kind() != Kind.PLAIN).extracting(Token::text, Token::kind).containsExactly(
                tuple("\"name\"", Kind.KEY), tuple("\"a \\\"quoted\\\" b\"", Kind.STRING),
                tuple("\"size\"", Kind.KEY), tuple("-1.5e3", Kind.NUMBER),
                tuple("\"ok\"", Kind.KEY), tuple("true", Kind.KEYWORD),
                tuple("\"none\"", Kind.KEY), tuple("null", Kind.KEYWORD));
        assertThat(tokens).as("neighbouring plain text is one token").extracting(Token::text).contains(",\n  ");
    }

    @Test
    void protoTokensAreKeywordsStringsNumbersAndComments() {
        String text = "syntax = \"proto3\";\n/* money */\nmessage Payment2 {\n  int64 cents = 12; // in cents\n  my.pkg.Money m = 2;\n}";
        List<Token> tokens = SchemaTokens.of(SchemaType.PROTOBUF, text);

        assertThat(spelled(tokens)).isEqualTo(text);
        assertThat(tokens).filteredOn(t -> t.kind() != Kind.PLAIN).extracting(Token::text, Token::kind).containsExactly(
                tuple("syntax", Kind.KEYWORD), tuple("\"proto3\"", Kind.STRING), tuple("/* money */", Kind.COMMENT),
                tuple("message", Kind.KEYWORD), tuple("int64", Kind.KEYWORD), tuple("12", Kind.NUMBER),
                tuple("// in cents", Kind.COMMENT), tuple("2", Kind.NUMBER));
    }

    @Test
    void anUnclosedStringOrCommentEndsTheTextWithoutLosingIt() {
        assertThat(spelled(SchemaTokens.of(SchemaType.JSON, "{\"open"))).isEqualTo("{\"open");
        assertThat(spelled(SchemaTokens.of(SchemaType.PROTOBUF, "message /* open"))).isEqualTo("message /* open");
    }

    @Test
    void aLongSchemaIsLaidOutOnlyUpToALineEndBeforeTheLimit() {
        StringBuilder fields = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            fields.append(i == 0 ? "" : ",").append("{\"name\":\"field").append(i).append("\",\"type\":\"string\"}");
        }
        String avro = "{\"type\":\"record\",\"name\":\"Wide\",\"fields\":[" + fields + "]}";
        ShownSchema shown = ShownSchema.of(new RegisteredSchema(9, "wide-value", 1, SchemaType.AVRO, avro, List.of()));

        assertThat(shown.prettyText().length()).isGreaterThan(ShownSchema.SHOWN_AT_MOST);
        assertThat(shown.cut()).isTrue();
        String laidOut = spelled(shown.tokens());
        assertThat(laidOut.length()).isLessThanOrEqualTo(ShownSchema.SHOWN_AT_MOST).isEqualTo(shown.shownChars());
        assertThat(laidOut).endsWith("\n");
        assertThat(shown.prettyText()).startsWith(laidOut);
        assertThat(shown.cutNote()).startsWith("Showing the first ").contains(" of 8006 lines").endsWith("Copy takes the whole schema.");

        ShownSchema small = ShownSchema.of(new RegisteredSchema(1, "s", 1, SchemaType.AVRO, "\"string\"", List.of()));
        assertThat(small.cut()).isFalse();
        assertThat(small.cutNote()).isEmpty();
    }
}
