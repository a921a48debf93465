package dev.kafkaexplorer.format.protobuf;

import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.Descriptors.DescriptorValidationException;
import com.google.protobuf.Descriptors.FileDescriptor;
import com.squareup.wire.schema.Location;
import com.squareup.wire.schema.internal.parser.ProtoFileElement;
import com.squareup.wire.schema.internal.parser.ProtoParser;
import dev.kafkaexplorer.registry.RegisteredSchema;
import dev.kafkaexplorer.registry.RegistryException;
import dev.kafkaexplorer.registry.SchemaReference;
import dev.kafkaexplorer.registry.SchemaRegistry;
import dev.kafkaexplorer.registry.SchemaType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds one schema's descriptor together with the files it imports. Google's well-known files come
 * from protobuf-java; any other import is the registry subject that the schema's reference of the
 * same name points at (Confluent's serializer registers each imported file so, the reference's name
 * being the import path as written). Those are fetched, so building blocks on the registry.
 *
 * <p>One instance serves one parse: within it each referenced subject version is fetched and built
 * once, so two files importing a third (a diamond) share its descriptor, as protobuf-java requires
 * for their types to be one type.
 */
final class ProtoImports {

    /** Why a schema cannot be used, in words; {@code registryFailed} when asking again later may help. */
    static final class Failure extends Exception {
        private final boolean registryFailed;

        Failure(String message, boolean registryFailed) {
            super(message);
            this.registryFailed = registryFailed;
        }

        boolean registryFailed() {
            return registryFailed;
        }
    }

    private final SchemaRegistry registry;
    /** By subject, version and import path: the path is the file's name, which its importers look it up by. */
    private final Map<String, FileDescriptor> built = new HashMap<>();
    /** The referenced files being built, outermost first: meeting one again is a cycle. */
    private final Set<String> building = new HashSet<>();

    ProtoImports(SchemaRegistry registry) {
        this.registry = registry;
    }

    /** {@code schema} as a file named {@code fileName}, with everything it imports. */
    FileDescriptor build(RegisteredSchema schema, String fileName) throws Failure {
        String named = name(schema);
        ProtoFileElement element;
        try {
            element = ProtoParser.Companion.parse(Location.get(fileName), schema.schema());
        } catch (RuntimeException e) {
            throw new Failure(named + " does not parse: " + e.getMessage(), false);
        }
        FileDescriptorProto proto;
        try {
            proto = ProtoFileConverter.convert(element, fileName);
        } catch (RuntimeException e) {
            throw new Failure(named + " cannot be read: " + e.getMessage(), false);
        }
        List<FileDescriptor> dependencies = new ArrayList<>();
        for (String imported : proto.getDependencyList()) {
            Optional<FileDescriptor> wellKnown = WellKnownProtos.forImport(imported);
            dependencies.add(wellKnown.isPresent() ? wellKnown.get() : imported(schema, imported));
        }
        try {
            return FileDescriptor.buildFrom(proto, dependencies.toArray(FileDescriptor[]::new));
        } catch (DescriptorValidationException | RuntimeException e) {
            throw new Failure(named + " is not valid: " + e.getMessage(), false);
        }
    }

    private FileDescriptor imported(RegisteredSchema schema, String path) throws Failure {
        SchemaReference reference = schema.references().stream()
                .filter(r -> path.equals(r.name()))
                .findFirst()
                .orElseThrow(() -> new Failure(name(schema) + " imports " + path + ", which none of its references names", false));
        String refersTo = name(schema) + " refers to " + path + " (subject " + reference.subject()
                + " version " + reference.version() + ")";
        String version = reference.subject() + "\u0000" + reference.version();
        String key = version + "\u0000" + path;
        FileDescriptor known = built.get(key);
        if (known != null) {
            return known;
        }
        if (!building.add(version)) {
            throw new Failure(refersTo + ", which is already among the files importing it: the imports form a cycle", false);
        }
        if (registry == null) {
            throw new Failure(refersTo + ", and no registry was given to read it from", false);
        }
        RegisteredSchema referenced;
        try {
            referenced = registry.version(reference.subject(), reference.version());
        } catch (RegistryException e) {
            throw new Failure(refersTo + ", which could not be read: " + e.getMessage(), true);
        } catch (RuntimeException e) {
            throw new Failure(refersTo + ", which could not be read: " + e, true);
        }
        if (referenced.type() != SchemaType.PROTOBUF) {
            throw new Failure(refersTo + ", which is " + referenced.type().label() + ", not Protobuf", false);
        }
        FileDescriptor file;
        try {
            file = build(referenced, path);
        } catch (Failure inner) {
            // Said from the schema the reader chose, down to the file that failed: a deep import is otherwise a riddle.
            throw new Failure(name(schema) + " imports " + path + ": " + inner.getMessage(), inner.registryFailed());
        }
        building.remove(version);
        built.put(key, file);
        return file;
    }

    /** "Protobuf schema id 12", with "(orders-value v1)" when the registry said where it is registered. */
    static String name(RegisteredSchema schema) {
        return "Protobuf " + schema.named();
    }
}
