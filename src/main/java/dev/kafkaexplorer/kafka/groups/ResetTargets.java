package dev.kafkaexplorer.kafka.groups;

import org.apache.kafka.common.TopicPartition;

/** Works out one partition's new offset for a reset, kept inside the partition's [earliest, end] range. */
final class ResetTargets {

    private ResetTargets() {
    }

    static ResetPlanRow row(TopicPartition tp, OffsetResetRequest request, long current, Long earliest, Long end, long atTime) {
        if (earliest == null || end == null) {
            throw new dev.kafkaexplorer.kafka.KafkaFailure("Could not read the offsets of " + tp
                    + " (its leader may be unavailable); try again.", null);
        }
        return switch (request.strategy()) {
            case EARLIEST -> new ResetPlanRow(tp.topic(), tp.partition(), current, earliest, "");
            case LATEST -> new ResetPlanRow(tp.topic(), tp.partition(), current, end, "");
            case TIMESTAMP -> atTime >= 0
                    ? new ResetPlanRow(tp.topic(), tp.partition(), current, atTime, "")
                    : new ResetPlanRow(tp.topic(), tp.partition(), current, end, "no record at or after that time → end");
            case OFFSET -> {
                long wanted = request.value();
                if (wanted < earliest) {
                    yield new ResetPlanRow(tp.topic(), tp.partition(), current, earliest, "before the earliest → earliest");
                }
                if (wanted > end) {
                    yield new ResetPlanRow(tp.topic(), tp.partition(), current, end, "past the end → end");
                }
                yield new ResetPlanRow(tp.topic(), tp.partition(), current, wanted, "");
            }
        };
    }
}
