package dev.kafkaexplorer.fake;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.datafaker.Faker;

/** A structured application log line from a small fleet of microservices, mostly INFO. */
final class LogLineTemplate implements RecordTemplate {

    private static final WeightedChoice<String> LEVEL =
            new WeightedChoice<>(List.of("INFO", "DEBUG", "WARN", "ERROR"), 70, 15, 10, 5);
    private static final List<String> SERVICES = List.of(
            "api-gateway", "auth", "checkout", "inventory", "payments", "search", "notifications");
    private static final List<String> RESOURCES = List.of("orders", "users", "carts", "products", "invoices");

    @Override
    public String id() {
        return "log-line";
    }

    @Override
    public String displayName() {
        return "Log line";
    }

    @Override
    public Map<String, Object> generate(Faker faker, Random random) {
        String level = LEVEL.pick(random);
        String service = SeededValues.pick(random, SERVICES);
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("timestamp", SeededValues.instant(random));
        record.put("level", level);
        record.put("service", service);
        record.put("host", service + "-" + random.nextInt(1, 7));
        record.put("traceId", SeededValues.hex(random, 32));
        record.put("message", message(level, random));
        return record;
    }

    private static String message(String level, Random random) {
        String resource = SeededValues.pick(random, RESOURCES);
        int id = random.nextInt(1, 100_000);
        int millis = random.nextInt(2, 400);
        return SeededValues.pick(random, switch (level) {
            case "DEBUG" -> List.of(
                    "Cache hit for " + resource + ":" + id,
                    "Cache miss for " + resource + ":" + id + ", loaded in " + millis + " ms",
                    "Resolved route /api/" + resource + " in " + millis + " ms");
            case "WARN" -> List.of(
                    "Slow query on " + resource + " took " + millis * 25 + " ms",
                    "Retrying call to " + resource + " service (attempt 2 of 3)",
                    "Rate limit at 80% for client " + id);
            case "ERROR" -> List.of(
                    "Connection refused: db-" + id % 4 + ":5432",
                    "Timed out after 30000 ms calling " + resource + " service",
                    "Failed to update " + resource + "/" + id + ": version conflict");
            default -> List.of(
                    "GET /api/" + resource + "/" + id + " 200 in " + millis + " ms",
                    "POST /api/" + resource + " 201 in " + millis + " ms",
                    "Published " + resource + " event " + id);
        });
    }
}
