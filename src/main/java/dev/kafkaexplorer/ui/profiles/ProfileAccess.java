package dev.kafkaexplorer.ui.profiles;

import dev.kafkaexplorer.kafka.ClusterAccess;
import dev.kafkaexplorer.kafka.security.SecurityProperties;
import dev.kafkaexplorer.kafka.security.Secrets;
import dev.kafkaexplorer.settings.ClusterProfile;

/**
 * How the editor's *Test connection* reaches the profile being edited (saved or not). May read
 * PEM files: called on the workers.
 */
@FunctionalInterface
public interface ProfileAccess {

    /** The app's: an unsecured profile with no extra property as it is, others through {@link SecurityProperties}. */
    ProfileAccess CLIENT_PROPERTIES = (profile, secrets) -> {
        if (!profile.security().usesSasl() && !profile.security().usesTls() && profile.advancedProperties().isEmpty()) {
            return ClusterAccess.plaintext(profile.bootstrapServers());
        }
        return new ClusterAccess(profile.bootstrapServers(),
                SecurityProperties.toClientProperties(profile.security(), profile.advancedProperties(), secrets));
    };

    /** The access for {@code profile} with {@code secrets}; an exception says in words what is missing. */
    ClusterAccess of(ClusterProfile profile, Secrets secrets);
}
