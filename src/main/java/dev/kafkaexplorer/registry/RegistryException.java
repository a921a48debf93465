package dev.kafkaexplorer.registry;

import java.util.OptionalInt;

/**
 * A registry request that did not give what was asked, with its cause in words a user can act on
 * ("schema id 777 not found in the registry", "the registry refused the login (HTTP 401)", "no answer
 * from http://…"). {@code errorCode} is the registry's own {@code error_code} when it sent one
 * (40401 subject not found, 40403 schema not found, 409 incompatible, 42201 invalid schema…).
 */
public class RegistryException extends Exception {

    private final int httpStatus;
    private final OptionalInt errorCode;

    public RegistryException(String message, int httpStatus, OptionalInt errorCode, Throwable cause) {
        super(message, cause);
        this.httpStatus = httpStatus;
        this.errorCode = errorCode;
    }

    public RegistryException(String message) {
        this(message, 0, OptionalInt.empty(), null);
    }

    /** The HTTP status, or 0 when no answer came. */
    public int httpStatus() {
        return httpStatus;
    }

    public OptionalInt errorCode() {
        return errorCode;
    }

    /** Whether the thing asked for does not exist (HTTP 404), as opposed to a failure to ask. */
    public boolean notFound() {
        return httpStatus == 404;
    }
}
