package dev.kafkaexplorer.fake;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.datafaker.Faker;

/** An IoT reading from one of a fleet of environment sensors, each installed at a fixed site. */
final class SensorReadingTemplate implements RecordTemplate {

    private static final int DEVICES = 250;
    private static final List<String> SITES = List.of(
            "berlin-plant", "lyon-warehouse", "austin-lab", "osaka-depot", "leeds-office",
            "porto-datacenter", "denver-plant", "gdansk-warehouse");

    @Override
    public String id() {
        return "sensor-reading";
    }

    @Override
    public String displayName() {
        return "Sensor reading";
    }

    @Override
    public Map<String, Object> generate(Faker faker, Random random) {
        int device = random.nextInt(1, DEVICES + 1);
        Map<String, Object> record = new LinkedHashMap<>();
        // 10000 + device, less its leading 1, is the number padded to four digits without String.format.
        record.put("deviceId", "sensor-" + String.valueOf(10_000 + device).substring(1));
        // Derived from the device, so a device always reports from the same site.
        record.put("site", SITES.get(device % SITES.size()));
        record.put("temperatureC", SeededValues.gaussian(random, 21.5, 3.5, -20, 60));
        record.put("humidityPct", SeededValues.gaussian(random, 45, 12, 5, 99));
        record.put("pressureHpa", SeededValues.gaussian(random, 1013.25, 7, 950, 1060));
        record.put("batteryPct", random.nextInt(5, 101));
        record.put("readAt", SeededValues.instant(random));
        return record;
    }
}
