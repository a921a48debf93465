package dev.kafkaexplorer.format.jsonschema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kafkaexplorer.format.FormatException;
import dev.kafkaexplorer.format.WireFormat;
import dev.kafkaexplorer.registry.RegisteredSchema;
import dev.kafkaexplorer.registry.SchemaType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * JSON Schema records: the JSON without its 5-byte header, and JSON framed for writing once it fits
 * the schema; a value or a schema that does not do is refused in words naming the JSON path.
 */
class JsonSchemaCodecTest {

    private static final RegisteredSchema PERSON = new RegisteredSchema(8, "people-value", 1, SchemaType.JSON,
            "{\"type\":\"object\",\"properties\":{\"name\":{\"type\":\"string\"}}}", List.of());
    private final JsonSchemaCodec codec = new JsonSchemaCodec();

    @Test
    void theValueIsShownWithoutItsHeaderAsCompactJsonWithExactNumbers() throws Exception {
        byte[] framed = WireFormat.frame(8, "{ \"name\": \"Ada\",\n  \"balance\": 12.50, \"id\": 9007199254740993 }"
                .getBytes(StandardCharsets.UTF_8));

        assertThat(codec.toJson(PERSON, framed, WireFormat.HEADER_BYTES))
                .isEqualTo("{\"name\":\"Ada\",\"balance\":12.50,\"id\":9007199254740993}");
    }

    @Test
    void aPayloadThatIsNotJsonIsRefusedInJacksonsWords() {
        byte[] framed = WireFormat.frame(8, "{\"name\": Ada}".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> codec.toJson(PERSON, framed, WireFormat.HEADER_BYTES))
                .isInstanceOf(FormatException.class)
                .hasMessageStartingWith("not JSON: Unrecognized token 'Ada'")
                .hasMessageEndingWith("at line 1, column 10");
    }

    @Test
    void writingFramesTheCompactJsonUnderTheSchemaId() throws Exception {
        byte[] framed = codec.fromJson(PERSON, "{ \"name\" : \"Ada\" }", null);

        assertThat(WireFormat.header(framed)).contains(new WireFormat.Framed(8, 5));
        assertThat(new String(framed, 5, framed.length - 5, StandardCharsets.UTF_8)).isEqualTo("{\"name\":\"Ada\"}");
        assertThat(codec.toJson(PERSON, framed, 5)).isEqualTo("{\"name\":\"Ada\"}");
        assertThatThrownBy(() -> codec.fromJson(PERSON, "{\"name\": \"Ada\"} trailing", null))
                .hasMessageStartingWith("not JSON: ");
    }

    private static final RegisteredSchema ORDER = new RegisteredSchema(9, "orders-value", 2, SchemaType.JSON, """
            {"$schema": "http://json-schema.org/draft-07/schema#", "type": "object",
             "properties": {"id": {"type": "string"}, "qty": {"type": "integer"},
                            "lines": {"type": "array", "items": {"$ref": "#/definitions/line"}}},
             "required": ["id"], "additionalProperties": false,
             "definitions": {"line": {"type": "object", "properties": {"sku": {"type": "string"}}, "required": ["sku"]}}}""",
            List.of());

    private static RegisteredSchema json(int id, String text) {
        return new RegisteredSchema(id, "s-value", 1, SchemaType.JSON, text, List.of());
    }

    @Test
    void aValueThatFitsIsFramedAsBefore() throws Exception {
        byte[] framed = codec.fromJson(ORDER, "{\"id\": \"o-1\", \"qty\": 3, \"lines\": [{\"sku\": \"A\"}]}", null);

        assertThat(WireFormat.header(framed)).contains(new WireFormat.Framed(9, 5));
        assertThat(new String(framed, 5, framed.length - 5, StandardCharsets.UTF_8))
                .isEqualTo("{\"id\":\"o-1\",\"qty\":3,\"lines\":[{\"sku\":\"A\"}]}");
    }

    @Test
    void aMissingRequiredFieldIsRefusedNamingWhereItIsMissing() {
        assertThatThrownBy(() -> codec.fromJson(ORDER, "{\"qty\": 3}", null))
                .isInstanceOf(FormatException.class)
                .hasMessage("$: required property 'id' not found");
        assertThatThrownBy(() -> codec.fromJson(ORDER, "{\"id\": \"o-1\", \"lines\": [{}, {\"sku\": \"B\"}]}", null))
                .as("inside an array, through a local $ref")
                .hasMessage("$.lines[0]: required property 'sku' not found");
    }

    @Test
    void aWrongTypeIsRefusedNamingThePath() {
        assertThatThrownBy(() -> codec.fromJson(ORDER, "{\"id\": \"o-1\", \"qty\": \"three\"}", null))
                .isInstanceOf(FormatException.class)
                .hasMessage("$.qty: string found, integer expected");
        assertThatThrownBy(() -> codec.fromJson(ORDER, "{\"id\": \"o-1\", \"qty\": 2.5}", null))
                .hasMessage("$.qty: number found, integer expected");
    }

