package dev.kafkaexplorer.format.avro;

import static dev.kafkaexplorer.format.avro.AvroFixtures.ORDER;
import static dev.kafkaexplorer.format.avro.AvroFixtures.ORDER_SCHEMA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kafkaexplorer.format.FormatException;
import dev.kafkaexplorer.format.InMemoryRegistry;
import dev.kafkaexplorer.format.WireFormat;
import dev.kafkaexplorer.registry.RegisteredSchema;
import dev.kafkaexplorer.registry.SchemaReference;
import dev.kafkaexplorer.registry.SchemaType;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.junit.jupiter.api.Test;

/** Avro records written by the library's own encoder, read as the JSON a reader expects, and JSON written back. */
class AvroCodecTest {

    private static final RegisteredSchema ORDERS = new RegisteredSchema(17, "orders-value", 3, SchemaType.AVRO, ORDER_SCHEMA, List.of());
    private final AvroCodec codec = new AvroCodec();

    private static RegisteredSchema schema(int id, String text) {
        return new RegisteredSchema(id, null, 0, SchemaType.AVRO, text, List.of());
    }

    @Test
    void everyKindReadsAsAReaderExpects() throws Exception {
        byte[] bytes = AvroFixtures.framed(17, ORDER, AvroFixtures.order(null));

        assertThat(codec.toJson(ORDERS, bytes, WireFormat.HEADER_BYTES)).isEqualTo(AvroFixtures.orderJson("null"));
    }

    @Test
    void aUnionShowsItsValueWithoutAWrapperWhicheverBranchWasWritten() throws Exception {
        byte[] text = AvroFixtures.framed(17, ORDER, AvroFixtures.order("thanks"));
        byte[] card = AvroFixtures.framed(17, ORDER, AvroFixtures.order(AvroFixtures.giftCard("G1", 25.5)));

        assertThat(codec.toJson(ORDERS, text, 5)).isEqualTo(AvroFixtures.orderJson("\"thanks\""));
        assertThat(codec.toJson(ORDERS, card, 5)).isEqualTo(AvroFixtures.orderJson("{\"code\":\"G1\",\"amount\":25.5}"));
    }

    @Test
    void everyCutOfARecordSaysItEndsEarlyAndNothingElseIsThrown() {
        byte[] whole = AvroFixtures.framed(17, ORDER, AvroFixtures.order(AvroFixtures.giftCard("G1", 25.5)));
        for (int length = WireFormat.HEADER_BYTES; length < whole.length; length++) {
            byte[] cut = Arrays.copyOf(whole, length);
            assertThatThrownBy(() -> codec.toJson(ORDERS, cut, 5)).as("cut at %d of %d bytes", length, whole.length)
                    .isInstanceOf(FormatException.class)
                    .hasMessage("Avro data ends early: the record is cut or was written with another schema");
        }
    }

