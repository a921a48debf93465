package dev.kafkaexplorer.registry;

import java.util.concurrent.ConcurrentHashMap;

/**
 * One client per registry for the whole app, so the schemas read by id are fetched once however
 * many live views, producers and Schemas tabs use them.
 */
public final class SchemaRegistries {

    private static final ConcurrentHashMap<RegistryAccess, SchemaRegistry> CLIENTS = new ConcurrentHashMap<>();

    private SchemaRegistries() {
    }

    /** The shared client for {@code access} (made on first use; never blocks: it connects on its first request). */
    public static SchemaRegistry forAccess(RegistryAccess access) {
        return CLIENTS.computeIfAbsent(access, HttpSchemaRegistry::new);
    }
}
