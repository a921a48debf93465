package dev.kafkaexplorer.kafka;

import org.apache.kafka.common.utils.internals.AppInfoParser;

/** The version of the kafka-clients library the app runs with, as Kafka itself reports it. */
public final class KafkaClientVersion {

    private KafkaClientVersion() {
    }

    /**
     * E.g. "4.4.0". {@code AppInfoParser} moved to an internals package in Kafka 4; this is the one
     * place that names it, so the next move touches one line.
     */
    public static String get() {
        return AppInfoParser.getVersion();
    }
}