    @Test
    void corruptLengthsIndexesAndLeftoverBytesAreRefusedInWordsWithoutAllocatingThem() {
        RegisteredSchema string = schema(1, "\"string\"");
        // A string said to be 2^30 bytes long, in a 9-byte record: refused before 1 GB is allocated.
        byte[] huge = {0, 0, 0, 0, 1, (byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x80, 0x08};
        assertThatThrownBy(() -> codec.toJson(string, huge, 5)).hasMessageStartingWith("Avro data ends early");
        byte[] negative = {0, 0, 0, 0, 1, 0x01};
        assertThatThrownBy(() -> codec.toJson(string, negative, 5))
                .hasMessage("Avro data does not fit its schema: a length is negative (-1)");

        RegisteredSchema union = schema(2, "[\"null\",\"string\"]");
        assertThatThrownBy(() -> codec.toJson(union, new byte[] {0, 0, 0, 0, 2, 0x0A}, 5))
                .hasMessage("Avro data does not fit its schema: index 5 of union (null, string) is not one of its 2 choices");

        RegisteredSchema number = schema(3, "\"int\"");
        assertThatThrownBy(() -> codec.toJson(number, new byte[] {0, 0, 0, 0, 3, 0x02, 0x04, 0x06}, 5))
                .hasMessage("Avro data goes on after the record: 2 bytes are left over; it was written with another schema or is not Avro");
    }

    @Test
    void decimalsStayExactNumbersWithTheirScale() throws Exception {
        String text = "{\"type\":\"bytes\",\"logicalType\":\"decimal\",\"precision\":22,\"scale\":4}";
        Schema decimal = new Schema.Parser().parse(text);
        byte[] bytes = AvroFixtures.framed(4, decimal, new BigDecimal("12345678901234567.8900"));

        assertThat(codec.toJson(schema(4, text), bytes, 5)).isEqualTo("12345678901234567.8900");
    }

    @Test
    void timesBeforeTheEpochAndTheOtherTimeTypesReadAsText() throws Exception {
        String text = """
                {"type":"record","name":"Times","fields":[
                  {"name":"micros","type":{"type":"long","logicalType":"timestamp-micros"}},
                  {"name":"nanos","type":{"type":"long","logicalType":"timestamp-nanos"}},
                  {"name":"localMicros","type":{"type":"long","logicalType":"local-timestamp-micros"}},
                  {"name":"timeMicros","type":{"type":"long","logicalType":"time-micros"}},
                  {"name":"day","type":{"type":"int","logicalType":"date"}}]}""";
        Schema schema = new Schema.Parser().parse(text);
        GenericData.Record times = new GenericData.Record(schema);
        times.put("micros", -1L);
        times.put("nanos", 1_706_708_700_123_456_789L);
        times.put("localMicros", 0L);
        times.put("timeMicros", 49_500_000_001L);
        times.put("day", -1);
        byte[] bytes = AvroFixtures.framed(5, schema, times);

        assertThat(codec.toJson(schema(5, text), bytes, 5)).isEqualTo("{\"micros\":\"1969-12-31T23:59:59.999999Z\","
                + "\"nanos\":\"2024-01-31T13:45:00.123456789Z\",\"localMicros\":\"1970-01-01T00:00:00.000000\","
                + "\"timeMicros\":\"13:45:00.000001\",\"day\":\"1969-12-31\"}");
    }

    @Test
    void jsonIsWrittenAsTheLibraryWritesTheSameRecordAndReadsBackUnchanged() throws Exception {
        for (Object gift : new Object[] {null, "thanks", AvroFixtures.giftCard("G1", 25.5)}) {
            byte[] library = AvroFixtures.framed(17, ORDER, AvroFixtures.order(gift));
            String json = codec.toJson(ORDERS, library, 5);

            byte[] ours = codec.fromJson(ORDERS, json, null);

            assertThat(ours).isEqualTo(library);
            assertThat(codec.toJson(ORDERS, ours, 5)).isEqualTo(json);
        }
    }

    @Test
    void jsonAsAPersonWritesItIsAccepted() throws Exception {
        String text = """
                {"type":"record","name":"Reading","fields":[
                  {"name":"at","type":{"type":"long","logicalType":"timestamp-millis"}},
                  {"name":"value","type":"double"},
                  {"name":"unit","type":"string","default":"C"},
                  {"name":"sensor","type":["null","string"]}]}""";
        RegisteredSchema reading = schema(6, text);

        byte[] bytes = codec.fromJson(reading, "{\"at\": \"2024-01-31T14:45:00+01:00\", \"value\": 21, \"sensor\": \"s-1\"}", null);

        assertThat(codec.toJson(reading, bytes, 5))
                .isEqualTo("{\"at\":\"2024-01-31T13:45:00.000Z\",\"value\":21.0,\"unit\":\"C\",\"sensor\":\"s-1\"}");
        assertThat(ByteBuffer.wrap(bytes, 1, 4).getInt()).isEqualTo(6);
    }

    @Test
    void jsonThatDoesNotFitNamesTheFieldAndWhy() {
        String good = AvroFixtures.orderJson("null");
        assertThatThrownBy(() -> codec.fromJson(ORDERS, good.replace(",\"zip\":\"8001\"", ""), null))
                .hasMessage("customer.address.zip is missing, and the schema gives it no default");
        assertThatThrownBy(() -> codec.fromJson(ORDERS, good.replace("\"qty\":1", "\"qty\":\"one\""), null))
                .hasMessage("items[1].qty: expected a whole number, found the text \"one\"");
        assertThatThrownBy(() -> codec.fromJson(ORDERS, good.replace("\"PAID\"", "\"LOST\""), null))
                .hasMessage("status: expected one of NEW, PAID, SHIPPED (enum Status), found the text \"LOST\"");
        assertThatThrownBy(() -> codec.fromJson(ORDERS, good.replace("\"paid\":true", "\"payed\":true"), null))
                .hasMessageStartingWith("payed is not a field of record Order (its fields: id, customer, items,");
        assertThatThrownBy(() -> codec.fromJson(ORDERS, good.replace("12.50", "12.505"), null))
                .hasMessage("items[0].price: 12.505 has more decimal places than the schema's scale 2");
        assertThatThrownBy(() -> codec.fromJson(ORDERS, good.replace("\"gift\":null", "\"gift\":42"), null))
                .hasMessage("gift: fits none of the union's types (null, string, record GiftCard); found the number 42");
        assertThatThrownBy(() -> codec.fromJson(ORDERS, good.replace("\"gift\":null", "\"gift\":{\"code\":\"G1\"}"), null))
                .hasMessage("gift.amount is missing, and the schema gives it no default");
        assertThatThrownBy(() -> codec.fromJson(ORDERS, good.replace("\"placedOn\":\"2024-01-31\"", "\"placedOn\":\"31.01.2024\""), null))
                .hasMessageStartingWith("placedOn: the text \"31.01.2024\" is not a valid date: ");
        assertThatThrownBy(() -> codec.fromJson(ORDERS, "{\"id\":", null)).hasMessageStartingWith("not JSON: ");
    }

    @Test
    void aSchemaIsParsedOncePerIdAndAnInvalidOneIsRefusedInWords() throws Exception {
        assertThat(codec.schema(ORDERS)).isSameAs(codec.schema(ORDERS));
        assertThatThrownBy(() -> codec.schema(schema(9, "{\"type\":\"record\",\"name\":\"X\"}")))
                .isInstanceOf(FormatException.class)
                .hasMessageStartingWith("schema id 9 is not a valid Avro schema: ");
    }

    @Test
    void referencedTypesAreReadFromTheRegistry() throws Exception {
        InMemoryRegistry registry = new InMemoryRegistry();
        registry.add(30, "address", SchemaType.AVRO,
                "{\"type\":\"record\",\"name\":\"Address\",\"namespace\":\"shop\",\"fields\":[{\"name\":\"city\",\"type\":\"string\"}]}");
        RegisteredSchema customer = new RegisteredSchema(31, "customers-value", 1, SchemaType.AVRO,
                "{\"type\":\"record\",\"name\":\"Customer\",\"namespace\":\"shop\",\"fields\":[{\"name\":\"home\",\"type\":\"shop.Address\"}]}",
                List.of(new SchemaReference("shop.Address", "address", 1)));
        AvroCodec withRegistry = new AvroCodec(registry);

        byte[] bytes = withRegistry.fromJson(customer, "{\"home\":{\"city\":\"Bern\"}}", null);

        assertThat(withRegistry.toJson(customer, bytes, 5)).isEqualTo("{\"home\":{\"city\":\"Bern\"}}");
        assertThatThrownBy(() -> new AvroCodec().schema(customer))
                .hasMessage("schema id 31 (customers-value v1) refers to shop.Address (subject address version 1),"
                        + " and no registry was given to read it from");
    }
}
