package dev.kafkaexplorer.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kafkaexplorer.format.protobuf.ProtobufCodec;
import dev.kafkaexplorer.registry.RegisteredSchema;
import dev.kafkaexplorer.registry.SchemaReference;
import dev.kafkaexplorer.registry.SchemaType;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** A live run's decoding of Protobuf records whose schema imports another subject: fetched at prepare, never at decode. */
class ProtobufReferencesDecodingTest {

    private static final String MONEY = """
            syntax = "proto3";
            package acme;
            message Money { string currency = 1; int64 units = 2; }
            """;
    private static final RegisteredSchema ORDERS = new RegisteredSchema(12, "orders-value", 1, SchemaType.PROTOBUF, """
            syntax = "proto3";
            package shop;
            import "acme/money.proto";
            message Order { string id = 1; acme.Money total = 2; }
            """, List.of(new SchemaReference("acme/money.proto", "acme/money.proto", 1)));
    private static final String ORDER_JSON = "{\"id\":\"o-1\",\"total\":{\"currency\":\"EUR\",\"units\":\"1250\"}}";

    private final InMemoryRegistry registry = new InMemoryRegistry().add(ORDERS);

    private byte[] order() throws FormatException {
        InMemoryRegistry writers = new InMemoryRegistry();
        writers.add(3, "acme/money.proto", SchemaType.PROTOBUF, MONEY);
        return new ProtobufCodec(writers).fromJson(ORDERS, ORDER_JSON, "shop.Order");
    }

    @Test
    void theImportIsFetchedWhenARecordIsPreparedAndDecodingAsksNothing() throws Exception {
        registry.add(3, "acme/money.proto", SchemaType.PROTOBUF, MONEY);
        byte[] order = order();

        for (RecordFormat format : List.of(RecordFormat.PROTOBUF, RecordFormat.AUTO)) {
            RecordDecoding decoding = RecordDecodings.of(RecordFormat.AUTO, format, registry);
            for (int i = 0; i < 50; i++) {
                decoding.prepare(null, order);
            }
            int asked = registry.versionRequests("acme/money.proto");

            for (int i = 0; i < 50; i++) {
                assertThat(decoding.value(order)).as(format.name()).isEqualTo(new Decoded(ORDER_JSON, true,
                        "Protobuf, " + order.length + " bytes", new SchemaRef(12, "orders-value", 1), null));
            }
            assertThat(registry.versionRequests("acme/money.proto")).as("decoding fetches nothing").isEqualTo(asked);
        }
        assertThat(registry.versionRequests("acme/money.proto")).as("once per live run").isEqualTo(2);
    }

    @Test
    void anImportTheRegistryDoesNotGiveIsTheRecordsProblemUntilTheLookupIsRetried() throws Exception {
        AtomicLong now = new AtomicLong();
        SchemaCodecs codecs = new SchemaCodecs(registry);
        RecordDecoding decoding = RecordDecodings.of(RecordFormat.AUTO, RecordFormat.PROTOBUF,
                new SchemaLookups(registry, codecs, now::get), codecs);
        byte[] order = order();

        for (int i = 0; i < 20; i++) {
            decoding.prepare(null, order);
        }
        Decoded value = decoding.value(order);
        assertThat(value.problem()).isEqualTo("Protobuf schema id 12 (orders-value v1) refers to acme/money.proto"
                + " (subject acme/money.proto version 1), which could not be read: subject acme/money.proto version 1 not found");
        assertThat(value.schema()).isEqualTo(new SchemaRef(12, "orders-value", 1));
        assertThat(registry.versionRequests("acme/money.proto")).isEqualTo(1);

        registry.add(3, "acme/money.proto", SchemaType.PROTOBUF, MONEY);
        now.addAndGet(SchemaLookups.RETRY_AFTER_NANOS);
        decoding.prepare(null, order);

        assertThat(decoding.value(order).text()).isEqualTo(ORDER_JSON);
        assertThat(registry.versionRequests("acme/money.proto")).isEqualTo(2);
    }
}
