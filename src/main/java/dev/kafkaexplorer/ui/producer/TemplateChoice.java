package dev.kafkaexplorer.ui.producer;

import dev.kafkaexplorer.fake.RecordTemplate;

/** One entry of the producer's template list; {@code template} is null for the custom JSON entry. */
public record TemplateChoice(String label, RecordTemplate template) {

    /** The entry whose template the user writes as JSON. */
    public static final TemplateChoice CUSTOM = new TemplateChoice("Custom JSON template…", null);

    public boolean custom() {
        return template == null;
    }

    @Override
    public String toString() {
        return label;
    }
}
