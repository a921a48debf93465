package dev.kafkaexplorer.registry;

/**
 * One client per registry for the whole app, so the schemas read by id are fetched once however
 * many live views, producers and Schemas tabs use them.
 */
public final class SchemaRegistries {

    private SchemaRegistries() {
    }

    /** The shared client for {@code access} (made on first use; never blocks). */
    public static SchemaRegistry forAccess(RegistryAccess access) {
        throw new UnsupportedOperationException("the registry client comes with its own commit");
    }
}
