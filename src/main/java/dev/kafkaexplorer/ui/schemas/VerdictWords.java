package dev.kafkaexplorer.ui.schemas;

import dev.kafkaexplorer.registry.CompatibilityVerdict;
import dev.kafkaexplorer.registry.RegistryException;

/** What the registry answered to a new schema, in the words the Schemas tab shows. Pure. */
final class VerdictWords {

    /** Confluent's error codes for "incompatible" (HTTP 409) and "invalid schema". */
    private static final int INCOMPATIBLE = 409;
    private static final int INVALID_SCHEMA = 42201;

    private VerdictWords() {
    }

    /** The registry's verdict on a schema as {@code subject}'s next version, with its reasons. */
    static String verdict(String subject, CompatibilityVerdict verdict) {
        if (verdict.compatible()) {
            return "Compatible: “" + subject + "” can take this schema as its next version.";
        }
        String reasons = String.join("; ", verdict.reasons());
        return "Not compatible with the latest version of “" + subject + "”"
                + (reasons.isEmpty() ? " (the registry gave no reasons)." : ": " + reasons);
    }

    /** A subject with no version yet: anything valid may be its first. */
    static String firstVersion(String subject) {
        return "Compatible: “" + subject + "” has no version yet, so this schema would be its first.";
    }

    /** A register that added {@code version} (or found the schema already there, {@code existed}). */
    static String registered(String subject, int version, int id, boolean existed) {
        return existed
                ? "Already registered: version " + version + " of “" + subject + "” is this schema (id " + id + "). Nothing was added."
                : "Registered version " + version + " of “" + subject + "”, schema id " + id + ".";
    }

    /** Why the registry refused to register, in words. */
    static String refused(String subject, Throwable error) {
        String words = RegistryTasks.words(error);
        if (RegistryTasks.cause(error) instanceof RegistryException e) {
            int code = e.errorCode().orElse(0);
            if (code == INCOMPATIBLE || e.httpStatus() == 409) {
                return "Not registered: incompatible with the earlier versions of “" + subject + "”. " + words;
            }
            if (code == INVALID_SCHEMA || e.httpStatus() == 422) {
                return "Not registered: the registry finds the schema invalid. " + words;
            }
        }
        return "Not registered: " + words;
    }
}
