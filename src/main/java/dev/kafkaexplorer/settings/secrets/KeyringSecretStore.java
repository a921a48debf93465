package dev.kafkaexplorer.settings.secrets;

import com.github.javakeyring.BackendNotSupportedException;
import com.github.javakeyring.Keyring;
import com.github.javakeyring.KeyringStorageType;
import com.github.javakeyring.PasswordAccessException;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Profile secrets in the operating system's credential store (macOS Keychain, Windows Credential
 * Manager, the Secret Service of GNOME/KDE on Linux) through java-keyring, each under the service
 * {@value #SERVICE} and the account {@code profileId/name}.
 */
public final class KeyringSecretStore implements SecretStore {

    public static final String SERVICE = "Kafka Explorer";
    private static final Logger LOG = LoggerFactory.getLogger(KeyringSecretStore.class);

    private final Keyring keyring;

    private KeyringSecretStore(Keyring keyring) {
        this.keyring = keyring;
    }

    /**
     * The OS credential store, when it really works: a probe entry is written, read back and
     * deleted on a daemon thread of its own, and a store that does not answer within
     * {@code bound} (a locked or absent Secret Service, say) counts as unreachable. The future
     * completes within {@code bound}.
     */
    public static CompletableFuture<Optional<SecretStore>> probeInBackground(Duration bound) {
        CompletableFuture<Optional<SecretStore>> probe = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                probe.complete(Optional.of(probeNow()));
            } catch (Throwable e) {
                LOG.info("No OS credential store ({}): profile secrets go to a file", e.toString());
                probe.complete(Optional.empty());
            }
        }, "secret-store-probe");
        // A hung D-Bus call must not keep the app from exiting.
        thread.setDaemon(true);
        thread.start();
        return probe.completeOnTimeout(Optional.empty(), bound.toMillis(), TimeUnit.MILLISECONDS);
    }

    private static KeyringSecretStore probeNow() throws Exception {
        Keyring keyring = Keyring.create();
        KeyringSecretStore store = new KeyringSecretStore(keyring);
        String account = "probe-" + UUID.randomUUID();
        String value = UUID.randomUUID().toString();
        keyring.setPassword(SERVICE, account, value);
        try {
            if (!value.equals(keyring.getPassword(SERVICE, account))) {
                throw new BackendNotSupportedException("the store gave back another value");
            }
        } finally {
            keyring.deletePassword(SERVICE, account);
        }
        return store;
    }

    @Override
    public synchronized Optional<String> read(String profileId, String name) {
        try {
            return Optional.ofNullable(keyring.getPassword(SERVICE, account(profileId, name)));
        } catch (PasswordAccessException e) {
            // java-keyring says "not found" with the same exception as "refused".
            return Optional.empty();
        }
    }

    @Override
    public synchronized void write(String profileId, String name, String value) {
        try {
            keyring.setPassword(SERVICE, account(profileId, name), value);
        } catch (PasswordAccessException e) {
            throw new IllegalStateException(storeName() + " did not store the secret " + name + ".", e);
        }
    }

    @Override
    public synchronized void delete(String profileId, String name) {
        try {
            keyring.deletePassword(SERVICE, account(profileId, name));
        } catch (PasswordAccessException e) {
            // none was stored
        }
    }

    @Override
    public String whereKept() {
        return "in " + storeName();
    }

    private String storeName() {
        KeyringStorageType type = keyring.getKeyringStorageType();
        return switch (type) {
            case OSX_KEYCHAIN, LEGACY_OSX_KEYCHAIN -> "the macOS Keychain";
            case WINDOWS_CREDENTIAL_STORE -> "the Windows Credential Manager";
            case GNOME_KEYRING -> "the desktop's keyring (Secret Service)";
            case KWALLET -> "KDE Wallet";
        };
    }

    private static String account(String profileId, String name) {
        return profileId + "/" + name;
    }
}
