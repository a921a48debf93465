package dev.kafkaexplorer.format.protobuf;

import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Descriptors.FileDescriptor;
import dev.kafkaexplorer.format.FormatException;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The Confluent message index path: which message of a schema file a record holds. The first index
 * picks among the file's top-level messages, each further one among the nested messages of the one
 * before. Like Confluent's serializers, only declared messages count: the entry types protoc makes
 * for map fields and the bodies of proto2 groups are not messages a record can be.
 */
final class MessageIndexPath {

    private MessageIndexPath() {
    }

    /** The message at {@code indexes}, or words saying which index is not in the schema. */
    static Descriptor messageAt(FileDescriptor file, List<Integer> indexes) throws FormatException {
        List<Descriptor> candidates = file.getMessageTypes();
        String owner = "it";
        Descriptor found = null;
        for (int index : indexes) {
            if (index < 0 || index >= candidates.size()) {
                throw new FormatException("message index " + indexes + " is not in the schema: "
                        + owner + " has " + count(candidates.size(), owner.equals("it") ? "message" : "nested message"));
            }
            found = candidates.get(index);
            candidates = declaredNested(found);
            owner = found.getFullName();
        }
        if (found == null) {
            throw new FormatException("the record names no message of the schema (an empty message index list)");
        }
        return found;
    }

    /** The index path of {@code message}, as a serializer writes it before the payload. */
    static List<Integer> indexesOf(Descriptor message) {
        List<Integer> path = new ArrayList<>();
        for (Descriptor at = message; at != null; at = at.getContainingType()) {
            Descriptor parent = at.getContainingType();
            List<Descriptor> siblings = parent == null ? at.getFile().getMessageTypes() : declaredNested(parent);
            path.add(0, siblings.indexOf(at));
        }
        return List.copyOf(path);
    }

    /**
     * The message a user names: null or blank means the file's first message; otherwise its full name
     * ("orders.Order.Line", a leading dot allowed), the part after the package ("Order.Line") or its
     * simple name ("Line") when only one message has it.
     */
    static Descriptor named(FileDescriptor file, String name) throws FormatException {
        List<Descriptor> all = new ArrayList<>();
        file.getMessageTypes().forEach(m -> collect(m, all));
        if (all.isEmpty()) {
            throw new FormatException("the schema has no message to write");
        }
        if (name == null || name.isBlank()) {
            return file.getMessageTypes().get(0);
        }
        String wanted = name.strip().startsWith(".") ? name.strip().substring(1) : name.strip();
        List<Descriptor> matches = new ArrayList<>();
        for (Descriptor message : all) {
            if (message.getFullName().equals(wanted)) {
                return message;
            }
            if (message.getFullName().endsWith("." + wanted)) {
                matches.add(message);
            }
        }
        if (matches.size() == 1) {
            return matches.get(0);
        }
        if (matches.isEmpty()) {
            throw new FormatException("message " + wanted + " is not in the schema: it has " + names(all));
        }
        throw new FormatException("message " + wanted + " is ambiguous in the schema: say which of " + names(matches));
    }

    /** The nested messages a message index can name, in declaration order. */
    private static List<Descriptor> declaredNested(Descriptor parent) {
        List<Descriptor> nested = new ArrayList<>(parent.getNestedTypes().size());
        for (Descriptor type : parent.getNestedTypes()) {
            if (!type.getOptions().getMapEntry() && !isGroupBody(parent, type)) {
                nested.add(type);
            }
        }
        return nested;
    }

    private static boolean isGroupBody(Descriptor parent, Descriptor type) {
        for (FieldDescriptor field : parent.getFields()) {
            if (field.getType() == FieldDescriptor.Type.GROUP && field.getMessageType() == type) {
                return true;
            }
        }
        return false;
    }

    private static void collect(Descriptor message, List<Descriptor> into) {
        into.add(message);
        declaredNested(message).forEach(m -> collect(m, into));
    }

    private static String names(List<Descriptor> messages) {
        String listed = messages.stream().limit(10).map(Descriptor::getFullName).collect(Collectors.joining(", "));
        return messages.size() > 10 ? listed + " and " + (messages.size() - 10) + " more" : listed;
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
