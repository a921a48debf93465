package dev.kafkaexplorer.fake;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.datafaker.Faker;

/** A web-shop order with one to five line items whose total adds up. */
final class OrderTemplate implements RecordTemplate {

    private static final WeightedChoice<String> STATUS = new WeightedChoice<>(
            List.of("placed", "paid", "shipped", "delivered", "cancelled"), 30, 25, 20, 20, 5);
    private static final WeightedChoice<Integer> QUANTITY =
            new WeightedChoice<>(List.of(1, 2, 3, 4, 5), 60, 20, 10, 6, 4);

    @Override
    public String id() {
        return "order";
    }

    @Override
    public String displayName() {
        return "Order";
    }

    @Override
    public Map<String, Object> generate(Faker faker, Random random) {
        int itemCount = random.nextInt(1, 6);
        List<Map<String, Object>> items = new ArrayList<>(itemCount);
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < itemCount; i++) {
            int quantity = QUANTITY.pick(random);
            BigDecimal unitPrice = SeededValues.money(random, 199, 24_999);
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("sku", "SKU-" + SeededValues.digits(random, 6));
            item.put("name", faker.commerce().productName());
            item.put("quantity", quantity);
            item.put("unitPrice", unitPrice);
            items.add(item);
            total = total.add(unitPrice.multiply(BigDecimal.valueOf(quantity)));
        }

        Map<String, Object> record = new LinkedHashMap<>();
        record.put("orderId", SeededValues.orderId(random));
        // Few enough customers that they come back, as in a real shop.
        record.put("customerId", "CUST-" + random.nextInt(10_000, 100_000));
        record.put("items", items);
        record.put("currency", SeededValues.currency(random));
        record.put("total", total);
        record.put("status", STATUS.pick(random));
        record.put("placedAt", SeededValues.instant(random));
        return record;
    }
}
