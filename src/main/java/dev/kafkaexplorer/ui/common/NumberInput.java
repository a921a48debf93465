package dev.kafkaexplorer.ui.common;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A number field as a view-model holds it: the text exactly as typed (never rewritten), the
 * {@link NumberRule} it must meet, and the reason in words while it does not. A null rule means the
 * field is not asked for now (hidden, or another choice makes it moot): no error then.
 */
public final class NumberInput {

    private final StringProperty text;
    private final ObjectProperty<NumberRule> rule;
    private final ReadOnlyObjectWrapper<NumberRule.Check> check = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    public NumberInput(NumberRule rule, String text) {
        this.text = new SimpleStringProperty(text);
        this.rule = new SimpleObjectProperty<>(rule);
        this.text.addListener(o -> recheck());
        this.rule.addListener(o -> recheck());
        recheck();
    }

    private void recheck() {
        NumberRule r = rule.get();
        NumberRule.Check now = r == null ? NumberRule.Check.BLANK : r.check(text.get());
        check.set(now);
        error.set(now.error());
    }

    /** The field's text; bind a control's text to it both ways. */
    public StringProperty textProperty() {
        return text;
    }

    /** The rule in force; set another when limits change (a topic with more partitions), null when not asked. */
    public ObjectProperty<NumberRule> ruleProperty() {
        return rule;
    }

    /** The reason the text is not valid, in words; empty while it is. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<NumberRule.Check> checkProperty() {
        return check.getReadOnlyProperty();
    }

    public NumberRule.Check check() {
        return check.get();
    }

    public boolean valid() {
        return check.get().valid();
    }
}
