package dev.kafkaexplorer.format;

/** Bytes that are not what the format says, or JSON that does not fit a schema, with the reason in words. */
public class FormatException extends Exception {

    public FormatException(String message) {
        super(message);
    }

    public FormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
