package dev.kafkaexplorer.ui.common;

import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.util.converter.DefaultStringConverter;

/**
 * Lets a {@link Spinner} edit a {@link NumberInput}: its value is the typed text itself, so the
 * commit a spinner does when it loses focus changes nothing (a number spinner would clamp it, or
 * throw on "abc"); the arrows step a number within the input's rule.
 */
public final class NumberSpinner {

    private NumberSpinner() {
    }

    public static void bind(Spinner<String> spinner, NumberInput input) {
        spinner.setValueFactory(new Steps(input));
        spinner.getEditor().textProperty().bindBidirectional(input.textProperty());
    }

    /** A value factory over the input's text. */
    private static final class Steps extends SpinnerValueFactory<String> {
        private final NumberInput input;

        Steps(NumberInput input) {
            this.input = input;
            setConverter(new DefaultStringConverter());
            setValue(input.textProperty().get());
        }

        @Override
        public void decrement(int steps) {
            step(-steps);
        }

        @Override
        public void increment(int steps) {
            step(steps);
        }

        private void step(int steps) {
            NumberRule rule = input.ruleProperty().get();
            if (rule == null) {
                return;
            }
            rule.step(input.textProperty().get(), steps).ifPresent(next -> {
                input.textProperty().set(next);
                setValue(next);
            });
        }
    }
}
