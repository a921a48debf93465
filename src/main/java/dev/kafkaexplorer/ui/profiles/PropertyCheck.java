package dev.kafkaexplorer.ui.profiles;

import java.util.Optional;

/**
 * Checks one advanced client property as typed (unknown key: a warning; a value of the wrong
 * type: an error). The app's checker is Kafka's own config definitions (kafka/security); until
 * that lands, {@link #ACCEPT_ALL} stands in.
 */
@FunctionalInterface
public interface PropertyCheck {

    /** Finds nothing wrong with any property. */
    PropertyCheck ACCEPT_ALL = (key, value) -> Optional.empty();

    /** What is wrong with {@code key = value}, if anything. */
    Optional<FieldCheck> check(String key, String value);
}
