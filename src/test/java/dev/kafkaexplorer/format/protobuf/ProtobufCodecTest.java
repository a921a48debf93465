package dev.kafkaexplorer.format.protobuf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.CodedOutputStream;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.DynamicMessage;
import com.google.protobuf.Timestamp;
import dev.kafkaexplorer.format.FormatException;
import dev.kafkaexplorer.format.WireFormat;
import dev.kafkaexplorer.registry.RegisteredSchema;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Records in the Confluent wire format, written by protobuf-java's own encoder, read and written by the codec. */
class ProtobufCodecTest {

    private final ProtobufCodec codec = new ProtobufCodec();

    @Test
    void anOrderWithNestedMessagesEnumMapRepeatedOneofAndTimestampReadsAsJson() throws Exception {
        byte[] record = WireFormat.frameProtobuf(OrdersProto.ID, List.of(0), fullOrder().toByteArray());

        assertThat(codec.toJson(OrdersProto.SCHEMA, record, WireFormat.HEADER_BYTES)).isEqualTo(
                "{\"id\":\"o-1\","
                        + "\"customer\":{\"name\":\"Ada\",\"address\":{\"city\":\"Lyon\"}},"
                        + "\"lines\":[{\"sku\":\"A-1\",\"qty\":3},{\"sku\":\"B-2\",\"qty\":0}],"
                        + "\"stock_by_sku\":{\"A-1\":7},"
                        + "\"status\":\"SHIPPED\","
                        + "\"cash_cents\":\"9007199254740993\","
                        + "\"placed_at\":\"2024-05-01T10:15:30Z\","
                        + "\"note\":\"leave at the door\","
                        + "\"ids\":[\"1\",\"-2\"]}");
    }

    @Test
    void theSecondTopLevelMessageIsIndexOneWrittenAsBytesTwoTwo() throws Exception {
        // Refund written by hand from the .proto's field numbers, so this does not lean on the codec's descriptor.
        ByteArrayOutputStream payload = new ByteArrayOutputStream();
        CodedOutputStream out = CodedOutputStream.newInstance(payload);
        out.writeString(1, "o-1");
        out.writeDouble(2, 12.5);
        out.flush();
        byte[] record = WireFormat.frameProtobuf(OrdersProto.ID, List.of(1), payload.toByteArray());

        assertThat(Arrays.copyOfRange(record, 0, 7)).containsExactly(0, 0, 0, 0, 42, 0x02, 0x02);
        assertThat(codec.toJson(OrdersProto.SCHEMA, record, WireFormat.HEADER_BYTES))
                .isEqualTo("{\"order_id\":\"o-1\",\"amount\":12.5}");
    }

    @Test
    void writingPicksTheMessageAndWritesItsIndexPathAsConfluentDoes() throws Exception {
        byte[] order = codec.fromJson(OrdersProto.SCHEMA, "{\"id\":\"o-1\"}", null);
        byte[] refund = codec.fromJson(OrdersProto.SCHEMA, "{\"order_id\":\"o-1\"}", "orders.Refund");
        byte[] line = codec.fromJson(OrdersProto.SCHEMA, "{\"sku\":\"A-1\"}", "Line");
        byte[] address = codec.fromJson(OrdersProto.SCHEMA, "{\"city\":\"Lyon\"}", "Order.Customer.Address");

        assertThat(Arrays.copyOfRange(order, 0, 7)).as("[0] is the single byte 0, then field 1's tag")
                .containsExactly(0, 0, 0, 0, 42, 0x00, 0x0A);
        assertThat(Arrays.copyOfRange(refund, 0, 7)).containsExactly(0, 0, 0, 0, 42, 0x02, 0x02);
        assertThat(Arrays.copyOfRange(line, 0, 8)).as("[0, 1]: Order, then its second nested message")
                .containsExactly(0, 0, 0, 0, 42, 0x04, 0x00, 0x02);
        assertThat(Arrays.copyOfRange(address, 0, 9)).as("[0, 0, 0]")
                .containsExactly(0, 0, 0, 0, 42, 0x06, 0x00, 0x00, 0x00);
        assertThat(Arrays.copyOfRange(refund, 7, refund.length))
                .isEqualTo(DynamicMessage.newBuilder(OrdersProto.message("orders.Refund"))
                        .setField(OrdersProto.message("orders.Refund").findFieldByName("order_id"), "o-1")
                        .build().toByteArray());
    }

