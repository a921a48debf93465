package dev.kafkaexplorer.settings.secrets;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * A secret store chosen in the background: the app's start does not wait for the credential
 * store's probe; the first use of a secret does (at most the probe's bound), off the FX thread as
 * every {@link SecretStore} call is.
 */
final class DeferredSecretStore implements SecretStore {

    private final CompletableFuture<SecretStore> chosen;

    DeferredSecretStore(CompletableFuture<SecretStore> chosen) {
        this.chosen = chosen;
    }

    /** The store in use, once chosen. */
    SecretStore store() {
        return chosen.join();
    }

    @Override
    public Optional<String> read(String profileId, String name) {
        return store().read(profileId, name);
    }

    @Override
    public void write(String profileId, String name, String value) {
        store().write(profileId, name, value);
    }

    @Override
    public void delete(String profileId, String name) {
        store().delete(profileId, name);
    }

    @Override
    public String whereKept() {
        return store().whereKept();
    }
}
