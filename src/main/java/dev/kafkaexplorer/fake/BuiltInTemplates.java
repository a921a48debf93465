package dev.kafkaexplorer.fake;

import java.util.List;
import java.util.Optional;

/** The templates that ship with the app, in the order the producer screen offers them. */
public final class BuiltInTemplates {

    private static final List<RecordTemplate> ALL = List.of(
            new UserSignupTemplate(),
            new OrderTemplate(),
            new PageViewTemplate(),
            new SensorReadingTemplate(),
            new PaymentTemplate(),
            new LogLineTemplate());

    private BuiltInTemplates() {
    }

    public static List<RecordTemplate> all() {
        return ALL;
    }

    public static Optional<RecordTemplate> byId(String id) {
        return ALL.stream().filter(template -> template.id().equals(id)).findFirst();
    }
}
