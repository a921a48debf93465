package dev.kafkaexplorer.fake;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.datafaker.Faker;

/** A page view on one web shop, the clickstream classic: where from, which browser, how long. */
final class PageViewTemplate implements RecordTemplate {

    private static final String SITE = "https://shop.example.com";
    private static final List<String> SECTIONS = List.of("/products/", "/category/", "/blog/", "/help/");
    private static final List<String> FIXED_PAGES = List.of("/", "/cart", "/checkout", "/account", "/search");
    /** "(direct)" rather than an empty referrer, as analytics tools show it. */
    private static final WeightedChoice<String> REFERRER = new WeightedChoice<>(List.of(
            "(direct)", "https://www.google.com/", "https://www.bing.com/", "https://duckduckgo.com/",
            "https://t.co/", "https://www.facebook.com/", "https://news.ycombinator.com/", SITE + "/"),
            25, 35, 6, 4, 5, 5, 2, 18);

    @Override
    public String id() {
        return "page-view";
    }

    @Override
    public String displayName() {
        return "Page view";
    }

    @Override
    public Map<String, Object> generate(Faker faker, Random random) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("sessionId", SeededValues.hex(random, 16));
        record.put("userId", SeededValues.uuid(random));
        record.put("url", SITE + path(faker, random));
        record.put("referrer", REFERRER.pick(random));
        record.put("userAgent", faker.internet().userAgent());
        // The locale fixes address().countryCode() (always "US" for en-US); visitors come from anywhere.
        record.put("country", faker.country().countryCode2().toUpperCase(java.util.Locale.ROOT));
        // Log-normal, like real dwell times: most views last seconds, a few last many minutes.
        long durationMs = Math.round(Math.exp(8.5 + random.nextGaussian()));
        record.put("durationMs", Math.max(50, Math.min(1_800_000, durationMs)));
        record.put("viewedAt", SeededValues.instant(random));
        return record;
    }

    private static String path(Faker faker, Random random) {
        return random.nextInt(3) == 0
                ? SeededValues.pick(random, FIXED_PAGES)
                : SeededValues.pick(random, SECTIONS) + faker.internet().slug().replace('_', '-');
    }
}
