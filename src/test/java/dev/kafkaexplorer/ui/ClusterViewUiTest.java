package dev.kafkaexplorer.ui;

import static dev.kafkaexplorer.ui.UiTestSupport.awaitText;
import static dev.kafkaexplorer.ui.UiTestSupport.isDisabled;
import static dev.kafkaexplorer.ui.UiTestSupport.onFx;
import static dev.kafkaexplorer.ui.UiTestSupport.textOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kafkaexplorer.App;
import dev.kafkaexplorer.kafka.cluster.ClusterOverview;
import dev.kafkaexplorer.testing.TestCluster;
import dev.kafkaexplorer.ui.cluster.ClusterViewModel.QuorumRow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.TableView;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The Cluster tab connected to the 3-node test cluster (the one other tests share): the cluster
 * id, three brokers with the active controller marked, and a quorum of three voters.
 */
class ClusterViewUiTest {

    static {
        UiTestSupport.configureHeadless();
    }

    private static final FxRobot robot = new FxRobot();
    private static Application app;
    private static TestCluster.Endpoint cluster;

    @BeforeAll
    static void launch() throws Exception {
        cluster = TestCluster.shared();
        Path configDir = Files.createTempDirectory("kafka-explorer-cluster-ui");
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(App.class, "--bootstrap-servers=" + cluster.bootstrapServers(),
                "--config-dir=" + configDir);
    }

    @AfterAll
    static void close() throws Exception {
        UiTestSupport.stopApp(app);
    }

    @Test
    void showsTheClusterItsBrokersAndItsQuorum() {
        awaitText(robot, "#connectionStatus", "Connected", 60);
        robot.clickOn(robot.lookup(".tab-pane > .tab-header-area .tab .tab-label")
                .match((javafx.scene.control.Labeled l) -> "Cluster".equals(l.getText())).queryLabeled());

        Awaitility.await().atMost(20, TimeUnit.SECONDS).until(() -> brokerRows().size() == 3);
        assertThat(textOf(robot, "#clusterId")).isEqualTo(cluster.clusterId());
        assertThat(brokerRows()).extracting(ClusterOverview.Broker::address).containsExactly(
                "127.0.0.1:" + cluster.clientPort(1), "127.0.0.1:" + cluster.clientPort(2), "127.0.0.1:" + cluster.clientPort(3));
        List<ClusterOverview.Broker> controllers = brokerRows().stream().filter(ClusterOverview.Broker::controller).toList();
        assertThat(controllers).hasSize(1);
        assertThat(textOf(robot, "#controllerNode")).isEqualTo("node " + controllers.get(0).id());
        assertThat(onFx(() -> robot.lookup("#brokerTable .table-cell").queryAllAs(javafx.scene.control.Labeled.class)
                .stream().filter(c -> "Active controller".equals(c.getText())).count())).isEqualTo(1L);

        assertThat(quorumRows()).extracting(QuorumRow::nodeId).containsExactly(1, 2, 3);
        assertThat(quorumRows()).filteredOn(r -> r.role().equals("Leader")).singleElement()
                .extracting(QuorumRow::nodeId).isEqualTo(controllers.get(0).id());
        assertThat(textOf(robot, "#quorumSummary")).startsWith("Leader node " + controllers.get(0).id()).contains("3 voters");
        assertThat(textOf(robot, "#kafkaVersion")).startsWith("4.");

        assertThat(isDisabled(robot, "#clusterRefresh")).isFalse();
        robot.clickOn("#clusterRefresh");
        awaitText(robot, "#clusterMessage", "Updated at", 10);
        assertThat(brokerRows()).hasSize(3);
    }

    @SuppressWarnings("unchecked")
    private static List<ClusterOverview.Broker> brokerRows() {
        return onFx(() -> List.copyOf(robot.lookup("#brokerTable").queryAs(TableView.class).getItems()));
    }

    @SuppressWarnings("unchecked")
    private static List<QuorumRow> quorumRows() {
        return onFx(() -> List.copyOf(robot.lookup("#quorumTable").queryAs(TableView.class).getItems()));
    }
}
