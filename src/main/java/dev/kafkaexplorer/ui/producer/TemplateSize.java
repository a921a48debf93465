package dev.kafkaexplorer.ui.producer;

import dev.kafkaexplorer.ui.common.BoundedTextArea;
import dev.kafkaexplorer.ui.common.ByteSizes;

/**
 * How long a custom template may be, and the words when a paste would make it longer. A template
 * describes one record; megabytes of it would only freeze the editor (a text area lays out all its
 * text), so such a paste is refused rather than held.
 */
final class TemplateSize {

    /** The most characters the custom template editor holds. */
    static final int MAX_CHARS = BoundedTextArea.DEFAULT_LIMIT;

    private TemplateSize() {
    }

    /** Why a paste that would make the template {@code chars} long was not made. */
    static String refusal(long chars) {
        return "Not pasted: the template would be " + ByteSizes.grouped(chars) + " characters long, and a template is"
                + " at most " + ByteSizes.grouped(MAX_CHARS) + ". It describes one record: let #{…} expressions make"
                + " long values, or send a large value with Produce message… and Load value from file….";
    }
}
