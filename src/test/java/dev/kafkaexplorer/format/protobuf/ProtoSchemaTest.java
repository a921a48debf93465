package dev.kafkaexplorer.format.protobuf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.ByteString;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Descriptors.FileDescriptor;
import dev.kafkaexplorer.format.FormatException;
import dev.kafkaexplorer.format.WireFormat;
import dev.kafkaexplorer.registry.RegisteredSchema;
import dev.kafkaexplorer.registry.SchemaType;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** .proto text turned into the descriptor protoc would make, and schemas that cannot be used said in words. */
class ProtoSchemaTest {

    private static final String PROTO2 = """
            package legacy;

            message Reading {
              required string sensor = 1;
              optional bytes raw = 2 [default = "\\001x\\\\"];
              optional Unit unit = 3 [default = CELSIUS];
              optional string label = 4 [default = "none"];
              repeated int32 samples = 5 [packed = true];
              repeated group Alarm = 6 {
                optional int32 level = 1;
              }
              extensions 100 to 199;

              enum Unit {
                option allow_alias = true;
                CELSIUS = 1;
                CENTIGRADE = 1;
                KELVIN = 2;
              }
            }
            """;

    private final ProtobufCodec codec = new ProtobufCodec();

    @Test
    void proto3MapsOneofsAndOptionalAreDescribedAsProtocDescribesThem() throws Exception {
        Descriptor order = OrdersProto.message("orders.Order");

        FieldDescriptor stock = order.findFieldByName("stock_by_sku");
        assertThat(stock.isMapField()).isTrue();
        assertThat(stock.getMessageType().getFullName()).isEqualTo("orders.Order.StockBySkuEntry");
        assertThat(stock.getMessageType().findFieldByName("value").getType()).isEqualTo(FieldDescriptor.Type.INT32);
        assertThat(order.findFieldByName("cash_cents").getRealContainingOneof().getName()).isEqualTo("payment");
        assertThat(order.findFieldByName("cash_cents").getJsonName()).isEqualTo("cashCents");
        assertThat(order.findFieldByName("note").hasPresence()).isTrue();
        assertThat(order.findFieldByName("note").getRealContainingOneof()).as("its oneof is synthetic").isNull();
        assertThat(order.getRealOneofs()).hasSize(1);
        assertThat(order.findFieldByName("id").hasPresence()).isFalse();
        assertThat(order.findFieldByName("status").getEnumType().getFullName()).isEqualTo("orders.Order.Status");
        assertThat(order.findFieldByName("placed_at").getMessageType().getFullName()).isEqualTo("google.protobuf.Timestamp");
        assertThat(order.findFieldByName("ids").isPacked()).as("proto3 packs repeated scalars").isTrue();
    }

    @Test
    void fieldsKeepTheirSourceOrderAcrossOneofsAndAnExplicitJsonName() throws Exception {
        FileDescriptor file = ProtoSchema.parse(schema(3, """
                syntax = "proto3";
                message M {
                  oneof choice { string a = 3; }
                  int32 b = 1;
                  string c = 2 [json_name = "see"];
                }
                """)).file();

        Descriptor m = file.getMessageTypes().get(0);
        assertThat(m.getFields()).extracting(FieldDescriptor::getName).containsExactly("a", "b", "c");
        assertThat(m.findFieldByName("c").getJsonName()).isEqualTo("see");
    }

    @Test
    void proto2RequiredDefaultsAliasesPackedAndGroupsAreKept() throws Exception {
        Descriptor reading = ProtoSchema.parse(schema(5, PROTO2)).file().findMessageTypeByName("Reading");

        assertThat(reading.findFieldByName("sensor").isRequired()).isTrue();
        assertThat(reading.findFieldByName("raw").getDefaultValue()).isEqualTo(ByteString.copyFrom(new byte[]{1, 'x', '\\'}));
        assertThat(reading.findFieldByName("label").getDefaultValue()).isEqualTo("none");
        assertThat(reading.findFieldByName("unit").getDefaultValue().toString()).isEqualTo("CELSIUS");
        assertThat(reading.findEnumTypeByName("Unit").findValueByName("CENTIGRADE").getNumber()).isEqualTo(1);
        assertThat(reading.findFieldByName("alarm").getType()).isEqualTo(FieldDescriptor.Type.GROUP);
        assertThat(reading.findFieldByName("samples").isPacked()).isTrue();
    }

