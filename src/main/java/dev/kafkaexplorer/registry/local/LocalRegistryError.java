package dev.kafkaexplorer.registry.local;

/**
 * A refusal of the local registry, with the HTTP status and the error code Confluent's API gives
 * for it (40401 subject not found, 40403 schema not found, 409 incompatible, 42201 invalid schema…).
 */
final class LocalRegistryError extends Exception {

    private final int status;
    private final int code;

    LocalRegistryError(int status, int code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    int status() {
        return status;
    }

    int code() {
        return code;
    }

    static LocalRegistryError subjectNotFound(String subject) {
        return new LocalRegistryError(404, 40401, "Subject '" + subject + "' not found.");
    }

    static LocalRegistryError versionNotFound(String subject, String version) {
        return new LocalRegistryError(404, 40402, "Version " + version + " not found for subject '" + subject + "'.");
    }

    static LocalRegistryError schemaNotFound(String what) {
        return new LocalRegistryError(404, 40403, what + " not found.");
    }

    static LocalRegistryError invalidSchema(String why) {
        return new LocalRegistryError(422, 42201, "Invalid schema: " + why);
    }

    static LocalRegistryError invalidVersion(String version) {
        return new LocalRegistryError(422, 42202,
                "The specified version '" + version + "' is not a valid version id. Allowed values are between [1, 2^31-1] and the string \"latest\"");
    }

    static LocalRegistryError badRequest(String why) {
        return new LocalRegistryError(400, 400, why);
    }
}
