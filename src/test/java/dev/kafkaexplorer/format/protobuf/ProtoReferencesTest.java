package dev.kafkaexplorer.format.protobuf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.CodedOutputStream;
import com.google.protobuf.Descriptors.Descriptor;
import dev.kafkaexplorer.format.FormatException;
import dev.kafkaexplorer.format.InMemoryRegistry;
import dev.kafkaexplorer.format.WireFormat;
import dev.kafkaexplorer.registry.RegisteredSchema;
import dev.kafkaexplorer.registry.SchemaReference;
import dev.kafkaexplorer.registry.SchemaType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Schemas that import files registered under other subjects, read through the references that name them. */
class ProtoReferencesTest {

    static final String MONEY = """
            syntax = "proto3";
            package acme;
            message Money {
              string currency = 1;
              int64 units = 2;
            }
            """;

    static final String ORDERS = """
            syntax = "proto3";
            package shop;
            import "acme/money.proto";
            message Order {
              string id = 1;
              acme.Money total = 2;
            }
            """;

    static final SchemaReference MONEY_REF = new SchemaReference("acme/money.proto", "acme/money.proto", 1);

    private final InMemoryRegistry registry = new InMemoryRegistry();
    private final ProtobufCodec codec = new ProtobufCodec(registry);

    /** The bytes protoc's code would write for one message; {@code fields} writes them. */
    interface Fields {
        void write(CodedOutputStream out) throws IOException;
    }

