package dev.kafkaexplorer.registry;

/** A schema that another one imports, as the registry names it: {@code name} is the import (e.g. "other.proto"). */
public record SchemaReference(String name, String subject, int version) {
}
