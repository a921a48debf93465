package dev.kafkaexplorer.fake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The six built-in templates: every field, every time, varied and plausible. */
class BuiltInTemplatesTest {

    private static final Map<String, List<String>> FIELDS = Map.of(
            "user-signup", List.of("userId", "firstName", "lastName", "email", "phone", "address", "signedUpAt", "plan"),
            "order", List.of("orderId", "customerId", "items", "currency", "total", "status", "placedAt"),
            "page-view", List.of("sessionId", "userId", "url", "referrer", "userAgent", "country", "durationMs", "viewedAt"),
            "sensor-reading", List.of("deviceId", "site", "temperatureC", "humidityPct", "pressureHpa", "batteryPct", "readAt"),
            "payment", List.of("paymentId", "orderId", "amount", "currency", "method", "cardLast4", "status", "processedAt"),
            "log-line", List.of("timestamp", "level", "service", "host", "traceId", "message"));
    private static final Map<String, String> TIMESTAMP_FIELD = Map.of(
            "user-signup", "signedUpAt", "order", "placedAt", "page-view", "viewedAt",
            "sensor-reading", "readAt", "payment", "processedAt", "log-line", "timestamp");

    static Stream<RecordTemplate> templates() {
        return BuiltInTemplates.all().stream();
    }

    static Stream<Arguments> templatesInOtherLocales() {
        return Stream.of(Locale.GERMANY, Locale.JAPAN, new Locale("pt", "BR"), Locale.FRANCE, new Locale("ru"))
                .flatMap(locale -> templates().map(template -> Arguments.of(template, locale)));
    }

    @Test
    void offersTheSixTemplatesInOrder() {
        assertThat(BuiltInTemplates.all()).extracting(RecordTemplate::id)
                .containsExactly("user-signup", "order", "page-view", "sensor-reading", "payment", "log-line");
        assertThat(BuiltInTemplates.all()).extracting(RecordTemplate::displayName).doesNotContainNull()
                .allSatisfy(name -> assertThat(name).isNotBlank());
        assertThat(BuiltInTemplates.byId("payment")).get().extracting(RecordTemplate::id).isEqualTo("payment");
        assertThat(BuiltInTemplates.byId("no-such-template")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void everyRecordHasEveryFieldFilledAndValuesVary(RecordTemplate template) {
        List<JsonNode> records = GeneratedJson.values(template, new KeyStrategy.None(), Locale.ENGLISH, 42, 1000);

        Map<String, Set<JsonNode>> distinct = new HashMap<>();
        for (JsonNode record : records) {
            assertThat(record.isObject()).isTrue();
            assertThat(record.fieldNames()).toIterable().containsExactlyElementsOf(FIELDS.get(template.id()));
            GeneratedJson.assertFilled(record, template.id());
            record.properties().forEach(field ->
                    distinct.computeIfAbsent(field.getKey(), name -> new HashSet<>()).add(field.getValue()));
        }
        assertThat(distinct).allSatisfy((field, values) -> assertThat(values).as(field).hasSizeGreaterThan(1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void timestampsComeFromAFixedYearNotTheClock(RecordTemplate template) {
        for (JsonNode record : GeneratedJson.values(template, new KeyStrategy.None(), Locale.ENGLISH, 9, 200)) {
            Instant at = Instant.parse(record.get(TIMESTAMP_FIELD.get(template.id())).asText());
            assertThat(at).isBetween(Instant.parse("2025-01-01T00:00:00Z"), Instant.parse("2026-01-01T00:00:00Z"));
        }
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("templatesInOtherLocales")
    void otherLocalesFillEveryFieldToo(RecordTemplate template, Locale locale) {
        for (JsonNode record : GeneratedJson.values(template, new KeyStrategy.None(), locale, 3, 100)) {
            assertThat(record.fieldNames()).toIterable().containsExactlyElementsOf(FIELDS.get(template.id()));
            GeneratedJson.assertFilled(record, template.id());
        }
    }

    @Test
    void userSignUpsHaveAUuidAPlanAndAnAddress() {
        RecordTemplate template = BuiltInTemplates.byId("user-signup").orElseThrow();
        for (JsonNode user : GeneratedJson.values(template, new KeyStrategy.None(), Locale.ENGLISH, 5, 300)) {
            assertThat(UUID.fromString(user.get("userId").asText()).version()).isEqualTo(4);
            assertThat(user.get("plan").asText()).isIn("free", "pro", "team");
            assertThat(user.get("email").asText()).matches("[a-z0-9.]+@[^@]+\\.[a-z]+");
            assertThat(user.get("address").fieldNames()).toIterable()
                    .containsExactly("street", "city", "postalCode", "country");
        }
    }

    @Test
    void orderTotalsAreTheSumOfTheirItems() {
        RecordTemplate template = BuiltInTemplates.byId("order").orElseThrow();
        for (JsonNode order : GeneratedJson.values(template, new KeyStrategy.None(), Locale.ENGLISH, 5, 300)) {
            JsonNode items = order.get("items");
            assertThat(items.size()).isBetween(1, 5);
            BigDecimal sum = BigDecimal.ZERO;
            for (JsonNode item : items) {
                assertThat(item.fieldNames()).toIterable().containsExactly("sku", "name", "quantity", "unitPrice");
                sum = sum.add(item.get("unitPrice").decimalValue().multiply(BigDecimal.valueOf(item.get("quantity").asInt())));
            }
            assertThat(order.get("total").decimalValue()).isEqualByComparingTo(sum);
            assertThat(order.get("total").decimalValue().scale()).isEqualTo(2);
            assertThat(order.get("currency").asText()).matches("[A-Z]{3}");
        }
    }

    @Test
    void sensorsPaymentsAndLogLinesLookReal() {
        for (JsonNode reading : generate("sensor-reading", 300)) {
            assertThat(reading.get("deviceId").asText()).matches("sensor-\\d{4}");
            assertThat(reading.get("humidityPct").asDouble()).isBetween(0.0, 100.0);
            assertThat(reading.get("batteryPct").asInt()).isBetween(0, 100);
        }
        for (JsonNode payment : generate("payment", 300)) {
            assertThat(payment.get("cardLast4").asText()).matches("\\d{4}");
            assertThat(payment.get("method").asText()).isIn("card", "paypal", "apple_pay", "google_pay", "bank_transfer", "sepa_debit");
            assertThat(payment.get("amount").decimalValue().signum()).isPositive();
        }
        List<JsonNode> lines = generate("log-line", 2000);
        assertThat(lines).allSatisfy(line -> assertThat(line.get("traceId").asText()).matches("[0-9a-f]{32}"));
        Map<String, Long> levels = lines.stream()
                .collect(Collectors.groupingBy(line -> line.get("level").asText(), Collectors.counting()));
        assertThat(levels.keySet()).containsExactlyInAnyOrder("INFO", "WARN", "ERROR", "DEBUG");
        assertThat(levels.get("INFO")).isGreaterThan(levels.values().stream().mapToLong(Long::longValue).sum() / 2);
    }

    private static List<JsonNode> generate(String templateId, int count) {
        return GeneratedJson.values(BuiltInTemplates.byId(templateId).orElseThrow(), new KeyStrategy.None(), Locale.ENGLISH, 11, count);
    }
}
