package dev.kafkaexplorer.format.protobuf;

import com.google.protobuf.AnyProto;
import com.google.protobuf.ApiProto;
import com.google.protobuf.DescriptorProtos;
import com.google.protobuf.Descriptors.FileDescriptor;
import com.google.protobuf.DurationProto;
import com.google.protobuf.EmptyProto;
import com.google.protobuf.FieldMaskProto;
import com.google.protobuf.SourceContextProto;
import com.google.protobuf.StructProto;
import com.google.protobuf.TimestampProto;
import com.google.protobuf.TypeProto;
import com.google.protobuf.WrappersProto;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Google's well-known types, which a schema may import without the registry holding them: their
 * descriptors come from protobuf-java itself, so an import of {@code google/protobuf/timestamp.proto}
 * needs nothing fetched.
 */
final class WellKnownProtos {

    private static final Map<String, FileDescriptor> BY_IMPORT = Stream.of(
                    TimestampProto.getDescriptor(), DurationProto.getDescriptor(), WrappersProto.getDescriptor(),
                    StructProto.getDescriptor(), AnyProto.getDescriptor(), EmptyProto.getDescriptor(),
                    FieldMaskProto.getDescriptor(), DescriptorProtos.getDescriptor(), TypeProto.getDescriptor(),
                    ApiProto.getDescriptor(), SourceContextProto.getDescriptor())
            .collect(Collectors.toUnmodifiableMap(FileDescriptor::getName, Function.identity()));

    private WellKnownProtos() {
    }

    /** The descriptor of {@code importPath} (e.g. "google/protobuf/timestamp.proto") when it is a well-known type. */
    static Optional<FileDescriptor> forImport(String importPath) {
        return Optional.ofNullable(BY_IMPORT.get(importPath));
    }
}
