package dev.kafkaexplorer.ui.producer;

import dev.kafkaexplorer.kafka.produce.ProducerTuning;
import dev.kafkaexplorer.ui.common.NumberInput;
import dev.kafkaexplorer.ui.producer.ProducerForm.Parsed;
import dev.kafkaexplorer.ui.producer.ProducerForm.StopMode;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * How a producer run sends: rate, when it stops, and the producer settings. Each number is a
 * {@link NumberInput} with its own message; a field another choice makes moot (the rate while "max"
 * is ticked, the stop value while the run never stops) has no rule and so no message.
 */
final class RunSettings {

    private final NumberInput rate = new NumberInput(ProducerForm.RATE, "1000");
    private final BooleanProperty maxRate = new SimpleBooleanProperty(false);
    private final ObjectProperty<StopMode> stopMode = new SimpleObjectProperty<>(StopMode.NEVER);
    private final NumberInput stopValue = new NumberInput(null, "");
    private final StringProperty acks = new SimpleStringProperty(ProducerTuning.defaults().acks());
    private final BooleanProperty idempotence = new SimpleBooleanProperty(ProducerTuning.defaults().idempotence());
    private final StringProperty compression = new SimpleStringProperty(ProducerTuning.defaults().compression());
    private final NumberInput linger = new NumberInput(ProducerForm.LINGER, String.valueOf(ProducerTuning.defaults().lingerMs()));
    private final NumberInput batchSize = new NumberInput(ProducerForm.BATCH_SIZE,
            String.valueOf(ProducerTuning.defaults().batchSizeBytes()));

    RunSettings() {
        maxRate.addListener((obs, old, max) -> rate.ruleProperty().set(max ? null : ProducerForm.RATE));
        stopMode.addListener((obs, old, mode) -> stopValue.ruleProperty().set(ProducerForm.stopRule(mode)));
    }

    /** What can change whether the settings are valid. */
    List<Observable> inputs() {
        return List.of(rate.textProperty(), maxRate, stopMode, stopValue.textProperty(), acks, idempotence,
                compression, linger.textProperty(), batchSize.textProperty());
    }

    /** The checks in the panel's order; the first failing one is the panel's summary. */
    List<Parsed<?>> checks() {
        return List.of(rateValue(), maxRecords(), maxDuration(), tuning());
    }

    Parsed<Optional<Double>> rateValue() {
        return ProducerForm.rate(rate.textProperty().get(), maxRate.get());
    }

    Parsed<OptionalLong> maxRecords() {
        return ProducerForm.maxRecords(stopMode.get(), stopValue.textProperty().get());
    }

    Parsed<Optional<Duration>> maxDuration() {
        return ProducerForm.maxDuration(stopMode.get(), stopValue.textProperty().get());
    }

    Parsed<ProducerTuning> tuning() {
        return ProducerForm.tuning(acks.get(), idempotence.get(), compression.get(),
                linger.textProperty().get(), batchSize.textProperty().get());
    }

    NumberInput rate() {
        return rate;
    }

    BooleanProperty maxRateProperty() {
        return maxRate;
    }

    ObjectProperty<StopMode> stopModeProperty() {
        return stopMode;
    }

    NumberInput stopValue() {
        return stopValue;
    }

    StringProperty acksProperty() {
        return acks;
    }

    BooleanProperty idempotenceProperty() {
        return idempotence;
    }

    StringProperty compressionProperty() {
        return compression;
    }

    NumberInput linger() {
        return linger;
    }

    NumberInput batchSize() {
        return batchSize;
    }
}
