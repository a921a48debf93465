package dev.kafkaexplorer.ui.producer;

import java.util.Locale;
import javafx.util.StringConverter;

/** A fake-data locale as the locale choice shows it: its name in English ("German (Germany)"). */
final class LocaleNames extends StringConverter<Locale> {

    @Override
    public String toString(Locale locale) {
        return locale == null ? "" : locale.getDisplayName(Locale.ENGLISH);
    }

    @Override
    public Locale fromString(String text) {
        return Locale.forLanguageTag(text);
    }
}