    @Test
    void proto2RecordsReadAndWriteWithPackedFieldsAndGroups() throws Exception {
        RegisteredSchema schema = schema(5, PROTO2);

        byte[] written = codec.fromJson(schema, "{\"sensor\":\"s1\",\"samples\":[1,2],\"alarm\":[{\"level\":3}]}", null);

        byte[] payload = Arrays.copyOfRange(written, 6, written.length);
        assertThat(payload).as("field 5 packed: tag 0x2A, length 2, then 1 and 2")
                .containsSequence(0x2A, 0x02, 0x01, 0x02)
                .as("group 6: start tag 0x33, level = 3, end tag 0x34")
                .containsSequence(0x33, 0x08, 0x03, 0x34);
        assertThat(codec.toJson(schema, written, WireFormat.HEADER_BYTES))
                .isEqualTo("{\"sensor\":\"s1\",\"samples\":[1,2],\"alarm\":[{\"level\":3}]}");
    }

    @Test
    void aMissingRequiredFieldIsNamedWhenWritingAndWhenReading() {
        RegisteredSchema schema = schema(5, PROTO2);
        byte[] withoutSensor = WireFormat.frameProtobuf(5, List.of(0), new byte[]{0x28, 0x01});

        assertThatThrownBy(() -> codec.fromJson(schema, "{\"label\":\"x\"}", null))
                .isInstanceOf(FormatException.class)
                .hasMessage("The JSON does not fit message legacy.Reading: required fields are missing: sensor");
        assertThatThrownBy(() -> codec.toJson(schema, withoutSensor, WireFormat.HEADER_BYTES))
                .isInstanceOf(FormatException.class)
                .hasMessageStartingWith("Protobuf data is not valid for message legacy.Reading: ")
                .hasMessageContaining("sensor");
    }

    @Test
    void googlesWellKnownTypesNeedNothingFetched() throws Exception {
        RegisteredSchema schema = schema(11, """
                syntax = "proto3";
                package wk;
                import "google/protobuf/duration.proto";
                import "google/protobuf/wrappers.proto";
                import "google/protobuf/struct.proto";
                import "google/protobuf/empty.proto";
                import "google/protobuf/field_mask.proto";
                message All {
                  google.protobuf.Duration took = 1;
                  google.protobuf.Int32Value maybe = 2;
                  google.protobuf.Struct extra = 3;
                  google.protobuf.Empty nothing = 4;
                  google.protobuf.FieldMask mask = 5;
                }
                """);
        String json = "{\"took\":\"1.500s\",\"maybe\":5,\"extra\":{\"a\":[\"x\",true]},\"nothing\":{},\"mask\":\"a.b,c\"}";

        byte[] written = codec.fromJson(schema, json, "wk.All");

        assertThat(codec.toJson(schema, written, WireFormat.HEADER_BYTES)).isEqualTo(json);
    }

    @Test
    void anImportThatNoReferenceNamesIsSaidInWords() {
        RegisteredSchema schema = schema(9, """
                syntax = "proto3";
                import "other.proto";
                message M { other.Thing thing = 1; }
                """);
        byte[] record = WireFormat.frameProtobuf(9, List.of(0), new byte[0]);

        assertThatThrownBy(() -> codec.toJson(schema, record, WireFormat.HEADER_BYTES))
                .isInstanceOf(FormatException.class)
                .hasMessage("Protobuf schema id 9 imports other.proto, which none of its references names");
    }

    @Test
    void schemaTextThatDoesNotParseOrResolveIsSaidInWords() {
        byte[] record = WireFormat.frameProtobuf(9, List.of(0), new byte[0]);

        assertThatThrownBy(() -> codec.toJson(schema(9, "message { x"), record, WireFormat.HEADER_BYTES))
                .isInstanceOf(FormatException.class)
                .hasMessage("Protobuf schema id 9 does not parse: Syntax error in schema-9.proto:1:9: expected a word");
        assertThatThrownBy(() -> codec.fromJson(schema(10, "syntax = \"proto3\"; message M { Customer c = 1; }"), "{}", null))
                .isInstanceOf(FormatException.class)
                .hasMessageStartingWith("Protobuf schema id 10 is not valid: ")
                .hasMessageContaining("\"Customer\" is not defined");
        assertThatThrownBy(() -> codec.toJson(new RegisteredSchema(12, "s", 1, SchemaType.AVRO, "\"string\"", List.of()),
                record, WireFormat.HEADER_BYTES))
                .isInstanceOf(FormatException.class)
                .hasMessage("schema id 12 is Avro, not Protobuf");
        assertThatThrownBy(() -> codec.fromJson(schema(13, "syntax = \"proto3\"; enum E { A = 0; }"), "{}", null))
                .isInstanceOf(FormatException.class)
                .hasMessage("the schema has no message to write");
    }

    private static RegisteredSchema schema(int id, String text) {
        return new RegisteredSchema(id, null, 0, SchemaType.PROTOBUF, text, List.of());
    }
}