    static byte[] message(Fields fields) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CodedOutputStream out = CodedOutputStream.newInstance(bytes);
        fields.write(out);
        out.flush();
        return bytes.toByteArray();
    }

    /** An Order of 12.50 EUR, framed for schema {@code id}. */
    static byte[] order(int id) throws IOException {
        byte[] money = message(out -> {
            out.writeString(1, "EUR");
            out.writeInt64(2, 1250);
        });
        return WireFormat.frameProtobuf(id, List.of(0), message(out -> {
            out.writeString(1, "o-1");
            out.writeByteArray(2, money);
        }));
    }

    static final String ORDER_JSON = "{\"id\":\"o-1\",\"total\":{\"currency\":\"EUR\",\"units\":\"1250\"}}";

    private static RegisteredSchema schema(int id, String subject, String text, SchemaReference... references) {
        return new RegisteredSchema(id, subject, 1, SchemaType.PROTOBUF, text, List.of(references));
    }

    @Test
    void anImportedMessageIsReadFromTheSubjectItsReferenceNames() throws Exception {
        registry.add(3, "acme/money.proto", SchemaType.PROTOBUF, MONEY);
        RegisteredSchema orders = schema(12, "orders-value", ORDERS, MONEY_REF);
        byte[] record = order(12);

        assertThat(codec.toJson(orders, record, WireFormat.HEADER_BYTES)).isEqualTo(ORDER_JSON);
        assertThat(codec.fromJson(orders, ORDER_JSON, "shop.Order")).isEqualTo(record);
        assertThat(codec.descriptor(orders).getDependencies().get(0).getName())
                .as("named as the import says, which is how the importing file finds it").isEqualTo("acme/money.proto");
    }

    @Test
    void anImportOfAnImportIsReadTooAndAFileImportedTwiceIsOneFile() throws Exception {
        registry.add(4, "acme/currency.proto", SchemaType.PROTOBUF, """
                syntax = "proto3";
                package acme;
                message Currency { string code = 1; }
                """);
        SchemaReference currency = new SchemaReference("acme/currency.proto", "acme/currency.proto", 1);
        registry.add(schema(3, "acme/money.proto", """
                syntax = "proto3";
                package acme;
                import "acme/currency.proto";
                message Money { Currency currency = 1; int64 units = 2; }
                """, currency));
        RegisteredSchema orders = schema(12, "orders-value", """
                syntax = "proto3";
                package shop;
                import "acme/money.proto";
                import "acme/currency.proto";
                message Order { string id = 1; acme.Money total = 2; acme.Currency shown_in = 3; }
                """, MONEY_REF, currency);
        byte[] eur = message(out -> out.writeString(1, "EUR"));
        byte[] money = message(out -> {
            out.writeByteArray(1, eur);
            out.writeInt64(2, 5);
        });
        byte[] record = WireFormat.frameProtobuf(12, List.of(0), message(out -> {
            out.writeString(1, "o-2");
            out.writeByteArray(2, money);
            out.writeByteArray(3, message(o -> o.writeString(1, "CHF")));
        }));

        assertThat(codec.toJson(orders, record, WireFormat.HEADER_BYTES)).isEqualTo(
                "{\"id\":\"o-2\",\"total\":{\"currency\":{\"code\":\"EUR\"},\"units\":\"5\"},\"shown_in\":{\"code\":\"CHF\"}}");
        Descriptor order = codec.descriptor(orders).findMessageTypeByName("Order");
        assertThat(order.findFieldByName("total").getMessageType().findFieldByName("currency").getMessageType())
                .as("one descriptor for the file both import").isSameAs(order.findFieldByName("shown_in").getMessageType());
        assertThat(registry.versionRequests("acme/currency.proto")).isEqualTo(1);
    }

    @Test
    void anAnyHoldingAnImportedTypePrintsAndParsesEvenTwoImportsDeep() throws Exception {
        registry.add(4, "acme/currency.proto", SchemaType.PROTOBUF, """
                syntax = "proto3";
                package acme;
                message Currency { string code = 1; }
                """);
        registry.add(schema(3, "acme/money.proto", """
                syntax = "proto3";
                package acme;
                import "acme/currency.proto";
                message Money { Currency currency = 1; int64 units = 2; }
                """, new SchemaReference("acme/currency.proto", "acme/currency.proto", 1)));
        RegisteredSchema event = schema(13, "events-value", """
                syntax = "proto3";
                package shop;
                import "google/protobuf/any.proto";
                import "acme/money.proto";
                message Event { google.protobuf.Any detail = 1; }
                """, MONEY_REF);
        String json = "{\"detail\":{\"@type\":\"type.googleapis.com/acme.Currency\",\"code\":\"EUR\"}}";

        byte[] written = codec.fromJson(event, json, null);

        assertThat(codec.toJson(event, written, WireFormat.HEADER_BYTES)).isEqualTo(json);
    }

    @Test
    void theReferencedSubjectIsReadOnceForManyRecords() throws Exception {
        registry.add(3, "acme/money.proto", SchemaType.PROTOBUF, MONEY);
        RegisteredSchema orders = schema(12, "orders-value", ORDERS, MONEY_REF);
        byte[] record = order(12);

        for (int i = 0; i < 500; i++) {
            assertThat(codec.toJson(orders, record, WireFormat.HEADER_BYTES)).isEqualTo(ORDER_JSON);
        }

        assertThat(registry.versionRequests("acme/money.proto")).isEqualTo(1);
    }

    @Test
    void anImportNoReferenceNamesIsSaidInWordsAndNotAskedForAgain() throws Exception {
        RegisteredSchema orders = schema(12, "orders-value", ORDERS,
                new SchemaReference("money.proto", "acme/money.proto", 1));

        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> codec.toJson(orders, order(12), WireFormat.HEADER_BYTES))
                    .isInstanceOf(FormatException.class)
                    .hasMessage("Protobuf schema id 12 (orders-value v1) imports acme/money.proto, which none of its references names");
        }
        assertThat(registry.versionRequests("acme/money.proto")).isZero();
    }

    @Test
    void aSubjectTheRegistryDoesNotGiveIsSaidInItsWordsAndAskedForAgainNextTime() throws Exception {
        RegisteredSchema orders = schema(12, "orders-value", ORDERS, MONEY_REF);

        assertThatThrownBy(() -> codec.descriptor(orders))
                .isInstanceOf(FormatException.class)
                .hasMessage("Protobuf schema id 12 (orders-value v1) refers to acme/money.proto (subject acme/money.proto"
                        + " version 1), which could not be read: subject acme/money.proto version 1 not found");
        registry.add(3, "acme/money.proto", SchemaType.PROTOBUF, MONEY);
        registry.down(true);
        assertThatThrownBy(() -> codec.descriptor(orders))
                .hasMessageEndingWith("which could not be read: no answer from http://registry.test: connection refused");
        registry.down(false);

        assertThat(codec.toJson(orders, order(12), WireFormat.HEADER_BYTES)).isEqualTo(ORDER_JSON);
        assertThat(registry.versionRequests("acme/money.proto")).isEqualTo(3);
    }

    @Test
    void aFailureTwoImportsDeepNamesEachFileOnTheWay() {
        registry.add(schema(3, "acme/money.proto", """
                syntax = "proto3";
                package acme;
                import "acme/currency.proto";
                message Money { Currency currency = 1; }
                """));
        RegisteredSchema orders = schema(12, "orders-value", ORDERS, MONEY_REF);

        assertThatThrownBy(() -> codec.descriptor(orders))
                .hasMessage("Protobuf schema id 12 (orders-value v1) imports acme/money.proto: Protobuf schema id 3"
                        + " (acme/money.proto v1) imports acme/currency.proto, which none of its references names");
    }

    @Test
    void importsThatComeBackToAFileBeingReadAreACycle() {
        SchemaReference a = new SchemaReference("a.proto", "a", 1);
        SchemaReference b = new SchemaReference("b.proto", "b", 1);
        registry.add(schema(5, "a", "syntax = \"proto3\"; import \"b.proto\"; message A { B b = 1; }", b));
        registry.add(schema(6, "b", "syntax = \"proto3\"; import \"a.proto\"; message B { A a = 1; }", a));
        RegisteredSchema root = schema(12, "orders-value", "syntax = \"proto3\"; import \"a.proto\"; message Root { A a = 1; }", a);

        assertThatThrownBy(() -> codec.descriptor(root))
                .isInstanceOf(FormatException.class)
                .hasMessage("Protobuf schema id 12 (orders-value v1) imports a.proto: Protobuf schema id 5 (a v1) imports b.proto:"
                        + " Protobuf schema id 6 (b v1) refers to a.proto (subject a version 1), which is already among the files"
                        + " importing it: the imports form a cycle");
    }

    @Test
    void withoutARegistryOrWithAReferenceOfAnotherKindTheReasonIsSaid() {
        RegisteredSchema orders = schema(12, "orders-value", ORDERS, MONEY_REF);
        registry.add(3, "acme/money.proto", SchemaType.AVRO, "\"string\"");

        assertThatThrownBy(() -> new ProtobufCodec().descriptor(orders))
                .hasMessage("Protobuf schema id 12 (orders-value v1) refers to acme/money.proto (subject acme/money.proto"
                        + " version 1), and no registry was given to read it from");
        assertThatThrownBy(() -> codec.descriptor(orders))
                .hasMessage("Protobuf schema id 12 (orders-value v1) refers to acme/money.proto (subject acme/money.proto"
                        + " version 1), which is Avro, not Protobuf");
    }
}
