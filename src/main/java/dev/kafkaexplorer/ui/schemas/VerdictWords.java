package dev.kafkaexplorer.ui.schemas;

import dev.kafkaexplorer.registry.CompatibilityVerdict;

/** What the registry answered to a new schema, in the words the Schemas tab shows. Pure. */
final class VerdictWords {

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

    /**
     * Why the registry refused to register, in the client's words, which name the cause and carry
     * the registry's reasons ("the schema is incompatible with subject …: …", "the schema is not valid: …").
     */
    static String refused(Throwable error) {
        return "Not registered: " + RegistryTasks.words(error);
    }
}
