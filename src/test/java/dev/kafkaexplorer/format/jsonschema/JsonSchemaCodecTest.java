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

/** JSON Schema records: the JSON without its 5-byte header, and JSON framed for writing. */
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
}