    @Test
    void aRecordWrittenFromJsonReadsBackTheSame() throws Exception {
        String json = codec.toJson(OrdersProto.SCHEMA,
                WireFormat.frameProtobuf(OrdersProto.ID, List.of(0), fullOrder().toByteArray()), WireFormat.HEADER_BYTES);

        byte[] written = codec.fromJson(OrdersProto.SCHEMA, json, "orders.Order");

        assertThat(codec.toJson(OrdersProto.SCHEMA, written, WireFormat.HEADER_BYTES)).isEqualTo(json);
        assertThat(DynamicMessage.parseFrom(OrdersProto.message("orders.Order"),
                Arrays.copyOfRange(written, 6, written.length))).isEqualTo(fullOrder());
    }

    @Test
    void theParserTakesTheJsonNamesAndNumbersForLongsToo() throws Exception {
        byte[] written = codec.fromJson(OrdersProto.SCHEMA, "{\"cashCents\":9007199254740993,\"stockBySku\":{\"A\":1}}", null);

        assertThat(codec.toJson(OrdersProto.SCHEMA, written, WireFormat.HEADER_BYTES))
                .contains("\"cash_cents\":\"9007199254740993\"", "\"stock_by_sku\":{\"A\":1}");
    }

    @Test
    void aRecordCutShortSaysSoInWords() throws Exception {
        byte[] whole = WireFormat.frameProtobuf(OrdersProto.ID, List.of(0), fullOrder().toByteArray());
        byte[] cut = Arrays.copyOf(whole, whole.length - 4);

        assertThatThrownBy(() -> codec.toJson(OrdersProto.SCHEMA, cut, WireFormat.HEADER_BYTES))
                .isInstanceOf(FormatException.class)
                .hasMessageStartingWith("Protobuf data is not valid for message orders.Order: ")
                .hasMessageContaining("truncated");
    }

    @Test
    void aRecordCutInsideItsMessageIndexesSaysSo() {
        byte[] cut = {0, 0, 0, 0, 42, 0x04, 0x00};

        assertThatThrownBy(() -> codec.toJson(OrdersProto.SCHEMA, cut, WireFormat.HEADER_BYTES))
                .isInstanceOf(FormatException.class)
                .hasMessageContaining("message indexes end early");
    }

    @Test
    void aMessageIndexBeyondTheSchemaIsNamed() {
        byte[] top = WireFormat.frameProtobuf(OrdersProto.ID, List.of(3), new byte[0]);
        byte[] nested = WireFormat.frameProtobuf(OrdersProto.ID, List.of(0, 2), new byte[0]);

        assertThatThrownBy(() -> codec.toJson(OrdersProto.SCHEMA, top, WireFormat.HEADER_BYTES))
                .isInstanceOf(FormatException.class)
                .hasMessage("message index [3] is not in the schema: it has 2 messages");
        assertThatThrownBy(() -> codec.toJson(OrdersProto.SCHEMA, nested, WireFormat.HEADER_BYTES))
                .as("the map's entry type is not a message a record can be")
                .isInstanceOf(FormatException.class)
                .hasMessage("message index [0, 2] is not in the schema: orders.Order has 2 nested messages");
    }

    @Test
    void bytesThatAreNotTheMessageSayWhichMessage() {
        byte[] garbage = WireFormat.frameProtobuf(OrdersProto.ID, List.of(1), new byte[]{(byte) 0xFF, (byte) 0xFF, 0x01});

        assertThatThrownBy(() -> codec.toJson(OrdersProto.SCHEMA, garbage, WireFormat.HEADER_BYTES))
                .isInstanceOf(FormatException.class)
                .hasMessageStartingWith("Protobuf data is not valid for message orders.Refund: ");
    }

    @Test
    void jsonThatDoesNotFitNamesTheField() {
        assertThatThrownBy(() -> codec.fromJson(OrdersProto.SCHEMA, "{\"id\":\"o-1\",\"colour\":\"red\"}", null))
                .isInstanceOf(FormatException.class)
                .hasMessageStartingWith("The JSON does not fit message orders.Order: ")
                .hasMessageContaining("colour");
        assertThatThrownBy(() -> codec.fromJson(OrdersProto.SCHEMA, "{\"status\":\"LOST\"}", null))
                .isInstanceOf(FormatException.class)
                .hasMessageContaining("LOST");
        assertThatThrownBy(() -> codec.fromJson(OrdersProto.SCHEMA, "{\"id\":", null))
                .isInstanceOf(FormatException.class)
                .hasMessageStartingWith("The JSON does not fit message orders.Order: ");
    }

