package dev.kafkaexplorer.fake.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kafkaexplorer.fake.BuiltInTemplates;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The JSON Schema a template's JSON shape gives. */
class JsonSchemaFromJsonTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String text) throws IOException {
        return JSON.readTree(text);
    }

    @Test
    void eachJsonKindHasItsType() throws Exception {
        JsonNode schema = JsonSchemaFromJson.derive("Reading", List.of(
                json("{\"id\": 1, \"v\": 2, \"name\": \"a\", \"ok\": true, \"gone\": null, \"tags\": [], \"at\": {\"x\": 1}}"),
                json("{\"id\": 2, \"v\": 2.5, \"name\": \"b\", \"ok\": false, \"gone\": null, \"tags\": [], \"extra\": [1]}")));

        assertThat(schema).isEqualTo(json("""
                {"$schema": "http://json-schema.org/draft-07/schema#", "title": "Reading", "type": "object",
                 "properties": {
                   "id": {"type": "integer"}, "v": {"type": "number"}, "name": {"type": "string"},
                   "ok": {"type": "boolean"}, "gone": {"type": ["null", "string"]},
                   "tags": {"type": "array", "items": {"type": "string"}},
                   "at": {"type": "object", "properties": {"x": {"type": "integer"}}, "required": ["x"]},
                   "extra": {"type": "array", "items": {"type": "integer"}}},
                 "required": ["id", "v", "name", "ok", "gone", "tags"]}"""));
    }

    @Test
    void severalKindsAtOnePlaceAreAListOfTypes() throws Exception {
        JsonNode schema = JsonSchemaFromJson.derive("t", List.of(json("{\"v\": 1}"), json("{\"v\": \"one\"}"), json("{\"v\": null}")));
        assertThat(schema.get("properties").get("v")).isEqualTo(json("{\"type\": [\"null\", \"integer\", \"string\"]}"));
        assertThatThrownBy(() -> JsonSchemaFromJson.derive("t", List.of(json("\"text\""))))
                .hasMessage("A JSON Schema can only be derived from records that are JSON objects");
    }

    @Test
    void aBuiltInTemplateGivesTheSameSchemaEachTime() throws Exception {
        var payment = BuiltInTemplates.byId("payment").orElseThrow();
        String schema = TemplateSchemas.jsonSchema(payment, Locale.US);
        assertThat(TemplateSchemas.jsonSchema(payment, Locale.US)).isEqualTo(schema);
        JsonNode tree = json(schema);
        assertThat(tree.get("title").asText()).isEqualTo("Payment");
        assertThat(tree.get("properties").get("amount").get("type").asText()).isEqualTo("number");
        assertThat(tree.get("required")).hasSize(8);
    }
}
