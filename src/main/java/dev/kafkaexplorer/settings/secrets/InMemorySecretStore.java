package dev.kafkaexplorer.settings.secrets;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Secrets kept only while the app runs: for tests, and for a run whose secrets must not outlive it. */
public final class InMemorySecretStore implements SecretStore {

    private final Map<String, String> values = new ConcurrentHashMap<>();

    @Override
    public Optional<String> read(String profileId, String name) {
        return Optional.ofNullable(values.get(profileId + "/" + name));
    }

    @Override
    public void write(String profileId, String name, String value) {
        values.put(profileId + "/" + name, value);
    }

    @Override
    public void delete(String profileId, String name) {
        values.remove(profileId + "/" + name);
    }

    @Override
    public String whereKept() {
        return "in memory only: forgotten when the app closes";
    }
}
