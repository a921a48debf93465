package dev.kafkaexplorer.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The shared rule for typed numbers: every bad text gets words, none is changed into a number it is not. */
class NumberRuleTest {

    private final NumberRule partitions = NumberRule.wholeNumber("Partitions").atLeast(1).atMost(10_000);

    @Test
    void zeroMinusThreeLettersAndTooManyAreRefusedInWords() {
        assertThat(partitions.check("0").error()).isEqualTo("Partitions: at least 1");
        assertThat(partitions.check("-3").error()).isEqualTo("Partitions: at least 1");
        assertThat(partitions.check("abc").error()).isEqualTo("Partitions: “abc” is not a whole number");
        assertThat(partitions.check("100000").error()).isEqualTo("Partitions: at most 10,000");
        assertThat(partitions.check("2.5").error()).isEqualTo("Partitions: “2.5” is not a whole number");
        assertThat(partitions.check("").error()).isEqualTo("Partitions: enter a whole number from 1 to 10,000");
        assertThat(partitions.check("3x").valid()).isFalse();
    }

    @Test
    void validTextGivesItsNumberWithGroupingAndSpacesAround() {
        assertThat(partitions.check("3").intValue()).isEqualTo(3);
        assertThat(partitions.check(" 10000 ").intValue()).isEqualTo(10_000);
        assertThat(partitions.check("1,000").intValue()).isEqualTo(1000);
        assertThat(partitions.check("1_000").intValue()).isEqualTo(1000);
        // A comma that does not group three digits is no thousands separator: refused, not read as 15.
        assertThat(NumberRule.decimal("Rate").check("1,5").valid()).isFalse();
    }

    @Test
    void aLimitWithAReasonSaysIt() {
        NumberRule rf = NumberRule.wholeNumber("Replication factor").atLeast(1)
                .atMost(1, "the number of brokers in this cluster");
        assertThat(rf.check("3").error()).isEqualTo("Replication factor: at most 1, the number of brokers in this cluster");
        assertThat(rf.check("1").valid()).isTrue();
    }

    @Test
    void anOptionalFieldMayStayEmptyAndAWholeNumberMustFitALong() {
        NumberRule seed = NumberRule.wholeNumber("Seed").optional("a new random seed");
        assertThat(seed.check("  ").blank()).isTrue();
        assertThat(seed.check("-42").longValue()).isEqualTo(-42);
        assertThat(seed.check("99999999999999999999").error()).isEqualTo("Seed: too large a number");
    }

    @Test
    void decimalsKeepTheirFraction() {
        NumberRule rate = NumberRule.decimal("Rate").atLeast(new BigDecimal("0.1")).atMost(10_000_000);
        assertThat(rate.check("0.5").doubleValue()).isEqualTo(0.5);
        assertThat(rate.check("0").error()).isEqualTo("Rate: at least 0.1");
        assertThat(rate.check("").error()).isEqualTo("Rate: enter a number from 0.1 to 10,000,000");
        assertThat(rate.check("fast").error()).isEqualTo("Rate: “fast” is not a number");
    }

    @Test
    void anInputKeepsItsTextAndFollowsItsRule() {
        NumberInput input = new NumberInput(partitions, "1");
        assertThat(input.errorProperty().get()).isEmpty();
        input.textProperty().set("-3");
        assertThat(input.errorProperty().get()).isEqualTo("Partitions: at least 1");
        assertThat(input.textProperty().get()).isEqualTo("-3");
        input.ruleProperty().set(null);
        assertThat(input.errorProperty().get()).as("not asked for: no error").isEmpty();
        input.ruleProperty().set(partitions.atLeast(-5));
        assertThat(input.valid()).isTrue();
        assertThat(input.check().intValue()).isEqualTo(-3);
    }
}
