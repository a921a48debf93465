package dev.kafkaexplorer.settings;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.kafkaexplorer.format.RecordFormat;

/**
 * The formats the live table reads one topic's keys and values with, remembered per topic per
 * cluster. A format this version does not know reads back as Auto.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TopicFormats(RecordFormat key, RecordFormat value) {

    /** What a topic is read with until the user chooses otherwise. */
    public static final TopicFormats AUTO = new TopicFormats(RecordFormat.AUTO, RecordFormat.AUTO);

    public TopicFormats {
        key = key == null ? RecordFormat.AUTO : key;
        value = value == null ? RecordFormat.AUTO : value;
    }

    public boolean isAuto() {
        return key == RecordFormat.AUTO && value == RecordFormat.AUTO;
    }
}
