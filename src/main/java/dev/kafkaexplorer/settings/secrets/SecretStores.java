package dev.kafkaexplorer.settings.secrets;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Picks where the app keeps profile secrets: the OS credential store when it works, else an encrypted 0600 file. */
public final class SecretStores {

    /**
     * System property: {@code file} keeps secrets in the file even where a credential store
     * works (tests set it, so they never touch the developer's own keyring); unset, the
     * credential store is probed first.
     */
    public static final String STORE_PROPERTY = "kafkaexplorer.secrets";
    /** How long the credential store may take to answer the probe before the file is used. */
    static final Duration PROBE_BOUND = Duration.ofSeconds(3);
    private static final Logger LOG = LoggerFactory.getLogger(SecretStores.class);

    private SecretStores() {
    }

    /**
     * The store for the app whose settings live in {@code configDir}. Returns at once: the
     * credential store is probed in the background (at most {@link #PROBE_BOUND}), and the first
     * call on the store waits for the choice.
     */
    public static SecretStore open(Path configDir) {
        boolean fileOnly = System.getProperty(STORE_PROPERTY, "").trim().toLowerCase(Locale.ROOT).equals("file");
        if (fileOnly) {
            return new FileSecretStore(configDir);
        }
        CompletableFuture<SecretStore> chosen = KeyringSecretStore.probeInBackground(PROBE_BOUND)
                .thenApply(keyring -> keyring.orElseGet(() -> new FileSecretStore(configDir)));
        chosen.thenAccept(store -> LOG.info("Profile secrets are kept {}", store.whereKept()));
        return new DeferredSecretStore(chosen);
    }

    /** The store {@code store} stands for, once chosen (for tests and the About details). */
    public static SecretStore chosen(SecretStore store) {
        return store instanceof DeferredSecretStore deferred ? deferred.store() : store;
    }
}
