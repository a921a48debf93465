package dev.kafkaexplorer.fake;

import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Carries out a {@link KeyStrategy}: the key bytes for one generated record. */
@FunctionalInterface
interface KeyChooser {

    /** The UTF-8 key for a record with these fields, or null for none. */
    byte[] keyFor(Map<String, Object> fields);

    /** Draws from {@code random}, the generator's own, so keys repeat with the seed. */
    static KeyChooser of(KeyStrategy strategy, Random random) {
        if (strategy instanceof KeyStrategy.None) {
            return fields -> null;
        }
        if (strategy instanceof KeyStrategy.RandomUuid) {
            return fields -> utf8(SeededValues.uuid(random));
        }
        if (strategy instanceof KeyStrategy.Field field) {
            return new FieldKey(field.fieldName());
        }
        if (strategy instanceof KeyStrategy.HotKeys hot) {
            WeightedChoice<String> keys = new WeightedChoice<>(hotKeyNames(hot.count()), zipfWeights(hot));
            return fields -> utf8(keys.pick(random));
        }
        // Java 17 has no exhaustive switch over a sealed type; a new strategy must be added above.
        throw new IllegalArgumentException("Unsupported key strategy " + strategy);
    }

    private static double[] zipfWeights(KeyStrategy.HotKeys hot) {
        double[] weights = new double[hot.count()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = 1 / Math.pow(i + 1, hot.skew());
        }
        return weights;
    }

    /** "key-0", "key-1", …, made on demand so a large count costs no memory for names. */
    private static List<String> hotKeyNames(int count) {
        return new AbstractList<>() {
            @Override
            public String get(int index) {
                return "key-" + index;
            }

            @Override
            public int size() {
                return count;
            }
        };
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
