package dev.kafkaexplorer.fake.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kafkaexplorer.fake.BuiltInTemplates;
import dev.kafkaexplorer.fake.CustomTemplate;
import dev.kafkaexplorer.fake.RecordTemplate;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The Avro schema a template's JSON shape gives: type by type, names, optional fields, refusals in words. */
class AvroSchemaFromJsonTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String text) throws IOException {
        return JSON.readTree(text);
    }

    private static Schema avro(String text) {
        return new Schema.Parser().parse(text);
    }

    @Test
    void eachJsonKindHasItsAvroType() throws Exception {
        Schema schema = AvroSchemaFromJson.derive("user-signup", json("""
                {"name": "Ada", "age": 36, "score": 9.5, "active": true, "nickname": null,
                 "address": {"city": "London", "zip": "N1"},
                 "tags": ["a", "b"], "visits": [{"at": "2025-01-01", "pages": 3}], "notes": []}"""));

        assertThat(schema).isEqualTo(avro("""
                {"type": "record", "name": "UserSignup", "fields": [
                  {"name": "name", "type": "string"},
                  {"name": "age", "type": "long"},
                  {"name": "score", "type": "double"},
                  {"name": "active", "type": "boolean"},
                  {"name": "nickname", "type": ["null", "string"], "default": null},
                  {"name": "address", "type": {"type": "record", "name": "Address", "fields": [
                    {"name": "city", "type": "string"}, {"name": "zip", "type": "string"}]}},
                  {"name": "tags", "type": {"type": "array", "items": "string"}},
                  {"name": "visits", "type": {"type": "array", "items": {"type": "record", "name": "Visit", "fields": [
                    {"name": "at", "type": "string"}, {"name": "pages", "type": "long"}]}}},
                  {"name": "notes", "type": {"type": "array", "items": "string"}}
                ]}"""));
    }

    @Test
    void nestedRecordsGetUniqueNamesFromTheirFields() throws Exception {
        Schema schema = AvroSchemaFromJson.derive("order", json("""
                {"address": {"street": "x"}, "billing": {"address": {"zip": "1"}}, "Address": {"n": 1},
                 "categories": [{"id": 1}], "boxes": [{"w": 1}], "data": [{"k": "v"}]}"""));

        assertThat(schema.getName()).isEqualTo("Order");
        assertThat(schema.getField("address").schema().getName()).isEqualTo("Address");
        assertThat(schema.getField("billing").schema().getName()).isEqualTo("Billing");
        assertThat(schema.getField("billing").schema().getField("address").schema().getName()).isEqualTo("Address2");
        assertThat(schema.getField("Address").schema().getName()).as("compared without case").isEqualTo("Address3");
        assertThat(schema.getField("categories").schema().getElementType().getName()).isEqualTo("Category");
        assertThat(schema.getField("boxes").schema().getElementType().getName()).isEqualTo("Box");
        assertThat(schema.getField("data").schema().getElementType().getName()).isEqualTo("DataItem");
    }

    @Test
    void severalSamplesMergeWholeAndDecimalNumbersMissingFieldsAndNulls() throws Exception {
        Schema schema = AvroSchemaFromJson.derive("reading", List.of(
                json("{\"id\": 1, \"value\": 20, \"unit\": \"C\", \"comment\": null, \"items\": [1, \"two\"]}"),
                json("{\"id\": 2, \"value\": 20.5, \"unit\": \"C\", \"extra\": true, \"items\": [null]}")));

        assertThat(schema).isEqualTo(avro("""
                {"type": "record", "name": "Reading", "fields": [
                  {"name": "id", "type": "long"},
                  {"name": "value", "type": "double"},
                  {"name": "unit", "type": "string"},
                  {"name": "comment", "type": ["null", "string"], "default": null},
                  {"name": "items", "type": {"type": "array", "items": ["null", "long", "string"]}},
                  {"name": "extra", "type": ["null", "boolean"], "default": null}
                ]}"""));
    }

    @Test
    void aPlaceWithSeveralKindsIsAUnionInAFixedOrder() throws Exception {
        Schema schema = AvroSchemaFromJson.derive("mixed", List.of(
                json("{\"v\": \"text\"}"), json("{\"v\": {\"a\": 1}}"), json("{\"v\": [true]}"), json("{\"v\": 3}"),
                json("{\"v\": false}")));

        assertThat(schema.getField("v").schema()).isEqualTo(Schema.createUnion(Schema.create(Schema.Type.BOOLEAN),
                Schema.create(Schema.Type.LONG), Schema.create(Schema.Type.STRING),
                Schema.createArray(Schema.create(Schema.Type.BOOLEAN)), avro("""
                        {"type": "record", "name": "V", "fields": [{"name": "a", "type": "long"}]}""")));
    }

    @Test
    void fieldNamesAvroCannotHoldAreRefusedInWordsNamingTheField() throws Exception {
        assertThatThrownBy(() -> AvroSchemaFromJson.derive("t", json("{\"address\": {\"post-code\": \"N1\"}}")))
                .isInstanceOf(SchemaDerivationException.class)
                .hasMessage("Field “address.post-code” is not a valid Avro name: Avro field names start with a letter"
                        + " or _ and hold only letters, digits and _. Rename it in the template, or give an .avsc file");
        assertThatThrownBy(() -> AvroSchemaFromJson.derive("t", json("{\"1st\": 1}")))
                .hasMessageStartingWith("Field “1st” is not a valid Avro name");
        assertThatThrownBy(() -> AvroSchemaFromJson.derive("t", json("[1, 2]")))
                .hasMessage("An Avro schema can only be derived from records that are JSON objects");
    }

    @Test
    void theTopLevelNameIsMadeAnAvroName() throws Exception {
        assertThat(AvroSchemaFromJson.derive("page-view", json("{\"a\": 1}")).getName()).isEqualTo("PageView");
        assertThat(AvroSchemaFromJson.derive("3d scan", json("{\"a\": 1}")).getName()).isEqualTo("Type3dScan");
    }

    static Stream<RecordTemplate> templates() throws Exception {
        return Stream.concat(BuiltInTemplates.all().stream(), Stream.of(CustomTemplate.parse("custom", """
                {"id": "#{Internet.uuid}", "score": "#{Number.numberBetween '1','100'}", "price": 9.90,
                 "count": 3, "tags": ["#{Color.name}", "x"], "gone": null, "nested": {"ok": true}}""")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void everyTemplateGivesTheSameSchemaEachTimeAndItsRecordsFitIt(RecordTemplate template) throws Exception {
        String schemaText = TemplateSchemas.avro(template, Locale.US);
        assertThat(TemplateSchemas.avro(template, Locale.US)).as("deterministic").isEqualTo(schemaText);
        Schema schema = avro(schemaText);

        // Records beyond the ones the schema was derived from, written with Avro's own writer.
        GenericDatumWriter<Object> writer = new GenericDatumWriter<>(schema);
        for (JsonNode record : TemplateSchemas.samples(template, Locale.GERMANY)) {
            Object datum = AvroDatumFromJson.datum(schema, record);
            assertThat(GenericData.get().validate(schema, datum)).as(record.toString()).isTrue();
            BinaryEncoder out = EncoderFactory.get().binaryEncoder(new ByteArrayOutputStream(), null);
            writer.write(datum, out);
            out.flush();
        }
    }

    @Test
    void theOrderTemplatesSchemaReadsAsExpected() throws Exception {
        Schema schema = avro(TemplateSchemas.avro(BuiltInTemplates.byId("order").orElseThrow(), Locale.US));
        assertThat(schema.getName()).isEqualTo("Order");
        assertThat(schema.getFields()).extracting(Schema.Field::name)
                .containsExactly("orderId", "customerId", "items", "currency", "total", "status", "placedAt");
        assertThat(schema.getField("total").schema().getType()).isEqualTo(Schema.Type.DOUBLE);
        Schema item = schema.getField("items").schema().getElementType();
        assertThat(item.getName()).isEqualTo("Item");
        assertThat(item.getField("quantity").schema().getType()).isEqualTo(Schema.Type.LONG);
        assertThat(item.getField("unitPrice").schema().getType()).isEqualTo(Schema.Type.DOUBLE);
    }
}
