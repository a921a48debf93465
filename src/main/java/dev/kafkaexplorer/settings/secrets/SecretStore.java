package dev.kafkaexplorer.settings.secrets;

import java.util.Optional;

/**
 * Where the secrets of cluster profiles live, outside the settings file: the operating system's
 * credential store where one is reachable, else a file only the user can read. Each secret is
 * found by its profile's id and its name ({@link dev.kafkaexplorer.kafka.security.Secrets}).
 * Blocking (a store may ask the desktop or the disk): call it off the FX thread.
 */
public interface SecretStore {

    /** The secret, when one is stored. */
    Optional<String> read(String profileId, String name);

    /** Stores {@code value}, replacing any earlier one. */
    void write(String profileId, String name, String value);

    /** Forgets the secret; nothing happens when none is stored. */
    void delete(String profileId, String name);

    /** Where the secrets are kept, in words a user understands (the profile editor shows it). */
    String whereKept();
}
