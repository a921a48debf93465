package dev.kafkaexplorer.ui.profiles;

import dev.kafkaexplorer.kafka.ClusterAccess;
import dev.kafkaexplorer.kafka.security.Secrets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;

/**
 * The editor's advanced client properties: {@code key = value} lines as typed, each checked as
 * it is typed (a line that is no property, a key given twice, and what the {@link PropertyCheck}
 * finds). A secret property's value is kept as a secret, not in the settings: a saved one is shown
 * as {@link #KEPT}, which keeps it unchanged.
 */
final class AdvancedProperties {

    /** Stands for a saved secret value in the text; the secret itself is never shown. */
    static final String KEPT = "********";

    /** One line's finding, in words: "line 3 (linger.ms): …". */
    record Finding(int line, String words, boolean blocks) {
        @Override
        public String toString() {
            return "Line " + line + ": " + words;
        }
    }

    private record Parsed(Map<String, String> values, List<Finding> findings) {
    }

    final StringProperty text = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<Parsed> parsed = new ReadOnlyObjectWrapper<>();
    private final PropertyCheck check;
    private Secrets saved = Secrets.none();

    AdvancedProperties(PropertyCheck check) {
        this.check = check;
        parsed.bind(Bindings.createObjectBinding(() -> parse(text.get()), text));
    }

    /** Shows {@code properties}; secret ones as {@link #KEPT} when {@code secrets} holds their value. */
    void load(Map<String, String> properties, Secrets secrets) {
        saved = secrets;
        StringBuilder lines = new StringBuilder();
        new TreeMap<>(properties).forEach((key, value) -> {
            boolean hidden = secrets.get(Secrets.forProperty(key)).isPresent();
            lines.append(key).append(" = ").append(hidden ? KEPT : value).append('\n');
        });
        text.set(lines.toString());
    }

    /** The secrets saved now: what {@link #KEPT} stands for from here on. */
    void keptSecrets(Secrets secrets) {
        saved = secrets;
    }

    /** The findings of every line, in line order. */
    ObservableValue<List<Finding>> findings() {
        return parsed.getReadOnlyProperty().map(Parsed::findings);
    }

    BooleanBinding hasErrors() {
        return Bindings.createBooleanBinding(() -> parsed.get().findings().stream().anyMatch(Finding::blocks), parsed);
    }

    /** The properties for the profile: a secret one with an empty value (its value is a secret). */
    Map<String, String> properties() {
        Map<String, String> out = new LinkedHashMap<>();
        parsed.get().values().forEach((key, value) -> out.put(key, ClusterAccess.isSecret(key) ? "" : value));
        return out;
    }

    /** The values of the secret properties, by their secret names ({@link #KEPT}: the saved value). */
    Map<String, String> secrets() {
        Map<String, String> out = new LinkedHashMap<>();
        parsed.get().values().forEach((key, value) -> {
            if (ClusterAccess.isSecret(key)) {
                String name = Secrets.forProperty(key);
                out.put(name, KEPT.equals(value) ? saved.get(name).orElse("") : value);
            }
        });
        return out;
    }

    private Parsed parse(String all) {
        Map<String, String> values = new LinkedHashMap<>();
        List<Finding> findings = new ArrayList<>();
        String[] lines = all.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            int number = i + 1;
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
                continue;
            }
            int equals = line.indexOf('=');
            if (equals <= 0) {
                findings.add(new Finding(number, "\"" + line + "\" is not a property: write key = value.", true));
                continue;
            }
            String key = line.substring(0, equals).strip();
            String value = line.substring(equals + 1).strip();
            if (values.containsKey(key)) {
                findings.add(new Finding(number, key + " is given twice: keep one line.", true));
                continue;
            }
            values.put(key, value);
            Optional<FieldCheck> found = check.check(key, value);
            found.ifPresent(f -> findings.add(new Finding(number, key + ": " + f.words(), f.blocks())));
        }
        return new Parsed(values, List.copyOf(findings));
    }
}
