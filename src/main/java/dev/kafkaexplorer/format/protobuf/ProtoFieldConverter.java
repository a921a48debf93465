package dev.kafkaexplorer.format.protobuf;

import com.google.protobuf.ByteString;
import com.google.protobuf.DescriptorProtos.DescriptorProto;
import com.google.protobuf.DescriptorProtos.FieldDescriptorProto;
import com.google.protobuf.DescriptorProtos.FieldDescriptorProto.Label;
import com.google.protobuf.DescriptorProtos.FieldDescriptorProto.Type;
import com.google.protobuf.DescriptorProtos.FieldOptions;
import com.google.protobuf.DescriptorProtos.MessageOptions;
import com.google.protobuf.TextFormat;
import com.squareup.wire.schema.Field;
import com.squareup.wire.schema.internal.parser.FieldElement;
import com.squareup.wire.schema.internal.parser.GroupElement;
import com.squareup.wire.schema.internal.parser.OptionElement;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * One field of Wire's parse tree as protoc would describe it. Message and enum types keep the name
 * as written (relative or not): protobuf-java resolves it by protobuf's scoping rules when the file
 * is built, and tells message from enum then.
 */
final class ProtoFieldConverter {

    private static final Map<String, Type> SCALARS = Map.ofEntries(
            Map.entry("double", Type.TYPE_DOUBLE), Map.entry("float", Type.TYPE_FLOAT),
            Map.entry("int64", Type.TYPE_INT64), Map.entry("uint64", Type.TYPE_UINT64),
            Map.entry("int32", Type.TYPE_INT32), Map.entry("fixed64", Type.TYPE_FIXED64),
            Map.entry("fixed32", Type.TYPE_FIXED32), Map.entry("bool", Type.TYPE_BOOL),
            Map.entry("string", Type.TYPE_STRING), Map.entry("bytes", Type.TYPE_BYTES),
            Map.entry("uint32", Type.TYPE_UINT32), Map.entry("sfixed32", Type.TYPE_SFIXED32),
            Map.entry("sfixed64", Type.TYPE_SFIXED64), Map.entry("sint32", Type.TYPE_SINT32),
            Map.entry("sint64", Type.TYPE_SINT64));

    private ProtoFieldConverter() {
    }

    /**
     * A plain field. {@code inOneof}: declared inside a oneof, where proto3's {@code optional} cannot
     * appear; outside one, proto3's {@code optional} gives the field presence (protoc marks it
     * proto3_optional and the caller adds its synthetic oneof).
     */
    static FieldDescriptorProto.Builder field(FieldElement element, boolean proto3, boolean inOneof) {
        FieldDescriptorProto.Builder field = FieldDescriptorProto.newBuilder()
                .setName(element.getName())
                .setNumber(element.getTag())
                .setLabel(label(element.getLabel()));
        typed(field, element.getType());
        if (proto3 && !inOneof && element.getLabel() == Field.Label.OPTIONAL) {
            field.setProto3Optional(true);
        }
        if (element.getJsonName() != null) {
            field.setJsonName(element.getJsonName());
        }
        if (element.getDefaultValue() != null) {
            field.setDefaultValue(defaultValue(field, element.getDefaultValue()));
        }
        FieldOptions options = options(element);
        if (!options.equals(FieldOptions.getDefaultInstance())) {
            field.setOptions(options);
        }
        return field;
    }

    static boolean isMap(FieldElement element) {
        return element.getType().startsWith("map<") && element.getType().endsWith(">");
    }

    /** The nested type protoc makes for a map field: "line_items" gets "LineItemsEntry". */
    static String mapEntryName(String fieldName) {
        StringBuilder name = new StringBuilder(fieldName.length() + 5);
        boolean upper = true;
        for (char c : fieldName.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                name.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return name.append("Entry").toString();
    }

    /** A map field: a repeated field of its entry type, {@code entryFullName} written absolute (".pkg.Msg.XEntry"). */
    static FieldDescriptorProto.Builder mapField(FieldElement element, String entryFullName) {
        FieldDescriptorProto.Builder field = FieldDescriptorProto.newBuilder()
                .setName(element.getName())
                .setNumber(element.getTag())
                .setLabel(Label.LABEL_REPEATED)
                .setType(Type.TYPE_MESSAGE)
                .setTypeName(entryFullName);
        if (element.getJsonName() != null) {
            field.setJsonName(element.getJsonName());
        }
        return field;
    }

    /** The entry message of a map field, as protoc writes it: key = 1, value = 2, option map_entry. */
    static DescriptorProto mapEntry(FieldElement element, String entryName) {
        String inner = element.getType().substring("map<".length(), element.getType().length() - 1);
        int comma = inner.indexOf(',');
        FieldDescriptorProto.Builder key = FieldDescriptorProto.newBuilder()
                .setName("key").setNumber(1).setLabel(Label.LABEL_OPTIONAL);
        typed(key, inner.substring(0, comma).trim());
        FieldDescriptorProto.Builder value = FieldDescriptorProto.newBuilder()
                .setName("value").setNumber(2).setLabel(Label.LABEL_OPTIONAL);
        typed(value, inner.substring(comma + 1).trim());
        return DescriptorProto.newBuilder()
                .setName(entryName)
                .addField(key)
                .addField(value)
                .setOptions(MessageOptions.newBuilder().setMapEntry(true))
                .build();
    }

    /** A proto2 group's field: named as the group in lower case, its type the group's nested message. */
    static FieldDescriptorProto.Builder groupField(GroupElement group) {
        return FieldDescriptorProto.newBuilder()
                .setName(group.getName().toLowerCase(Locale.ROOT))
                .setNumber(group.getTag())
                .setLabel(label(group.getLabel()))
                .setType(Type.TYPE_GROUP)
                .setTypeName(group.getName());
    }

    private static void typed(FieldDescriptorProto.Builder field, String type) {
        Type scalar = SCALARS.get(type);
        if (scalar != null) {
            field.setType(scalar);
        } else {
            field.setTypeName(type);
        }
    }

    private static Label label(Field.Label label) {
        if (label == null) {
            return Label.LABEL_OPTIONAL;
        }
        return switch (label) {
            case REQUIRED -> Label.LABEL_REQUIRED;
            case REPEATED -> Label.LABEL_REPEATED;
            case OPTIONAL, ONE_OF -> Label.LABEL_OPTIONAL;
        };
    }

    /**
     * Wire hands defaults unescaped; a descriptor keeps strings as they are but bytes C-escaped, so
     * bytes are escaped again (characters up to U+00FF were byte escapes; anything wider was UTF-8 text).
     */
    private static String defaultValue(FieldDescriptorProto.Builder field, String value) {
        if (field.getType() != Type.TYPE_BYTES) {
            return value;
        }
        boolean bytesOnly = value.chars().allMatch(c -> c <= 0xFF);
        return TextFormat.escapeBytes(ByteString.copyFrom(value,
                bytesOnly ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8));
    }

    /** The options that change how the bytes are written or read; the others do not matter to a reader. */
    private static FieldOptions options(FieldElement element) {
        FieldOptions.Builder options = FieldOptions.newBuilder();
        for (OptionElement option : element.getOptions()) {
            if (option.isParenthesized()) {
                continue;
            }
            boolean on = Boolean.parseBoolean(String.valueOf(option.getValue()));
            switch (option.getName()) {
                case "packed" -> options.setPacked(on);
                case "deprecated" -> options.setDeprecated(on);
                default -> {
                }
            }
        }
        return options.build();
    }
}
