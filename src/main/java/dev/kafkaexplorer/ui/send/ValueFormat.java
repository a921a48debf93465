package dev.kafkaexplorer.ui.send;

/** How the produce dialog's value text is meant: any text, or a JSON value that must parse. */
public enum ValueFormat {
    TEXT("Text"), JSON("JSON");

    private final String label;

    ValueFormat(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
