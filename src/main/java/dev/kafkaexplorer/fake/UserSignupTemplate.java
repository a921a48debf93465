package dev.kafkaexplorer.fake;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import net.datafaker.Faker;

/** A new user account: name, matching e-mail address, phone, postal address and plan. */
final class UserSignupTemplate implements RecordTemplate {

    private static final WeightedChoice<String> PLAN =
            new WeightedChoice<>(List.of("free", "pro", "team"), 70, 22, 8);
    private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_IN_LOCAL_PART = Pattern.compile("[^a-z0-9.]");

    @Override
    public String id() {
        return "user-signup";
    }

    @Override
    public String displayName() {
        return "User sign-up";
    }

    @Override
    public Map<String, Object> generate(Faker faker, Random random) {
        String firstName = faker.name().firstName();
        String lastName = faker.name().lastName();
        Map<String, Object> address = new LinkedHashMap<>();
        address.put("street", faker.address().streetAddress());
        address.put("city", faker.address().city());
        address.put("postalCode", faker.address().zipCode());
        address.put("country", faker.address().country());

        Map<String, Object> record = new LinkedHashMap<>();
        record.put("userId", SeededValues.uuid(random));
        record.put("firstName", firstName);
        record.put("lastName", lastName);
        record.put("email", faker.internet().emailAddress(localPart(firstName, lastName, random)));
        record.put("phone", faker.phoneNumber().cellPhone());
        record.put("address", address);
        record.put("signedUpAt", SeededValues.instant(random));
        record.put("plan", PLAN.pick(random));
        return record;
    }

    /** "José Núñez" gives "jose.nunez"; names in other scripts fall back to a numbered user. */
    private static String localPart(String firstName, String lastName, Random random) {
        String decomposed = Normalizer.normalize(firstName + "." + lastName, Normalizer.Form.NFD);
        String ascii = NOT_IN_LOCAL_PART.matcher(
                ACCENTS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT)).replaceAll("");
        boolean usable = ascii.length() > 2 && !ascii.startsWith(".") && !ascii.endsWith(".");
        return usable ? ascii : "user." + SeededValues.digits(random, 6);
    }
}
