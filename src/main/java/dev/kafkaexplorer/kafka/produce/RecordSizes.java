package dev.kafkaexplorer.kafka.produce;

import dev.kafkaexplorer.kafka.ClusterAccess;
import dev.kafkaexplorer.kafka.ClusterAdmin;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.record.internal.AbstractRecords;
import org.apache.kafka.common.record.internal.CompressionType;
import org.apache.kafka.common.record.internal.RecordBatch;

/**
 * The two limits a record meets on its way: the producer's {@code max.request.size} (checked by
 * the client before sending) and the topic's {@code max.message.bytes} (checked by the broker),
 * and a record's size as both of them count it.
 */
public final class RecordSizes {

    /** Kafka's default {@code max.request.size}: 1 MiB. */
    public static final int DEFAULT_MAX_REQUEST_SIZE = (Integer) ProducerConfig.configDef()
            .defaultValues().get(ProducerConfig.MAX_REQUEST_SIZE_CONFIG);

    private RecordSizes() {
    }

    /**
     * The size of {@code record} as a batch of its own, uncompressed: what the producer compares with
     * {@code max.request.size} (the same estimate as {@code KafkaProducer}'s) and, within a few bytes,
     * what the broker compares with {@code max.message.bytes}.
     */
    public static int batchBytes(OneRecord record) {
        byte[] key = record.key().map(k -> k.getBytes(StandardCharsets.UTF_8)).orElse(null);
        return AbstractRecords.estimateSizeInBytesUpperBound(RecordBatch.CURRENT_MAGIC_VALUE, CompressionType.NONE,
                key, record.value(), headers(record));
    }

    static Header[] headers(OneRecord record) {
        List<Header> list = record.headers().stream()
                .<Header>map(h -> new RecordHeader(h.getKey(), h.getValue().getBytes(StandardCharsets.UTF_8)))
                .toList();
        return list.toArray(Header[]::new);
    }

    /** The {@code max.request.size} a producer built from {@code access} has: its client properties' or Kafka's default. */
    public static int maxRequestSize(ClusterAccess access) {
        String set = access.clientProperties().get(ProducerConfig.MAX_REQUEST_SIZE_CONFIG);
        if (set == null) {
            return DEFAULT_MAX_REQUEST_SIZE;
        }
        try {
            return Integer.parseInt(set.trim());
        } catch (NumberFormatException e) {
            // The producer itself refuses such a property when it is made, with Kafka's own words.
            return DEFAULT_MAX_REQUEST_SIZE;
        }
    }

    /** The topic's {@code max.message.bytes} as the broker applies it (its own setting or the broker's default). */
    public static CompletableFuture<Integer> topicMaxMessageBytes(Admin admin, String topic) {
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        return ClusterAdmin.stage(admin.describeConfigs(Set.of(resource)).all()).thenApply(configs -> {
            Config config = configs.get(resource);
            ConfigEntry entry = config == null ? null : config.get(TopicConfig.MAX_MESSAGE_BYTES_CONFIG);
            if (entry == null || entry.value() == null) {
                throw new IllegalStateException("The broker did not tell the topic's max.message.bytes");
            }
            return Integer.parseInt(entry.value());
        });
    }
}
