package dev.kafkaexplorer.fake;

import java.util.Map;
import java.util.Random;
import net.datafaker.Faker;

/**
 * A kind of record: produces the fields of one record as an ordered map whose values are String,
 * Number, Boolean, or nested Map/List of those. Implementations keep no state between calls, so one
 * instance serves every generator; all randomness comes from the arguments.
 */
public interface RecordTemplate {

    /** A stable identifier, e.g. {@code user-signup}; it also goes into the {@code template} header. */
    String id();

    /** The name shown to the user, e.g. {@code User sign-up}. */
    String displayName();

    /** The fields of one new record; {@code faker} draws from the same {@code random}. */
    Map<String, Object> generate(Faker faker, Random random);
}
