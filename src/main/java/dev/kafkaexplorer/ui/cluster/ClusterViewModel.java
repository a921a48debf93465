package dev.kafkaexplorer.ui.cluster;

import dev.kafkaexplorer.kafka.KafkaErrorText;
import dev.kafkaexplorer.kafka.cluster.ClusterOverview;
import dev.kafkaexplorer.ui.common.Command;
import dev.kafkaexplorer.ui.common.LatestRequest;
import dev.kafkaexplorer.ui.common.UiRuntime;
import dev.kafkaexplorer.ui.connection.ConnectionViewModel.Connection;
import java.time.Clock;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** State and commands of the Cluster tab: who the cluster is, its brokers and its metadata quorum. */
public final class ClusterViewModel {

    /**
     * One row of the quorum table as it reads: its times in words relative to the read, a log end
     * offset Kafka does not know (-1, a stopped voter) and the lag from it as {@link #UNKNOWN}.
     */
    public record QuorumRow(int nodeId, String role, String logEndOffset, String lag, String lastFetch, String lastCaughtUp) {
    }

    static final String UNKNOWN = "unknown";

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);
    private final ObjectProperty<Connection> connection = new SimpleObjectProperty<>();
    private final ObservableList<ClusterOverview.Broker> brokers = FXCollections.observableArrayList();
    private final ObservableList<QuorumRow> quorumRows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper clusterId = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper kafkaVersion = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper controller = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper quorumSummary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper features = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    /** Reads afresh: the Refresh button and the menu's Refresh on this tab. */
    private final Command refreshCommand = new Command(connection.isNotNull().and(loading.not()), this::refresh);
    /** Answers to an older refresh are dropped. */
    private final LatestRequest reads;
    private final ClusterOverviewSource overviews;
    /** The wall clock behind "Updated at …" and "… ago": the quorum's timestamps are wall-clock times. */
    private final Clock clock;
    private boolean opened;

    /** The app's: reads the cluster through its admin client, times on the system clock. */
    public ClusterViewModel(UiRuntime runtime) {
        this(runtime, ClusterOverviewSource.KAFKA, Clock.systemDefaultZone());
    }

    /** With the overview read from {@code overviews} and the wall-clock texts told by {@code clock} (fixed in tests). */
    public ClusterViewModel(UiRuntime runtime, ClusterOverviewSource overviews, Clock clock) {
        this.reads = runtime.latestRequest();
        this.overviews = overviews;
        this.clock = clock;
        connection.addListener((obs, old, now) -> {
            show(null);
            message.set(now == null ? "Not connected." : "");
            if (opened) {
                refresh();
            }
        });
        message.set("Not connected.");
    }

    public ObjectProperty<Connection> connectionProperty() {
        return connection;
    }

    public ObservableList<ClusterOverview.Broker> brokers() {
        return brokers;
    }

    public ObservableList<QuorumRow> quorumRows() {
        return quorumRows;
    }

    public ReadOnlyStringProperty clusterIdProperty() {
        return clusterId.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty kafkaVersionProperty() {
        return kafkaVersion.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty controllerProperty() {
        return controller.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty quorumSummaryProperty() {
        return quorumSummary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty featuresProperty() {
        return features.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public Command refreshCommand() {
        return refreshCommand;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** The tab was opened: read the cluster now and after every connection change, not before. */
    public void opened() {
        opened = true;
        refresh();
    }

    /** Reads the overview again from the cluster. */
    public void refresh() {
        Connection current = connection.get();
        if (current == null) {
            reads.cancel();
            loading.set(false);
            return;
        }
        loading.set(true);
        reads.run(() -> overviews.read(current), result -> {
            loading.set(false);
            show(result);
            message.set("Updated at " + LocalTime.now(clock).format(CLOCK) + ".");
        }, error -> {
            loading.set(false);
            message.set("Could not read the cluster: " + KafkaErrorText.general(error));
        });
    }

    private void show(ClusterOverview o) {
        if (o == null) {
            brokers.clear();
            quorumRows.clear();
            clusterId.set("");
            kafkaVersion.set("");
            controller.set("");
            quorumSummary.set("");
            features.set("");
            return;
        }
        brokers.setAll(o.brokers());
        clusterId.set(o.clusterId() == null ? "—" : o.clusterId());
        kafkaVersion.set(o.kafkaVersion().isEmpty() ? "not told by this cluster" : o.kafkaVersion());
        controller.set(o.controllerId() < 0 ? "unknown" : "node " + o.controllerId());
        features.set(o.finalizedFeatures().isEmpty() ? "none reported"
                : o.finalizedFeatures().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                        .collect(Collectors.joining(" · ")));
        if (!o.quorumRefusal().isEmpty()) {
            quorumSummary.set("The metadata quorum could not be read: " + o.quorumRefusal());
            quorumRows.clear();
            return;
        }
        if (o.quorum().isEmpty()) {
            quorumSummary.set("ZooKeeper-managed cluster: the metadata lives in ZooKeeper, there is no KRaft quorum to show.");
            quorumRows.clear();
            return;
        }
        ClusterOverview.Quorum q = o.quorum().get();
        quorumSummary.set("Leader node " + q.leaderId() + " · epoch " + q.leaderEpoch() + " · high watermark "
                + q.highWatermark() + " · " + q.voters().size() + (q.voters().size() == 1 ? " voter" : " voters")
                + " · " + q.observers().size() + (q.observers().size() == 1 ? " observer" : " observers"));
        long now = clock.millis();
        List<QuorumRow> rows = new ArrayList<>();
        for (ClusterOverview.Member m : q.voters()) {
            rows.add(row(m, now));
        }
        for (ClusterOverview.Member m : q.observers()) {
            rows.add(row(m, now));
        }
        quorumRows.setAll(rows);
    }

    private static QuorumRow row(ClusterOverview.Member m, long now) {
        String role = m.leader() ? "Leader" : m.voter() ? "Voter" : "Observer";
        boolean known = m.logEndOffset() >= 0;
        return new QuorumRow(m.id(), role, known ? Long.toString(m.logEndOffset()) : UNKNOWN,
                known && m.lag() >= 0 ? Long.toString(m.lag()) : UNKNOWN, ago(m.lastFetchMs(), now), ago(m.lastCaughtUpMs(), now));
    }

    /** "120 ms ago", "3.4 s ago", or "—" when the cluster does not say. */
    static String ago(OptionalLong timestamp, long now) {
        if (timestamp.isEmpty() || timestamp.getAsLong() <= 0) {
            return "—";
        }
        long ms = Math.max(0, now - timestamp.getAsLong());
        if (ms < 1000) {
            return ms + " ms ago";
        }
        if (ms < 60_000) {
            return String.format(Locale.ROOT, "%.1f s ago", ms / 1000.0);
        }
        return (ms / 60_000) + " min ago";
    }
}
