package dev.kafkaexplorer.ui.connection;

import dev.kafkaexplorer.settings.ProfileRepository;
import java.time.Clock;

/**
 * What a window's connection bar works with, made once by the app and shared by its windows: the
 * one local broker among them.
 *
 * @param connector   opens cluster clients
 * @param heartbeat   asks a connected cluster whether it still answers
 * @param localBroker the app's one local broker (two windows must not start two on the same data)
 * @param probe       looks for the Kafka quickstart's broker on the first start
 * @param diagnosis   the connection doctor, offered when a connect fails
 * @param profiles    the saved cluster profiles and their secrets
 * @param clock       the time of day the status line names ("not answering since 12:03:04")
 */
public record ConnectionServices(ClusterConnector connector, ClusterHeartbeat heartbeat, LocalBrokerControl localBroker,
                                 BrokerProbe probe, ConnectionDiagnosis diagnosis, ProfileRepository profiles, Clock clock) {
}
