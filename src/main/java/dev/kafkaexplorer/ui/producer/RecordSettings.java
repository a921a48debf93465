package dev.kafkaexplorer.ui.producer;

import dev.kafkaexplorer.fake.BuiltInTemplates;
import dev.kafkaexplorer.fake.CustomTemplate;
import dev.kafkaexplorer.fake.GeneratedRecord;
import dev.kafkaexplorer.fake.KeyStrategy;
import dev.kafkaexplorer.fake.RecordGenerator;
import dev.kafkaexplorer.fake.RecordTemplate;
import dev.kafkaexplorer.fake.TemplateException;
import dev.kafkaexplorer.ui.common.LatestRequest;
import dev.kafkaexplorer.ui.common.NumberInput;
import dev.kafkaexplorer.ui.common.TickSource;
import dev.kafkaexplorer.ui.common.UiRuntime;
import dev.kafkaexplorer.ui.producer.ProducerForm.KeyMode;
import dev.kafkaexplorer.ui.producer.ProducerForm.Parsed;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.CompletionException;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What records a producer run sends: the template (built in, or custom JSON checked as typed), how
 * keys are chosen, headers, locale and seed; and a few sample records of them, made off the FX thread.
 */
final class RecordSettings {

    static final String DEFAULT_CUSTOM = """
            {
              "id": "#{Internet.uuid}",
              "customer": "#{Name.fullName}",
              "city": "#{Address.city}",
              "score": "#{Number.numberBetween '1','100'}",
              "active": true
            }""";
    /** Typing pauses this long before the custom template is parsed: parsing runs every expression once. */
    static final Duration PARSE_DELAY = Duration.ofMillis(250);
    private static final int PREVIEW_RECORDS = 3;

    private final ObservableList<TemplateChoice> templates = FXCollections.observableArrayList();
    private final ObjectProperty<TemplateChoice> template = new SimpleObjectProperty<>();
    private final StringProperty customJson = new SimpleStringProperty(DEFAULT_CUSTOM);
    private final ReadOnlyStringWrapper customError = new ReadOnlyStringWrapper("");
    /** The parsed custom template, or null while it is invalid or being checked. */
    private final ReadOnlyObjectWrapper<RecordTemplate> customTemplate = new ReadOnlyObjectWrapper<>();
    private final ObjectBinding<RecordTemplate> current;
    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>(Locale.US);
    private final NumberInput seed = new NumberInput(ProducerForm.SEED, "");
    private final ObjectProperty<KeyMode> keyMode = new SimpleObjectProperty<>(KeyMode.RANDOM_UUID);
    private final StringProperty keyField = new SimpleStringProperty();
    private final ObservableList<String> keyFields = FXCollections.observableArrayList();
    /** Asked for only while keys are "one of N": no rule, no message otherwise. */
    private final NumberInput hotKeyCount = new NumberInput(null, "10");
    private final NumberInput hotKeySkew = new NumberInput(null, "1.2");
    private final BooleanProperty headers = new SimpleBooleanProperty(true);
    private final ReadOnlyStringWrapper preview = new ReadOnlyStringWrapper("");
    private final TickSource.Ticker parseDelay;
    private final LatestRequest customParse;
    private final LatestRequest fieldNames;
    private final LatestRequest samples;
    /** The producer screen has been opened: from then on, key fields and samples are kept current. */
    private boolean screenOpened;

    RecordSettings(UiRuntime runtime) {
        customParse = runtime.latestRequest();
        fieldNames = runtime.latestRequest();
        samples = runtime.latestRequest();
        BuiltInTemplates.all().forEach(t -> templates.add(new TemplateChoice(t.displayName(), t)));
        templates.add(TemplateChoice.CUSTOM);
        template.set(templates.get(0));
        current = Bindings.createObjectBinding(() -> {
            TemplateChoice choice = template.get();
            return choice == null ? null : choice.custom() ? customTemplate.get() : choice.template();
        }, template, customTemplate);

        parseDelay = runtime.ticks().after(PARSE_DELAY, this::parseCustom);
        customJson.addListener((obs, old, now) -> {
            customParse.cancel();
            customTemplate.set(null);
            customError.set("");
            parseDelay.start();
        });
        template.addListener((obs, old, now) -> {
            if (now != null && now.custom() && customTemplate.get() == null) {
                parseCustom();
            }
        });
        current.addListener((obs, old, now) -> {
            if (now == null) {
                // Being typed or not valid yet: the samples shown stay until the parse answers (a
                // failed parse clears them), and answers for the template before are dropped.
                fieldNames.cancel();
                samples.cancel();
                return;
            }
            refreshKeyFields();
            refreshPreview();
        });
        keyMode.addListener((obs, old, mode) -> {
            hotKeyCount.ruleProperty().set(mode == KeyMode.HOT_KEYS ? ProducerForm.HOT_KEYS : null);
            hotKeySkew.ruleProperty().set(mode == KeyMode.HOT_KEYS ? ProducerForm.SKEW : null);
        });
        for (Observable input : List.of(locale, seed.textProperty(), keyMode, keyField, hotKeyCount.textProperty(),
                hotKeySkew.textProperty(), headers)) {
            input.addListener(o -> refreshPreview());
        }
    }

