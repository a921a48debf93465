package dev.kafkaexplorer.kafka.produce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Schema files checked before anything is registered, each problem in words. */
class SchemaFilesTest {

    @TempDir
    Path dir;

    @Test
    void anAvroFileMustHoldARecordSchema() throws Exception {
        Path good = Files.writeString(dir.resolve("order.avsc"),
                "{\"type\": \"record\", \"name\": \"Order\", \"fields\": [{\"name\": \"id\", \"type\": \"string\"}]}");
        assertThat(SchemaFiles.read(ProducedValueFormat.AVRO_FILE, good, null)).contains("\"Order\"");

        Path notAvro = Files.writeString(dir.resolve("bad.avsc"), "{\"type\": \"record\", \"name\": \"Order\"}");
        assertThatThrownBy(() -> SchemaFiles.read(ProducedValueFormat.AVRO_FILE, notAvro, null))
                .hasMessageStartingWith("Schema file: bad.avsc is not an Avro schema: ")
                .hasMessageContaining("fields");
        Path notJson = Files.writeString(dir.resolve("text.avsc"), "record Order {");
        assertThatThrownBy(() -> SchemaFiles.read(ProducedValueFormat.AVRO_FILE, notJson, null))
                .hasMessageStartingWith("Schema file: text.avsc is not an Avro schema: ");
        Path anEnum = Files.writeString(dir.resolve("enum.avsc"), "{\"type\": \"enum\", \"name\": \"E\", \"symbols\": [\"A\"]}");
        assertThatThrownBy(() -> SchemaFiles.read(ProducedValueFormat.AVRO_FILE, anEnum, null))
                .hasMessage("Schema file: enum.avsc holds an Avro enum, but the template's records are JSON objects: give a record schema");
    }

    @Test
    void aProtoFileMustParseAndNameTheChosenMessage() throws Exception {
        Path proto = Files.writeString(dir.resolve("shop.proto"), """
                syntax = "proto3";
                package shop;
                message Order { message Line { string sku = 1; } repeated Line lines = 1; }
                enum Status { NEW = 0; }
                message Payment { string id = 1; }
                """);
        assertThat(SchemaFiles.read(ProducedValueFormat.PROTOBUF_FILE, proto, null)).contains("message Payment");
        assertThat(SchemaFiles.read(ProducedValueFormat.PROTOBUF_FILE, proto, "Order.Line")).isNotEmpty();
        assertThat(SchemaFiles.read(ProducedValueFormat.PROTOBUF_FILE, proto, "shop.Payment")).isNotEmpty();
        assertThatThrownBy(() -> SchemaFiles.read(ProducedValueFormat.PROTOBUF_FILE, proto, "Status"))
                .isInstanceOfSatisfying(SchemaFiles.SchemaFileException.class, e -> assertThat(e.aboutMessage()).isTrue())
                .hasMessage("Message: no message “Status” in shop.proto; it declares Order, Order.Line, Payment");

        Path broken = Files.writeString(dir.resolve("broken.proto"), "syntax = \"proto3\";\nmessage Order { string id = ; }\n");
        assertThatThrownBy(() -> SchemaFiles.read(ProducedValueFormat.PROTOBUF_FILE, broken, null))
                .hasMessageStartingWith("Schema file: broken.proto is not a .proto file: ")
                .hasMessageContaining("broken.proto");
        Path empty = Files.writeString(dir.resolve("empty.proto"), "syntax = \"proto3\";\nenum E { A = 0; }\n");
        assertThatThrownBy(() -> SchemaFiles.read(ProducedValueFormat.PROTOBUF_FILE, empty, null))
                .hasMessage("Schema file: empty.proto declares no message");
    }

    @Test
    void aJsonSchemaFileMustBeAJsonObject() throws Exception {
        Path good = Files.writeString(dir.resolve("s.json"), "{\"type\": \"object\"}");
        assertThat(SchemaFiles.read(ProducedValueFormat.JSON_SCHEMA_FILE, good, null)).isEqualTo("{\"type\": \"object\"}");
        Path list = Files.writeString(dir.resolve("list.json"), "[1]");
        assertThatThrownBy(() -> SchemaFiles.read(ProducedValueFormat.JSON_SCHEMA_FILE, list, null))
                .hasMessage("Schema file: list.json is not a JSON Schema: a schema is a JSON object ({ … })");
        Path notJson = Files.writeString(dir.resolve("x.json"), "{type: object}");
        assertThatThrownBy(() -> SchemaFiles.read(ProducedValueFormat.JSON_SCHEMA_FILE, notJson, null))
                .hasMessageStartingWith("Schema file: x.json is not JSON: ");
    }

    @Test
    void filesThatCannotBeReadSaySo() throws Exception {
        assertThatThrownBy(() -> SchemaFiles.read(ProducedValueFormat.AVRO_FILE, dir.resolve("none.avsc"), null))
                .hasMessage("Schema file: no file at " + dir.resolve("none.avsc"));
        assertThatThrownBy(() -> SchemaFiles.read(ProducedValueFormat.AVRO_FILE, dir, null))
                .hasMessage("Schema file: " + dir + " is a folder, not a file");
        Path huge = Files.write(dir.resolve("huge.avsc"), new byte[(int) SchemaFiles.MAX_BYTES + 1]);
        assertThatThrownBy(() -> SchemaFiles.read(ProducedValueFormat.AVRO_FILE, huge, null))
                .hasMessage("Schema file: " + huge + " holds 1048577 bytes; a schema file is at most 1 MiB");
        Path binary = Files.write(dir.resolve("bin.avsc"), new byte[] {(byte) 0xC3, (byte) 0x28});
        assertThatThrownBy(() -> SchemaFiles.read(ProducedValueFormat.AVRO_FILE, binary, null))
                .hasMessage("Schema file: " + binary + " is not UTF-8 text");
    }
}
