package dev.kafkaexplorer.ui.common;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a typed number may be, and the reason in words why a text is not one (DESIGN.md §5). It
 * only reads the text: a value out of range is refused, never clamped, stepped or dropped.
 * Immutable; the {@code atLeast}/{@code atMost}/{@code optional} methods return changed copies.
 */
public final class NumberRule {

    /** Digits with an optional fraction, or digit groups of three (1,000 or 1 000 or 1_000). */
    private static final Pattern PLAIN = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");
    private static final Pattern GROUPED = Pattern.compile("[+-]?\\d{1,3}([,_ \u00a0\u202f]\\d{3})+(\\.\\d*)?");
    private static final Pattern SEPARATORS = Pattern.compile("[,_ \u00a0\u202f]");

    private final String name;
    private final boolean whole;
    private final BigDecimal min;
    private final BigDecimal max;
    private final String minReason;
    private final String maxReason;
    private final String blankMeaning;

    private NumberRule(String name, boolean whole, BigDecimal min, BigDecimal max, String minReason, String maxReason,
                       String blankMeaning) {
        this.name = name;
        this.whole = whole;
        this.min = min;
        this.max = max;
        this.minReason = minReason;
        this.maxReason = maxReason;
        this.blankMeaning = blankMeaning;
    }

    /** A whole number that fits a {@code long}, named {@code name} in messages ("Partitions"). */
    public static NumberRule wholeNumber(String name) {
        return new NumberRule(name, true, BigDecimal.valueOf(Long.MIN_VALUE), BigDecimal.valueOf(Long.MAX_VALUE), "", "", null);
    }

    /** A number that may have a fraction ("0.5"). */
    public static NumberRule decimal(String name) {
        return new NumberRule(name, false, null, null, "", "", null);
    }

    public NumberRule atLeast(long least) {
        return atLeast(BigDecimal.valueOf(least));
    }

    /** At least {@code least}; {@code reason} says why, after the limit ("partitions are never removed"). */
    public NumberRule atLeast(long least, String reason) {
        return new NumberRule(name, whole, BigDecimal.valueOf(least), max, reason, maxReason, blankMeaning);
    }

    public NumberRule atLeast(BigDecimal least) {
        return new NumberRule(name, whole, least, max, "", maxReason, blankMeaning);
    }

    public NumberRule atMost(long most) {
        return atMost(most, "");
    }

    /** At most {@code most}; {@code reason} says why, after the limit ("the number of brokers"). */
    public NumberRule atMost(long most, String reason) {
        return new NumberRule(name, whole, min, BigDecimal.valueOf(most), minReason, reason, blankMeaning);
    }

    /** An empty field is valid and means {@code meaning} (e.g. "let the producer choose"). */
    public NumberRule optional(String meaning) {
        return new NumberRule(name, whole, min, max, minReason, maxReason, Objects.requireNonNull(meaning));
    }

    public String name() {
        return name;
    }

    /** The verdict on {@code text} as typed. */
    public Check check(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return blankMeaning != null ? Check.BLANK : Check.refused(name + ": enter " + kind() + range(" ", ""));
        }
        BigDecimal number = parse(t);
        if (number == null || (whole && number.stripTrailingZeros().scale() > 0)) {
            return Check.refused(name + ": “" + shortened(t) + "” is not " + kind()
                    + (blankMeaning == null ? "" : " (empty: " + blankMeaning + ")"));
        }
        if (min != null && number.compareTo(min) < 0) {
            return Check.refused(name + ": at least " + format(min) + (minReason.isEmpty() ? "" : ", " + minReason));
        }
        if (max != null && number.compareTo(max) > 0) {
            return Check.refused(isLongLimit(max) ? name + ": too large a number"
                    : name + ": at most " + format(max) + (maxReason.isEmpty() ? "" : ", " + maxReason));
        }
        return new Check(number, "");
    }

    /**
     * The text a spinner arrow makes of {@code text}: {@code steps} added and kept within the
     * limits (the user asked for a step); empty when the text is no number to step from.
     */
    public java.util.Optional<String> step(String text, int steps) {
        BigDecimal number = text == null ? null : parse(text.strip());
        if (number == null && text != null && text.isBlank()) {
            number = min != null && !isLongLimit(min) ? min.subtract(BigDecimal.valueOf(steps)) : BigDecimal.ZERO;
        }
        if (number == null) {
            return java.util.Optional.empty();
        }
        BigDecimal next = number.add(BigDecimal.valueOf(steps));
        if (min != null && next.compareTo(min) < 0) {
            next = min;
        }
        if (max != null && next.compareTo(max) > 0) {
            next = max;
        }
        return java.util.Optional.of(next.stripTrailingZeros().toPlainString());
    }

    /** The limits as words, e.g. " from 1 to 10,000" or " (1 or more)"; empty when there are none worth saying. */
    private String range(String before, String after) {
        boolean hasMin = min != null && !isLongLimit(min);
        boolean hasMax = max != null && !isLongLimit(max);
        if (hasMin && hasMax) {
            return before + "from " + format(min) + " to " + format(max) + after;
        }
        if (hasMin) {
            return before + format(min) + " or more" + after;
        }
        return hasMax ? before + "up to " + format(max) + after : "";
    }

    private String kind() {
        return whole ? "a whole number" : "a number";
    }

    private static boolean isLongLimit(BigDecimal limit) {
        return limit.equals(BigDecimal.valueOf(Long.MAX_VALUE)) || limit.equals(BigDecimal.valueOf(Long.MIN_VALUE));
    }

    private static BigDecimal parse(String t) {
        String digits;
        if (PLAIN.matcher(t).matches()) {
            digits = t;
        } else if (GROUPED.matcher(t).matches()) {
            digits = SEPARATORS.matcher(t).replaceAll("");
        } else {
            return null;
        }
        try {
            return new BigDecimal(digits.endsWith(".") ? digits + "0" : digits);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Grouped as the app shows counts, independent of the machine's locale so messages read the same. */
    static String format(BigDecimal n) {
        BigDecimal plain = n.stripTrailingZeros();
        return plain.scale() <= 0 ? String.format(Locale.ROOT, "%,d", plain.toBigInteger()) : plain.toPlainString();
    }

    private static String shortened(String t) {
        return t.length() <= 24 ? t : t.substring(0, 23) + "…";
    }

    /** A number read from a text, or the reason it is none; blank (valid, no number) where the rule allows it. */
    public record Check(BigDecimal number, String error) {

        static final Check BLANK = new Check(null, "");

        static Check refused(String error) {
            return new Check(null, error);
        }

        public boolean valid() {
            return error.isEmpty();
        }

        /** Valid and empty: the field's meaning for "nothing typed" applies. */
        public boolean blank() {
            return valid() && number == null;
        }

        /** The number; only for a valid, non-blank check of a rule whose limits fit a long. */
        public long longValue() {
            return number.longValueExact();
        }

        public int intValue() {
            return number.intValueExact();
        }

        public double doubleValue() {
            return number.doubleValue();
        }
    }
}
