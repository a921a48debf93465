package dev.kafkaexplorer.fake;

/** A custom template the user wrote cannot be used; the message says why in plain words. */
public final class TemplateException extends Exception {

    private static final long serialVersionUID = 1L;

    public TemplateException(String message) {
        super(message);
    }
}
