package dev.kafkaexplorer.settings.secrets;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
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
     * The store for the app whose settings live in {@code configDir}. Probes the credential store
     * (at most {@link #PROBE_BOUND}): call it off the FX thread.
     */
    public static SecretStore open(Path configDir) {
        boolean fileOnly = System.getProperty(STORE_PROPERTY, "").trim().toLowerCase(Locale.ROOT).equals("file");
        SecretStore store = fileOnly ? new FileSecretStore(configDir)
                : KeyringSecretStore.probe(PROBE_BOUND).orElseGet(() -> new FileSecretStore(configDir));
        LOG.info("Profile secrets are kept {}", store.whereKept());
        return store;
    }
}
