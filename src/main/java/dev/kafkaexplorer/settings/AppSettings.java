package dev.kafkaexplorer.settings;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Preferences kept between runs. Immutable: a change makes a new value, so a copy can be handed
 * to the thread that writes it to disk without locking.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AppSettings(
        List<String> recentBootstrapServers,
        LastConnection lastConnection,
        String lastBootstrapServers,
        int localBrokerPort,
        int connectTimeoutSeconds,
        UiState ui,
        LogLevel logLevel,
        List<ClusterProfile> profiles,
        String lastProfileId,
        boolean firstStartTold,
        Map<String, Map<String, TopicFormats>> recordFormats) {

    /** What the app was connected to when it last connected successfully. */
    public enum LastConnection { NONE, LOCAL_BROKER, BOOTSTRAP_SERVERS, PROFILE }

    /** How much the app's own loggers ({@code dev.kafkaexplorer}) write; Kafka's stay at WARN. */
    public enum LogLevel { ERROR, WARN, INFO, DEBUG, TRACE }

    public static final int MAX_RECENT = 10;

    /** Without {@code recordFormats}: every topic read in the Auto format. */
    public AppSettings(List<String> recentBootstrapServers, LastConnection lastConnection, String lastBootstrapServers,
                       int localBrokerPort, int connectTimeoutSeconds, UiState ui, LogLevel logLevel,
                       List<ClusterProfile> profiles, String lastProfileId, boolean firstStartTold) {
        this(recentBootstrapServers, lastConnection, lastBootstrapServers, localBrokerPort, connectTimeoutSeconds, ui,
                logLevel, profiles, lastProfileId, firstStartTold, Map.of());
    }

    /** Without {@code firstStartTold}: the settings of a run that has not said yet what its first start did. */
    public AppSettings(List<String> recentBootstrapServers, LastConnection lastConnection, String lastBootstrapServers,
                       int localBrokerPort, int connectTimeoutSeconds, UiState ui, LogLevel logLevel,
                       List<ClusterProfile> profiles, String lastProfileId) {
        this(recentBootstrapServers, lastConnection, lastBootstrapServers, localBrokerPort, connectTimeoutSeconds, ui,
                logLevel, profiles, lastProfileId, false);
    }

    public AppSettings {
        recentBootstrapServers = List.copyOf(recentBootstrapServers == null ? List.of() : recentBootstrapServers);
        lastConnection = lastConnection == null ? LastConnection.NONE : lastConnection;
        connectTimeoutSeconds = connectTimeoutSeconds <= 0 ? 10 : connectTimeoutSeconds;
        ui = ui == null ? UiState.defaults() : ui;
        logLevel = logLevel == null ? LogLevel.INFO : logLevel;
        profiles = List.copyOf(profiles == null ? List.of() : profiles);
        recordFormats = copyOf(recordFormats);
    }

    private static Map<String, Map<String, TopicFormats>> copyOf(Map<String, Map<String, TopicFormats>> formats) {
        Map<String, Map<String, TopicFormats>> copy = new HashMap<>();
        if (formats != null) {
            formats.forEach((cluster, topics) -> {
                if (cluster != null && topics != null && !topics.isEmpty()) {
                    copy.put(cluster, Map.copyOf(topics));
                }
            });
        }
        return Map.copyOf(copy);
    }

    public static AppSettings defaults() {
        return new AppSettings(List.of(), LastConnection.NONE, null, 0, 10, UiState.defaults(), LogLevel.INFO, List.of(), null);
    }

    /** Remembers a successful connection to {@code servers}, most recent first, without duplicates. */
    public AppSettings withBootstrapConnection(String servers) {
        List<String> recent = new ArrayList<>(recentBootstrapServers);
        recent.remove(servers);
        recent.add(0, servers);
        if (recent.size() > MAX_RECENT) {
            recent = recent.subList(0, MAX_RECENT);
        }
        return new AppSettings(recent, LastConnection.BOOTSTRAP_SERVERS, servers, localBrokerPort, connectTimeoutSeconds, ui,
                logLevel, profiles, lastProfileId, firstStartTold, recordFormats);
    }

    /** Remembers that the local broker was used, on {@code port}, so the next run reuses both. */
    public AppSettings withLocalBrokerConnection(int port) {
        return new AppSettings(recentBootstrapServers, LastConnection.LOCAL_BROKER, lastBootstrapServers, port, connectTimeoutSeconds,
                ui, logLevel, profiles, lastProfileId, firstStartTold, recordFormats);
    }

    /** The same settings with the window's state replaced by {@code newUi}. */
    public AppSettings withUi(UiState newUi) {
        return new AppSettings(recentBootstrapServers, lastConnection, lastBootstrapServers, localBrokerPort,
                connectTimeoutSeconds, newUi, logLevel, profiles, lastProfileId, firstStartTold, recordFormats);
    }

    /** The same settings with the log level replaced by {@code level}. */
    public AppSettings withLogLevel(LogLevel level) {
        return new AppSettings(recentBootstrapServers, lastConnection, lastBootstrapServers, localBrokerPort,
                connectTimeoutSeconds, ui, level, profiles, lastProfileId, firstStartTold, recordFormats);
    }

    /** The same settings with the saved cluster profiles replaced by {@code newProfiles}, in their order. */
    public AppSettings withProfiles(List<ClusterProfile> newProfiles) {
        return new AppSettings(recentBootstrapServers, lastConnection, lastBootstrapServers, localBrokerPort,
                connectTimeoutSeconds, ui, logLevel, newProfiles, lastProfileId, firstStartTold, recordFormats);
    }

    /** Remembers a successful connection with the saved profile {@code profileId}, resumed on the next start. */
    public AppSettings withProfileConnection(String profileId) {
        return new AppSettings(recentBootstrapServers, LastConnection.PROFILE, lastBootstrapServers, localBrokerPort,
                connectTimeoutSeconds, ui, logLevel, profiles, profileId, firstStartTold, recordFormats);
    }

    /** Remembers that the note saying what the first start connected to has been shown, so it is not shown again. */
    public AppSettings withFirstStartTold() {
        return new AppSettings(recentBootstrapServers, lastConnection, lastBootstrapServers, localBrokerPort,
                connectTimeoutSeconds, ui, logLevel, profiles, lastProfileId, true, recordFormats);
    }

    /** The formats {@code topic} of {@code cluster} is read with (see {@code ui/live/LiveFormats} for the cluster's key). */
    public TopicFormats topicFormats(String cluster, String topic) {
        return recordFormats.getOrDefault(cluster, Map.of()).getOrDefault(topic, TopicFormats.AUTO);
    }

    /** Remembers the formats {@code topic} of {@code cluster} is read with; Auto for both forgets them. */
    public AppSettings withTopicFormats(String cluster, String topic, TopicFormats formats) {
        Map<String, Map<String, TopicFormats>> all = new HashMap<>(recordFormats);
        Map<String, TopicFormats> topics = new HashMap<>(all.getOrDefault(cluster, Map.of()));
        if (formats == null || formats.isAuto()) {
            topics.remove(topic);
        } else {
            topics.put(topic, formats);
        }
        all.put(cluster, topics);
        return new AppSettings(recentBootstrapServers, lastConnection, lastBootstrapServers, localBrokerPort,
                connectTimeoutSeconds, ui, logLevel, profiles, lastProfileId, firstStartTold, all);
    }
}
