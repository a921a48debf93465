package dev.kafkaexplorer.settings;

import dev.kafkaexplorer.kafka.security.Secrets;
import dev.kafkaexplorer.settings.secrets.SecretStore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The saved cluster profiles: their list (in the settings file, without secrets) and their secrets
 * (in the {@link SecretStore}). Blocking: call it off the FX thread.
 */
public final class ProfileRepository {

    private final SettingsStore settings;
    private final SecretStore secrets;

    public ProfileRepository(SettingsStore settings, SecretStore secrets) {
        this.settings = settings;
        this.secrets = secrets;
    }

    /** The saved profiles, in the user's order (the built-in local broker profile is not among them). */
    public List<ClusterProfile> profiles() {
        return settings.current().profiles();
    }

    public Optional<ClusterProfile> byId(String id) {
        return profiles().stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** The profile named {@code name}, ignoring case (as {@code --profile=NAME} takes it). */
    public Optional<ClusterProfile> byName(String name) {
        return profiles().stream().filter(p -> p.name().equalsIgnoreCase(name.trim())).findFirst();
    }

    /** Replaces the saved list with {@code ordered}; secrets of profiles no longer in it are deleted. */
    public void saveAll(List<ClusterProfile> ordered) {
        List<ClusterProfile> before = profiles();
        settings.update(s -> s.withProfiles(ordered));
        for (ClusterProfile old : before) {
            if (ordered.stream().noneMatch(p -> p.id().equals(old.id()))) {
                old.secretNames().forEach(name -> secrets.delete(old.id(), name));
            }
        }
    }

    /** The secrets saved for {@code profile}. */
    public Secrets secretsOf(ClusterProfile profile) {
        Map<String, String> values = new HashMap<>();
        for (String name : profile.secretNames()) {
            secrets.read(profile.id(), name).ifPresent(value -> values.put(name, value));
        }
        return new Secrets(values);
    }

    /**
     * Stores {@code newSecrets} for {@code profile} (blank ones are deleted) and returns the profile
     * naming the secrets it now has; the caller saves that profile in the list.
     */
    public ClusterProfile storeSecrets(ClusterProfile profile, Secrets newSecrets) {
        List<String> names = new ArrayList<>();
        for (Map.Entry<String, String> secret : newSecrets.values().entrySet()) {
            if (secret.getValue() == null || secret.getValue().isEmpty()) {
                secrets.delete(profile.id(), secret.getKey());
            } else {
                secrets.write(profile.id(), secret.getKey(), secret.getValue());
                names.add(secret.getKey());
            }
        }
        for (String old : profile.secretNames()) {
            if (!newSecrets.values().containsKey(old)) {
                secrets.delete(profile.id(), old);
            }
        }
        names.sort(null);
        return new ClusterProfile(profile.id(), profile.name(), profile.bootstrapServers(), profile.security(),
                profile.advancedProperties(), names, profile.schemaRegistry(), profile.colour(), profile.production(),
                profile.readOnly());
    }

    /** Where the secrets are kept, in words (the profile editor shows it). */
    public String whereSecretsKept() {
        return secrets.whereKept();
    }
}