    private void parseCustom() {
        String json = customJson.get();
        // Parsing evaluates every expression once with datafaker, which loads its data files: off the FX thread.
        customParse.runOnWorker(() -> {
            try {
                return CustomTemplate.parse("custom", json);
            } catch (TemplateException e) {
                throw new CompletionException(e);
            }
        }, parsed -> {
            customError.set("");
            customTemplate.set(parsed);
        }, error -> {
            customError.set(error.getMessage());
            refreshPreview();
        });
    }

    /** The template to generate from, or null while a custom one is invalid or being checked. */
    ObjectBinding<RecordTemplate> currentTemplate() {
        return current;
    }

    /**
     * The producer screen was opened: lists the template's fields for the key choice and shows
     * sample records from now on. Until then neither is made: both generate a record, and
     * datafaker's first record (parsing its locale's YAML data, then compiling that parser) costs
     * seconds of CPU that a start would otherwise spend beside starting the broker.
     */
    void screenOpened() {
        if (!screenOpened) {
            screenOpened = true;
            refreshKeyFields();
            refreshPreview();
        }
    }

    private void refreshKeyFields() {
        RecordTemplate t = current.get();
        if (t == null || !screenOpened) {
            return;
        }
        Locale l = locale.get();
        fieldNames.runOnWorker(() -> RecordGenerator.fieldNames(t, l), fields -> {
            String chosen = keyField.get();
            keyFields.setAll(fields);
            keyField.set(fields.contains(chosen) ? chosen : fields.isEmpty() ? null : fields.get(0));
        }, error -> {
            // The template cannot make a record: the sample records say why; the key list stays as it was.
        });
    }

    /** Generates a few sample records off the FX thread and shows them as text. */
    void refreshPreview() {
        if (!screenOpened) {
            return;
        }
        RecordTemplate t = current.get();
        Parsed<KeyStrategy> keys = keys();
        Parsed<OptionalLong> seedValue = seed();
        if (t == null || !keys.valid() || !seedValue.valid()) {
            samples.cancel();
            preview.set(t == null ? "" : "(fix the fields above to see sample records)");
            return;
        }
        boolean withHeaders = headers.get();
        Locale l = locale.get();
        long runSeed = seedValue.value().orElseGet(() -> new SecureRandom().nextLong());
        samples.runOnWorker(() -> sampleText(new RecordGenerator(t, keys.value(), withHeaders, l, runSeed)),
                preview::set, error -> preview.set("Cannot generate: " + error.getMessage()));
    }

    private static String sampleText(RecordGenerator generator) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < PREVIEW_RECORDS; i++) {
            GeneratedRecord r = generator.next();
            text.append("key: ").append(r.key() == null ? "(none)" : new String(r.key(), StandardCharsets.UTF_8)).append('\n');
            for (Map.Entry<String, byte[]> h : r.headers().entrySet()) {
                text.append("header ").append(h.getKey()).append(": ")
                        .append(new String(h.getValue(), StandardCharsets.UTF_8)).append('\n');
            }
            text.append(RecordGenerator.prettyJson(r.value())).append("\n\n");
        }
        return text.toString().stripTrailing();
    }

    Parsed<KeyStrategy> keys() {
        return ProducerForm.keys(keyMode.get(), keyField.get(), hotKeyCount.textProperty().get(), hotKeySkew.textProperty().get());
    }

    Parsed<OptionalLong> seed() {
        return ProducerForm.seed(seed.textProperty().get());
    }

    /** The inputs whose changes can change what is valid. */
    List<Observable> inputs() {
        return List.of(template, customError, seed.textProperty(), keyMode, keyField, hotKeyCount.textProperty(),
                hotKeySkew.textProperty());
    }

    ObservableList<TemplateChoice> templates() {
        return templates;
    }

    ObjectProperty<TemplateChoice> templateProperty() {
        return template;
    }

    StringProperty customJsonProperty() {
        return customJson;
    }

    ReadOnlyStringProperty customErrorProperty() {
        return customError.getReadOnlyProperty();
    }

    ObjectProperty<Locale> localeProperty() {
        return locale;
    }

    NumberInput seedInput() {
        return seed;
    }

    ObjectProperty<KeyMode> keyModeProperty() {
        return keyMode;
    }

    StringProperty keyFieldProperty() {
        return keyField;
    }

    ObservableList<String> keyFields() {
        return keyFields;
    }

    NumberInput hotKeyCount() {
        return hotKeyCount;
    }

    NumberInput hotKeySkew() {
        return hotKeySkew;
    }

    BooleanProperty headersProperty() {
        return headers;
    }

    ReadOnlyStringProperty previewProperty() {
        return preview.getReadOnlyProperty();
    }
}
