package dev.kafkaexplorer.ui.profiles;

import dev.kafkaexplorer.kafka.ClusterAccess;
import dev.kafkaexplorer.kafka.security.Secrets;
import dev.kafkaexplorer.settings.ClusterProfile;

/**
 * How the editor's *Test connection* reaches the profile being edited (saved or not). May read
 * PEM files: called on the workers.
 */
@FunctionalInterface
public interface ProfileAccess {

    /** The app's: the profile's servers with the client properties its security and secrets make. */
    ProfileAccess CLIENT_PROPERTIES = ClusterProfile::accessWith;

    /** The access for {@code profile} with {@code secrets}; an exception says in words what is missing. */
    ClusterAccess of(ClusterProfile profile, Secrets secrets);
}
