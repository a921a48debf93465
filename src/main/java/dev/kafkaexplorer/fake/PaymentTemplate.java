package dev.kafkaexplorer.fake;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.datafaker.Faker;

/** A payment for an order (same order-id format as the {@code order} template). */
final class PaymentTemplate implements RecordTemplate {

    private static final WeightedChoice<String> METHOD = new WeightedChoice<>(
            List.of("card", "paypal", "apple_pay", "google_pay", "bank_transfer", "sepa_debit"),
            55, 15, 10, 8, 7, 5);
    private static final WeightedChoice<String> STATUS = new WeightedChoice<>(
            List.of("succeeded", "pending", "failed", "refunded"), 88, 5, 5, 2);

    @Override
    public String id() {
        return "payment";
    }

    @Override
    public String displayName() {
        return "Payment";
    }

    @Override
    public Map<String, Object> generate(Faker faker, Random random) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("paymentId", "pay_" + SeededValues.hex(random, 24));
        record.put("orderId", SeededValues.orderId(random));
        record.put("amount", SeededValues.money(random, 100, 99_999));
        record.put("currency", SeededValues.currency(random));
        record.put("method", METHOD.pick(random));
        // Wallets and transfers are funded by a card or an account too; these are its last digits.
        record.put("cardLast4", SeededValues.digits(random, 4));
        record.put("status", STATUS.pick(random));
        record.put("processedAt", SeededValues.instant(random));
        return record;
    }
}
