package dev.kafkaexplorer.kafka.consume;

import dev.kafkaexplorer.kafka.ClusterAccess;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;

/** The client settings of the consumers in this package, each with the reason it is set. */
final class ConsumerProperties {

    /** Room for a 2 MB record plus its batch overhead in one fetch, so it needs no second round trip. */
    private static final int PARTITION_FETCH_BYTES = 4 * 1024 * 1024;
    /** Bounds what one fetch buffers across partitions: a live view must not hold the default 50 MB. */
    private static final int FETCH_BYTES = 16 * 1024 * 1024;

    private ConsumerProperties() {
    }

    /** For a live view: without a group it only watches; with one it joins and commits. */
    static Properties forLiveView(ConsumeRequest request) {
        Properties p = common(request.access());
        // Names the app in the broker's logs and quotas.
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, "kafka-explorer-live");
        // Large batches: the sink gets one hand-off per poll, so fewer, bigger polls keep the UI cheap.
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
        // Every partition is positioned by us; a position that falls out of range (retention deleted
        // the records) must surface so the view can say so, not be silently reset.
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "none");
        if (request.groupId().isPresent()) {
            p.put(ConsumerConfig.GROUP_ID_CONFIG, request.groupId().get());
            // The classic protocol works on every broker from 2.1 on (DESIGN.md §5, older clusters).
            p.put(ConsumerConfig.GROUP_PROTOCOL_CONFIG, "classic");
            // Reading as a group is asked for to move the group along: commit what was read.
            p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, true);
        } else {
            // Without a group nothing may be committed: watching never disturbs real consumer groups.
            p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        }
        return p;
    }

    /** For re-reading one record: no group, no commits, one record per poll. */
    static Properties forFetch(ClusterAccess access) {
        Properties p = common(access);
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, "kafka-explorer-fetch");
        // Only the record at the sought offset is wanted.
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 1);
        // A record deleted meanwhile must show as "gone", not as some other record.
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "none");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        return p;
    }

    /** The access's properties (security) first; the settings here win, as in Kafka's own tools. */
    private static Properties common(ClusterAccess access) {
        Properties p = access.applyTo(new Properties());
        p.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, PARTITION_FETCH_BYTES);
        p.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, FETCH_BYTES);
        // Reading a topic must never create it on a broker that auto-creates topics.
        p.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        // Metadata and offset look-ups give up in seconds, so an unreachable broker is reported
        // while the user still looks, instead of after the default minute.
        p.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000);
        return p;
    }
}
