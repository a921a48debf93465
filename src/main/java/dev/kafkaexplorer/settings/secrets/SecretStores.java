package dev.kafkaexplorer.settings.secrets;

import java.nio.file.Path;

/** Picks where the app keeps profile secrets. */
public final class SecretStores {

    private SecretStores() {
    }

    /** The store for the app whose settings live in {@code configDir}. */
    public static SecretStore open(Path configDir) {
        return new InMemorySecretStore();
    }
}
