package dev.kafkaexplorer.format;

/**
 * Which registered schema decoded a record: its id (from the record's own header) and, when the
 * registry named them, its subject and version ({@code subject} null and {@code version} 0 when not).
 */
public record SchemaRef(int id, String subject, int version) {

    /** What the schema column shows: the subject with its version, or the id alone as a plain number. */
    public String columnText() {
        return subject == null ? Integer.toString(id) : subject + " v" + version;
    }

    /** The detail pane's words: "subject orders-value, version 3, id 17". */
    public String describe() {
        return subject == null ? "schema id " + id : "subject " + subject + ", version " + version + ", id " + id;
    }
}
