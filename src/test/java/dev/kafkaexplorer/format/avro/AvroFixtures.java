package dev.kafkaexplorer.format.avro;

import dev.kafkaexplorer.format.WireFormat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.avro.Conversions;
import org.apache.avro.Schema;
import org.apache.avro.data.TimeConversions;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;

/**
 * Avro records written by the Avro library's own encoder ({@link GenericDatumWriter} with its
 * logical-type conversions and {@code EncoderFactory.binaryEncoder}), framed as the registry's
 * serializers frame them: what a real producer puts on a topic.
 */
public final class AvroFixtures {

    public static final String ORDER_SCHEMA = """
            {"type":"record","name":"Order","namespace":"shop","fields":[
              {"name":"id","type":"long"},
              {"name":"customer","type":{"type":"record","name":"Customer","fields":[
                {"name":"name","type":"string"},
                {"name":"address","type":{"type":"record","name":"Address","fields":[
                  {"name":"city","type":"string"},{"name":"zip","type":"string"}]}}]}},
              {"name":"items","type":{"type":"array","items":{"type":"record","name":"Item","fields":[
                {"name":"sku","type":"string"},
                {"name":"qty","type":"int"},
                {"name":"price","type":{"type":"bytes","logicalType":"decimal","precision":10,"scale":2}}]}}},
              {"name":"tags","type":{"type":"map","values":"string"}},
              {"name":"note","type":["null","string"],"default":null},
              {"name":"gift","type":["null","string",{"type":"record","name":"GiftCard","fields":[
                {"name":"code","type":"string"},{"name":"amount","type":"double"}]}]},
              {"name":"status","type":{"type":"enum","name":"Status","symbols":["NEW","PAID","SHIPPED"]}},
              {"name":"placedOn","type":{"type":"int","logicalType":"date"}},
              {"name":"placedAt","type":{"type":"long","logicalType":"timestamp-millis"}},
              {"name":"packedAt","type":{"type":"long","logicalType":"timestamp-micros"}},
              {"name":"localAt","type":{"type":"long","logicalType":"local-timestamp-millis"}},
              {"name":"cutoff","type":{"type":"int","logicalType":"time-millis"}},
              {"name":"trace","type":{"type":"string","logicalType":"uuid"}},
              {"name":"signature","type":"bytes"},
              {"name":"flags","type":{"type":"fixed","name":"Flags","size":2}},
              {"name":"paid","type":"boolean"},
              {"name":"weight","type":"float"}]}
            """;

    public static final Schema ORDER = new Schema.Parser().parse(ORDER_SCHEMA);
    public static final UUID TRACE = UUID.fromString("0b7e5d2a-3c4f-4e6a-9f1b-2d3c4e5f6a7b");

    /** The JSON a reader expects for {@link #order} with the given gift: "null", "\"thanks\"" or a GiftCard object. */
    public static String orderJson(String gift) {
        return "{\"id\":9007199254740993,\"customer\":{\"name\":\"Ada\",\"address\":{\"city\":\"Zürich\",\"zip\":\"8001\"}},"
                + "\"items\":[{\"sku\":\"A-1\",\"qty\":2,\"price\":12.50},{\"sku\":\"B-2\",\"qty\":1,\"price\":0.99}],"
                + "\"tags\":{\"channel\":\"web\"},\"note\":null,\"gift\":" + gift + ",\"status\":\"PAID\","
                + "\"placedOn\":\"2024-01-31\",\"placedAt\":\"2024-01-31T13:45:00.123Z\","
                + "\"packedAt\":\"2024-01-31T13:45:00.123456Z\",\"localAt\":\"2024-01-31T13:45:00.123\","
                + "\"cutoff\":\"13:45:00.123\",\"trace\":\"" + TRACE + "\",\"signature\":\"AQID\",\"flags\":\"/wA=\","
                + "\"paid\":true,\"weight\":1.5}";
    }

    private AvroFixtures() {
    }

    /** An order whose gift is {@code gift}: null, a String, or a GiftCard record (made by {@link #giftCard}). */
    public static GenericRecord order(Object gift) {
        Schema item = ORDER.getField("items").schema().getElementType();
        Schema customer = ORDER.getField("customer").schema();
        GenericData.Record address = new GenericData.Record(customer.getField("address").schema());
        address.put("city", "Zürich");
        address.put("zip", "8001");
        GenericData.Record buyer = new GenericData.Record(customer);
        buyer.put("name", "Ada");
        buyer.put("address", address);
        GenericData.Record order = new GenericData.Record(ORDER);
        order.put("id", 9_007_199_254_740_993L);
        order.put("customer", buyer);
        order.put("items", List.of(item(item, "A-1", 2, "12.50"), item(item, "B-2", 1, "0.99")));
        order.put("tags", Map.of("channel", "web"));
        order.put("note", null);
        order.put("gift", gift);
        order.put("status", new GenericData.EnumSymbol(ORDER.getField("status").schema(), "PAID"));
        order.put("placedOn", LocalDate.of(2024, 1, 31));
        order.put("placedAt", Instant.parse("2024-01-31T13:45:00.123Z"));
        order.put("packedAt", Instant.parse("2024-01-31T13:45:00.123456Z"));
        order.put("localAt", LocalDateTime.parse("2024-01-31T13:45:00.123"));
        order.put("cutoff", LocalTime.parse("13:45:00.123"));
        order.put("trace", TRACE);
        order.put("signature", ByteBuffer.wrap(new byte[] {1, 2, 3}));
        order.put("flags", new GenericData.Fixed(ORDER.getField("flags").schema(), new byte[] {(byte) 0xFF, 0}));
        order.put("paid", true);
        order.put("weight", 1.5f);
        return order;
    }

    public static GenericRecord giftCard(String code, double amount) {
        Schema card = ORDER.getField("gift").schema().getTypes().get(2);
        GenericData.Record record = new GenericData.Record(card);
        record.put("code", code);
        record.put("amount", amount);
        return record;
    }

    private static GenericRecord item(Schema schema, String sku, int qty, String price) {
        GenericData.Record item = new GenericData.Record(schema);
        item.put("sku", sku);
        item.put("qty", qty);
        item.put("price", new BigDecimal(price));
        return item;
    }

    /** The datum written by Avro's GenericDatumWriter, with the library's own logical-type conversions. */
    public static byte[] payload(Schema schema, Object datum) {
        GenericData model = new GenericData();
        model.addLogicalTypeConversion(new Conversions.DecimalConversion());
        model.addLogicalTypeConversion(new Conversions.UUIDConversion());
        model.addLogicalTypeConversion(new TimeConversions.DateConversion());
        model.addLogicalTypeConversion(new TimeConversions.TimeMillisConversion());
        model.addLogicalTypeConversion(new TimeConversions.TimestampMillisConversion());
        model.addLogicalTypeConversion(new TimeConversions.TimestampMicrosConversion());
        model.addLogicalTypeConversion(new TimeConversions.LocalTimestampMillisConversion());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
        try {
            new GenericDatumWriter<>(schema, model).write(datum, encoder);
            encoder.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The datum framed under {@code id}, as the registry's Avro serializer writes it. */
    public static byte[] framed(int id, Schema schema, Object datum) {
        return WireFormat.frame(id, payload(schema, datum));
    }
}