    @Test
    void aMessageNameNotInTheSchemaListsTheOnesThatAre() {
        assertThatThrownBy(() -> codec.fromJson(OrdersProto.SCHEMA, "{}", "Invoice"))
                .isInstanceOf(FormatException.class)
                .hasMessage("message Invoice is not in the schema: it has orders.Order, orders.Order.Customer, "
                        + "orders.Order.Customer.Address, orders.Order.Line, orders.Refund");
    }

    @Test
    void anIdThatNowHoldsOtherTextIsParsedAgain() throws Exception {
        RegisteredSchema other = OrdersProto.schema(OrdersProto.ID, "syntax = \"proto3\"; message Ping { int32 n = 1; }");
        byte[] order = codec.fromJson(OrdersProto.SCHEMA, "{\"id\":\"o-1\"}", null);

        byte[] ping = codec.fromJson(other, "{\"n\":5}", null);

        assertThat(codec.toJson(other, ping, WireFormat.HEADER_BYTES)).isEqualTo("{\"n\":5}");
        assertThat(codec.toJson(OrdersProto.SCHEMA, order, WireFormat.HEADER_BYTES)).startsWith("{\"id\":\"o-1\"");
    }

    @Test
    void anAnyHoldingAMessageOfTheSchemaPrintsItsType() throws Exception {
        RegisteredSchema schema = OrdersProto.schema(7, """
                syntax = "proto3";
                package events;
                import "google/protobuf/any.proto";
                message Envelope { google.protobuf.Any body = 1; }
                message Ping { int32 n = 1; }
                """);
        byte[] written = codec.fromJson(schema,
                "{\"body\":{\"@type\":\"type.googleapis.com/events.Ping\",\"n\":5}}", "Envelope");

        assertThat(codec.toJson(schema, written, WireFormat.HEADER_BYTES))
                .isEqualTo("{\"body\":{\"@type\":\"type.googleapis.com/events.Ping\",\"n\":5}}");
    }

    /** Every kind of field set, built from the schema's descriptor and encoded by protobuf-java. */
    private static DynamicMessage fullOrder() throws FormatException, IOException {
        Descriptor order = OrdersProto.message("orders.Order");
        Descriptor customer = OrdersProto.message("orders.Order.Customer");
        Descriptor address = OrdersProto.message("orders.Order.Customer.Address");
        Descriptor line = OrdersProto.message("orders.Order.Line");
        Descriptor stockEntry = order.findFieldByName("stock_by_sku").getMessageType();
        return DynamicMessage.newBuilder(order)
                .setField(order.findFieldByName("id"), "o-1")
                .setField(order.findFieldByName("customer"), DynamicMessage.newBuilder(customer)
                        .setField(customer.findFieldByName("name"), "Ada")
                        .setField(customer.findFieldByName("address"), DynamicMessage.newBuilder(address)
                                .setField(address.findFieldByName("city"), "Lyon").build())
                        .build())
                .addRepeatedField(order.findFieldByName("lines"), DynamicMessage.newBuilder(line)
                        .setField(line.findFieldByName("sku"), "A-1").setField(line.findFieldByName("qty"), 3).build())
                .addRepeatedField(order.findFieldByName("lines"), DynamicMessage.newBuilder(line)
                        .setField(line.findFieldByName("sku"), "B-2").build())
                .addRepeatedField(order.findFieldByName("stock_by_sku"), DynamicMessage.newBuilder(stockEntry)
                        .setField(stockEntry.findFieldByName("key"), "A-1")
                        .setField(stockEntry.findFieldByName("value"), 7).build())
                .setField(order.findFieldByName("status"), order.findEnumTypeByName("Status").findValueByName("SHIPPED"))
                .setField(order.findFieldByName("cash_cents"), 9007199254740993L)
                .setField(order.findFieldByName("placed_at"), DynamicMessage.parseFrom(Timestamp.getDescriptor(),
                        Timestamp.newBuilder().setSeconds(1714558530).build().toByteString()))
                .setField(order.findFieldByName("note"), "leave at the door")
                .addRepeatedField(order.findFieldByName("ids"), 1L)
                .addRepeatedField(order.findFieldByName("ids"), -2L)
                .build();
    }
}
