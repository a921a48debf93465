package dev.kafkaexplorer.ui.cluster;

import dev.kafkaexplorer.ui.common.CommandBindings;
import dev.kafkaexplorer.kafka.cluster.ClusterOverview;
import dev.kafkaexplorer.ui.cluster.ClusterViewModel.QuorumRow;
import dev.kafkaexplorer.ui.common.TabShown;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;

/** Binds the Cluster tab to its {@link ClusterViewModel}. */
public final class ClusterController {

    private final ClusterViewModel model;

    @FXML private VBox clusterView;
    @FXML private Button clusterRefresh;
    @FXML private Label clusterId;
    @FXML private Label kafkaVersion;
    @FXML private Label controllerNode;
    @FXML private Label clusterFeatures;
    @FXML private Label quorumSummary;
    @FXML private Label clusterMessage;
    @FXML private TableView<ClusterOverview.Broker> brokerTable;
    @FXML private TableColumn<ClusterOverview.Broker, Object> brokerIdColumn;
    @FXML private TableColumn<ClusterOverview.Broker, Object> brokerAddressColumn;
    @FXML private TableColumn<ClusterOverview.Broker, Object> brokerRackColumn;
    @FXML private TableColumn<ClusterOverview.Broker, Object> brokerRoleColumn;
    @FXML private TableView<QuorumRow> quorumTable;
    @FXML private TableColumn<QuorumRow, Object> quorumNodeColumn;
    @FXML private TableColumn<QuorumRow, Object> quorumRoleColumn;
    @FXML private TableColumn<QuorumRow, Object> quorumEndOffsetColumn;
    @FXML private TableColumn<QuorumRow, Object> quorumLagColumn;
    @FXML private TableColumn<QuorumRow, Object> quorumLastFetchColumn;
    @FXML private TableColumn<QuorumRow, Object> quorumCaughtUpColumn;

    public ClusterController(ClusterViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        clusterId.textProperty().bind(model.clusterIdProperty());
        kafkaVersion.textProperty().bind(model.kafkaVersionProperty());
        controllerNode.textProperty().bind(model.controllerProperty());
        clusterFeatures.textProperty().bind(model.featuresProperty());
        quorumSummary.textProperty().bind(model.quorumSummaryProperty());
        clusterMessage.textProperty().bind(model.messageProperty());

        column(brokerIdColumn, ClusterOverview.Broker::id);
        column(brokerAddressColumn, ClusterOverview.Broker::address);
        column(brokerRackColumn, b -> b.rack() == null ? "—" : b.rack());
        column(brokerRoleColumn, b -> b.controller() ? "Active controller" : "");
        brokerTable.setItems(model.brokers());
        brokerTable.setPlaceholder(new Label("No brokers to show."));

        column(quorumNodeColumn, QuorumRow::nodeId);
        column(quorumRoleColumn, QuorumRow::role);
        column(quorumEndOffsetColumn, QuorumRow::logEndOffset);
        column(quorumLagColumn, QuorumRow::lag);
        column(quorumLastFetchColumn, QuorumRow::lastFetch);
        column(quorumCaughtUpColumn, QuorumRow::lastCaughtUp);
        quorumTable.setItems(model.quorumRows());
        // A ZooKeeper-era cluster has no quorum: the summary line above the empty table says so.
        quorumTable.setPlaceholder(new Label("No KRaft metadata quorum to show."));

        CommandBindings.bind(clusterRefresh, model.refreshCommand());
        // Read the cluster afresh each time the tab is opened.
        TabShown.whenShown(clusterView, model::opened);
    }

    private static <S> void column(TableColumn<S, Object> column, Function<S, Object> value) {
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
    }
}
