package dev.kafkaexplorer.ui.profiles;

import dev.kafkaexplorer.kafka.security.AdvancedPropertyCheck;
import java.util.Optional;

/**
 * Checks one advanced client property as typed (unknown key: a warning; a value of the wrong
 * type: an error). The app's is {@link #KAFKA_CONFIG_DEFS}; tests may pass their own.
 */
@FunctionalInterface
public interface PropertyCheck {

    /** Finds nothing wrong with any property. */
    PropertyCheck ACCEPT_ALL = (key, value) -> Optional.empty();

    /** Kafka's own admin, producer and consumer config definitions ({@link AdvancedPropertyCheck}). */
    PropertyCheck KAFKA_CONFIG_DEFS = (key, value) -> {
        AdvancedPropertyCheck.Result result = AdvancedPropertyCheck.check(key, value);
        return switch (result.level()) {
            case OK -> Optional.empty();
            case WARNING -> Optional.of(FieldCheck.warning(result.message()));
            case ERROR -> Optional.of(FieldCheck.error(result.message()));
        };
    };

    /** What is wrong with {@code key = value}, if anything. */
    Optional<FieldCheck> check(String key, String value);
}
