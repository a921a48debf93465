package dev.kafkaexplorer.format.protobuf;

import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FileDescriptor;
import dev.kafkaexplorer.format.FormatException;
import dev.kafkaexplorer.registry.RegisteredSchema;
import dev.kafkaexplorer.registry.SchemaType;

import java.util.List;

/** The schema the Protobuf tests share: nested messages, an enum, a map, repeated fields, a oneof, a Timestamp, two top-level messages. */
final class OrdersProto {

    static final int ID = 42;

    static final String TEXT = """
            syntax = "proto3";
            package orders;

            import "google/protobuf/timestamp.proto";

            message Order {
              string id = 1;
              Customer customer = 2;
              repeated Line lines = 3;
              map<string, int32> stock_by_sku = 4;
              Status status = 5;
              oneof payment {
                string card = 6;
                int64 cash_cents = 7;
              }
              google.protobuf.Timestamp placed_at = 8;
              optional string note = 9;
              repeated int64 ids = 10;

              message Customer {
                string name = 1;
                Address address = 2;

                message Address {
                  string city = 1;
                }
              }
              message Line {
                string sku = 1;
                uint32 qty = 2;
              }
              enum Status {
                STATUS_UNKNOWN = 0;
                PLACED = 1;
                SHIPPED = 2;
              }
            }

            message Refund {
              string order_id = 1;
              double amount = 2;
            }
            """;

    static final RegisteredSchema SCHEMA = schema(ID, TEXT);

    private OrdersProto() {
    }

    static RegisteredSchema schema(int id, String text) {
        return new RegisteredSchema(id, null, 0, SchemaType.PROTOBUF, text, List.of());
    }

    private static final ProtoSchema PARSED = ProtoSchema.parse(SCHEMA);

    /** One descriptor for the whole test run: messages built from two parses are of different types. */
    static FileDescriptor file() throws FormatException {
        return PARSED.file();
    }

    static Descriptor message(String fullName) throws FormatException {
        return MessageIndexPath.named(file(), fullName);
    }
}
