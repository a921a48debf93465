package dev.kafkaexplorer.ui.profiles;

/** What the editor says next to one field: nothing, a warning that does not stop Save, or an error that does. */
public record FieldCheck(String words, boolean blocks) {

    public static final FieldCheck OK = new FieldCheck("", false);

    public static FieldCheck error(String words) {
        return new FieldCheck(words, true);
    }

    public static FieldCheck warning(String words) {
        return new FieldCheck(words, false);
    }

    public boolean isOk() {
        return words.isEmpty();
    }
}
