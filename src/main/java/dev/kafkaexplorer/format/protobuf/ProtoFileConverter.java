package dev.kafkaexplorer.format.protobuf;

import com.google.protobuf.DescriptorProtos.DescriptorProto;
import com.google.protobuf.DescriptorProtos.EnumDescriptorProto;
import com.google.protobuf.DescriptorProtos.EnumOptions;
import com.google.protobuf.DescriptorProtos.EnumValueDescriptorProto;
import com.google.protobuf.DescriptorProtos.FieldDescriptorProto;
import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.DescriptorProtos.OneofDescriptorProto;
import com.squareup.wire.Syntax;
import com.squareup.wire.schema.Location;
import com.squareup.wire.schema.internal.parser.EnumConstantElement;
import com.squareup.wire.schema.internal.parser.EnumElement;
import com.squareup.wire.schema.internal.parser.FieldElement;
import com.squareup.wire.schema.internal.parser.GroupElement;
import com.squareup.wire.schema.internal.parser.MessageElement;
import com.squareup.wire.schema.internal.parser.OneOfElement;
import com.squareup.wire.schema.internal.parser.OptionElement;
import com.squareup.wire.schema.internal.parser.ProtoFileElement;
import com.squareup.wire.schema.internal.parser.TypeElement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A {@code .proto} file as Wire's parser reads it, turned into the descriptor protoc would write for
 * it: package, syntax, imports, messages with their nested messages and enums, fields in declaration
 * order, maps as protoc makes them (a nested {@code XxxEntry} with option map_entry), oneofs, proto3
 * {@code optional} (with its synthetic oneof), proto2 groups, defaults and enums.
 *
 * <p>Left out, as they change nothing about reading or writing a message: services, extension
 * declarations and ranges, reserved names and numbers, custom (parenthesized) options.
 */
final class ProtoFileConverter {

    /** Fields come from the message body, its oneofs and its groups; protoc lists them in source order. */
    private record Declared(FieldDescriptorProto.Builder field, Location location) {
    }

    private static final Comparator<Declared> SOURCE_ORDER = Comparator
            .comparingInt((Declared d) -> d.location().getLine())
            .thenComparingInt(d -> d.location().getColumn());

    private ProtoFileConverter() {
    }

    static FileDescriptorProto convert(ProtoFileElement file, String fileName) {
        boolean proto3 = file.getSyntax() == Syntax.PROTO_3;
        FileDescriptorProto.Builder out = FileDescriptorProto.newBuilder()
                .setName(fileName)
                .setSyntax(proto3 ? "proto3" : "proto2");
        String scope = ".";
        if (file.getPackageName() != null && !file.getPackageName().isEmpty()) {
            out.setPackage(file.getPackageName());
            scope = "." + file.getPackageName() + ".";
        }
        file.getImports().forEach(out::addDependency);
        for (String publicImport : file.getPublicImports()) {
            out.addPublicDependency(out.getDependencyCount()).addDependency(publicImport);
        }
        for (String weakImport : file.getWeakImports()) {
            out.addWeakDependency(out.getDependencyCount()).addDependency(weakImport);
        }
        for (TypeElement type : file.getTypes()) {
            if (type instanceof MessageElement message) {
                out.addMessageType(message(message, scope, proto3));
            } else if (type instanceof EnumElement enumElement) {
                out.addEnumType(enumType(enumElement));
            }
        }
        return out.build();
    }

    /**
     * {@code scope}: the absolute name prefix of the message (".pkg." or ".pkg.Outer."). Declared
     * nested types come first, in order, then map entries and group bodies, so the index of a declared
     * nested message is the one Confluent's serializers write (they count declared messages only).
     */
    private static DescriptorProto message(MessageElement message, String scope, boolean proto3) {
        String fullName = scope + message.getName();
        DescriptorProto.Builder out = DescriptorProto.newBuilder().setName(message.getName());
        List<Declared> declared = new ArrayList<>();
        List<DescriptorProto> generated = new ArrayList<>();
        for (FieldElement field : message.getFields()) {
            if (ProtoFieldConverter.isMap(field)) {
                String entry = ProtoFieldConverter.mapEntryName(field.getName());
                generated.add(ProtoFieldConverter.mapEntry(field, entry));
                declared.add(new Declared(ProtoFieldConverter.mapField(field, fullName + "." + entry), field.getLocation()));
            } else {
                declared.add(new Declared(ProtoFieldConverter.field(field, proto3, false), field.getLocation()));
            }
        }
        for (GroupElement group : message.getGroups()) {
            declared.add(new Declared(ProtoFieldConverter.groupField(group), group.getLocation()));
            generated.add(groupBody(group, proto3));
        }
        List<OneOfElement> oneOfs = message.getOneOfs();
        for (int i = 0; i < oneOfs.size(); i++) {
            OneOfElement oneOf = oneOfs.get(i);
            out.addOneofDecl(OneofDescriptorProto.newBuilder().setName(oneOf.getName()));
            for (FieldElement field : oneOf.getFields()) {
                declared.add(new Declared(ProtoFieldConverter.field(field, proto3, true).setOneofIndex(i), field.getLocation()));
            }
            for (GroupElement group : oneOf.getGroups()) {
                declared.add(new Declared(ProtoFieldConverter.groupField(group).setOneofIndex(i), group.getLocation()));
                generated.add(groupBody(group, proto3));
            }
        }
        declared.sort(SOURCE_ORDER);
        // protoc puts each proto3 optional field in a synthetic oneof of its own, after the real ones.
        for (Declared d : declared) {
            if (d.field().getProto3Optional()) {
                d.field().setOneofIndex(out.getOneofDeclCount());
                out.addOneofDecl(OneofDescriptorProto.newBuilder().setName("_" + d.field().getName()));
            }
            out.addField(d.field());
        }
        for (TypeElement nested : message.getNestedTypes()) {
            if (nested instanceof MessageElement nestedMessage) {
                out.addNestedType(message(nestedMessage, fullName + ".", proto3));
            } else if (nested instanceof EnumElement nestedEnum) {
                out.addEnumType(enumType(nestedEnum));
            }
        }
        generated.forEach(out::addNestedType);
        return out.build();
    }

    private static DescriptorProto groupBody(GroupElement group, boolean proto3) {
        DescriptorProto.Builder body = DescriptorProto.newBuilder().setName(group.getName());
        group.getFields().stream()
                .map(field -> new Declared(ProtoFieldConverter.field(field, proto3, false), field.getLocation()))
                .sorted(SOURCE_ORDER)
                .forEach(d -> body.addField(d.field()));
        return body.build();
    }

    private static EnumDescriptorProto enumType(EnumElement element) {
        EnumDescriptorProto.Builder out = EnumDescriptorProto.newBuilder().setName(element.getName());
        for (EnumConstantElement constant : element.getConstants()) {
            out.addValue(EnumValueDescriptorProto.newBuilder().setName(constant.getName()).setNumber(constant.getTag()));
        }
        for (OptionElement option : element.getOptions()) {
            // Without it, two names for one number make the descriptor invalid.
            if (!option.isParenthesized() && option.getName().equals("allow_alias")) {
                out.setOptions(EnumOptions.newBuilder().setAllowAlias(Boolean.parseBoolean(String.valueOf(option.getValue()))));
            }
        }
        return out.build();
    }
}
