package dev.kafkaexplorer.fake;

import java.util.List;
import java.util.Random;

/** Picks one of a fixed list of values with given relative weights, drawing from the caller's Random. */
final class WeightedChoice<T> {

    private final List<T> values;
    private final double[] cumulative;

    WeightedChoice(List<T> values, double... weights) {
        if (values.isEmpty() || values.size() != weights.length) {
            throw new IllegalArgumentException(
                    values.size() + " values need as many weights, got " + weights.length);
        }
        this.values = values;
        this.cumulative = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            // Zero is allowed: a steep Zipf skew over many keys underflows the tail's weights to 0.
            if (!(weights[i] >= 0) || Double.isInfinite(weights[i])) {
                throw new IllegalArgumentException("Weights must be finite and >= 0, not " + weights[i]);
            }
            sum += weights[i];
            cumulative[i] = sum;
        }
        if (!(sum > 0)) {
            throw new IllegalArgumentException("At least one weight must be positive");
        }
    }

    T pick(Random random) {
        double point = random.nextDouble() * cumulative[cumulative.length - 1];
        // The first value whose cumulative weight exceeds the point; the last if rounding overshoots.
        int low = 0;
        int high = cumulative.length - 1;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (cumulative[middle] > point) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return values.get(low);
    }
}