    @Test
    void anAdditionalPropertyIsRefusedWhenTheSchemaAllowsNone() {
        assertThatThrownBy(() -> codec.fromJson(ORDER, "{\"id\": \"o-1\", \"note\": \"x\"}", null))
                .isInstanceOf(FormatException.class)
                .hasMessage("$: property 'note' is not defined in the schema and the schema does not allow additional properties");
    }

    @Test
    void onlyTheFirstFewReasonsAreSaidAndTheRestCounted() {
        assertThatThrownBy(() -> codec.fromJson(ORDER, "{\"qty\": \"x\", \"a\": 1, \"b\": 2, \"c\": 3}", null))
                .hasMessageEndingWith(" (and 2 more)")
                .satisfies(e -> assertThat(e.getMessage().split("; ")).hasSize(CheckedSchema.MESSAGES_SHOWN));
    }

    @Test
    void theDraftTheSchemaNamesIsHonoured() throws Exception {
        RegisteredSchema tuple = json(20, """
                {"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "array",
                 "prefixItems": [{"type": "string"}, {"type": "integer"}]}""");

        assertThat(codec.fromJson(tuple, "[\"a\", 1]", null)).isNotEmpty();
        assertThatThrownBy(() -> codec.fromJson(tuple, "[\"a\", \"b\"]", null))
                .hasMessage("$[1]: string found, integer expected");
    }

    @Test
    void aSchemaThatIsNotValidJsonSchemaIsRefusedInWords() {
        assertThatThrownBy(() -> codec.fromJson(json(21, "{\"type\": \"integr\"}"), "1", null))
                .isInstanceOf(FormatException.class)
                .hasMessageStartingWith("schema id 21 (s-value v1) is not a valid JSON Schema: $.type: does not have a value in the enumeration");
        assertThatThrownBy(() -> codec.fromJson(json(22, "{\"required\": \"id\"}"), "{}", null))
                .hasMessage("schema id 22 (s-value v1) is not a valid JSON Schema: $.required: string found, array expected");
        assertThatThrownBy(() -> codec.fromJson(json(23, "{\"type\": "), "{}", null))
                .hasMessageStartingWith("schema id 23 (s-value v1) is not JSON: ");
        assertThatThrownBy(() -> codec.fromJson(json(24, "{\"$schema\": \"https://example.com/my-dialect\"}"), "{}", null))
                .hasMessage("schema id 24 (s-value v1) declares $schema “https://example.com/my-dialect”, not a JSON Schema"
                        + " draft the validator knows (draft 4, 6, 7, 2019-09 or 2020-12)");
    }

    @Test
    void aReferenceOutsideTheSchemaIsNotFetchedAndSaidSo() {
        RegisteredSchema remote = json(25, "{\"properties\": {\"a\": {\"$ref\": \"https://example.com/other.json\"}}}");
        RegisteredSchema otherSubject = json(26, "{\"properties\": {\"a\": {\"$ref\": \"customer.json\"}}}");

        assertThatThrownBy(() -> codec.fromJson(remote, "{\"a\": 1}", null))
                .hasMessage("schema id 25 (s-value v1) cannot check values: it refers to “https://example.com/other.json”,"
                        + " outside itself; references to other subjects or URLs are not followed here, so it is not known what fits");
        assertThatThrownBy(() -> codec.fromJson(otherSubject, "{\"a\": 1}", null))
                .hasMessageContaining("it refers to “customer.json”, outside itself");
    }

    @Test
    void aSchemaIsMadeReadyOncePerIdAndAgainWhenItsTextChanges() throws Exception {
        RegisteredSchema bad = json(27, "{\"type\": \"integr\"}");
        String first = catchMessage(bad);
        assertThat(catchMessage(bad)).as("the same words for every value").isEqualTo(first);

        RegisteredSchema fixed = json(27, "{\"type\": \"integer\"}");
        assertThat(codec.fromJson(fixed, "1", null)).isNotEmpty();
        assertThatThrownBy(() -> codec.fromJson(fixed, "\"1\"", null)).hasMessage("$: string found, integer expected");
    }

    private String catchMessage(RegisteredSchema schema) {
        try {
            codec.fromJson(schema, "1", null);
            throw new AssertionError("refused expected");
        } catch (FormatException e) {
            return e.getMessage();
        }
    }

    @Test
    void readingShowsWhatIsThereEvenWhenItDoesNotFit() throws Exception {
        byte[] framed = WireFormat.frame(9, "{\"qty\": \"x\"}".getBytes(StandardCharsets.UTF_8));

        assertThat(codec.toJson(ORDER, framed, WireFormat.HEADER_BYTES)).isEqualTo("{\"qty\":\"x\"}");
    }
}
