package dev.kafkaexplorer.ui;

import static dev.kafkaexplorer.ui.UiTestSupport.awaitText;
import static dev.kafkaexplorer.ui.UiTestSupport.onFx;
import static dev.kafkaexplorer.ui.UiTestSupport.textOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kafkaexplorer.testing.SecuredTestBroker;
import dev.kafkaexplorer.testing.TestBroker;
import dev.kafkaexplorer.testing.TestCertificates;
import dev.kafkaexplorer.ui.live.StartChoice;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.input.KeyCode;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.awaitility.Awaitility;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;

/**
 * The acceptance of secured clusters, as a user goes through it for each way of logging in: make
 * the profile in the Clusters window, connect, see the topic, produce records from the producer
 * panel, read them in the live table; then close the app and open it again: it reconnects with
 * the saved profile (its secrets read back from the secret store).
 */
class SecuredProfilesUiTest {

    static {
        UiTestSupport.configureHeadless();
    }

    private static final SecuredTestBroker BROKER = SecuredTestBroker.shared();
    private static final FxRobot robot = new FxRobot();
    private static final int RECORDS = 100;

    /** Each way of reaching the secured test broker, with what its profile's fields hold. */
    enum Login {
        SCRAM_SHA_512_OVER_SASL_SSL,
        PLAIN_OVER_SASL_SSL,
        SCRAM_SHA_256_OVER_SASL_PLAINTEXT,
        MUTUAL_TLS_WITH_PEM_FILES,
        MUTUAL_TLS_WITH_PKCS12,
        OAUTHBEARER
    }

    @ParameterizedTest
    @EnumSource(Login.class)
    void makeTheProfileConnectProduceReadAndReconnectAfterARestart(Login login) throws Exception {
        String topic = BROKER.createTopic("profile-" + login.name().toLowerCase().replace('_', '-'), 1);
        String profile = "acceptance " + login.name().toLowerCase().replace('_', ' ');
        Path configDir = Files.createTempDirectory("kafka-explorer-profiles");
        Application app = UiTestSupport.startAppIn(configDir, "--bootstrap-servers=" + TestBroker.bootstrapServers());
        try {
            awaitText(robot, "#connectionStatus", "Connected", 30);
            robot.clickOn("#clustersButton");
            robot.clickOn("#addProfileButton");
            fill(login, profile);
            robot.clickOn("#connectProfileButton");
            Awaitility.await().atMost(40, TimeUnit.SECONDS).until(() -> {
                String status = textOf(robot, "#connectionStatus");
                return status.contains("Connected") && status.contains(profile);
            });
            closeClustersWindow();

            Awaitility.await().atMost(20, TimeUnit.SECONDS).until(() -> onFx(() ->
                    robot.lookup("#topicTable").queryAs(javafx.scene.control.TableView.class).getItems().stream().anyMatch(row -> ((dev.kafkaexplorer.kafka.TopicSummary) row).name().equals(topic))));
            long acked = produce(topic);
            assertThat(onBroker(topic)).isEqualTo(acked);
            read(topic, acked);
        } finally {
            UiTestSupport.stopApp(app);
        }

        Application again = UiTestSupport.startAppIn(configDir);
        try {
            Awaitility.await().atMost(40, TimeUnit.SECONDS).until(() -> {
                String status = textOf(robot, "#connectionStatus");
                return status.contains("Connected") && status.contains(profile);
            });
        } finally {
            UiTestSupport.stopApp(again);
        }
    }

    /** Types the profile into the editor the way a user of {@code login} would, then saves it. */
    private static void fill(Login login, String name) {
        type("#profileName", name);
        TestCertificates certs = BROKER.certificates();
        switch (login) {
            case SCRAM_SHA_512_OVER_SASL_SSL -> {
                type("#profileServers", BROKER.saslSslServers());
                choose("#securityProtocol", "SASL_SSL");
                choose("#saslMechanism", "SCRAM-SHA-512");
                type("#saslUsername", BROKER.scramSha512User().user());
                type("#saslPassword", BROKER.scramSha512User().password());
                choose("#trustSource", "PEM");
                type("#trustPath", certs.caPem().toString());
            }
            case PLAIN_OVER_SASL_SSL -> {
                type("#profileServers", BROKER.saslSslServers());
                choose("#securityProtocol", "SASL_SSL");
                choose("#saslMechanism", "PLAIN");
                type("#saslUsername", BROKER.plainUser().user());
                type("#saslPassword", BROKER.plainUser().password());
                choose("#trustSource", "PKCS12");
                type("#trustPath", certs.truststore().toString());
                type("#truststorePassword", certs.storePassword());
            }
            case SCRAM_SHA_256_OVER_SASL_PLAINTEXT -> {
                type("#profileServers", BROKER.saslPlaintextServers());
                choose("#securityProtocol", "SASL_PLAINTEXT");
                choose("#saslMechanism", "SCRAM-SHA-256");
                type("#saslUsername", BROKER.scramSha256User().user());
                type("#saslPassword", BROKER.scramSha256User().password());
            }
            case MUTUAL_TLS_WITH_PEM_FILES -> {
                type("#profileServers", BROKER.sslServers());
                choose("#securityProtocol", "SSL");
                choose("#trustSource", "PEM");
                type("#trustPath", certs.caPem().toString());
                choose("#clientCertificate", "PEM");
                type("#certificatePath", certs.clientCertificatePem().toString());
                type("#keyPath", certs.clientKeyPem().toString());
            }
            case MUTUAL_TLS_WITH_PKCS12 -> {
                type("#profileServers", BROKER.sslServers());
                choose("#securityProtocol", "SSL");
                choose("#trustSource", "PKCS12");
                type("#trustPath", certs.truststore().toString());
                type("#truststorePassword", certs.storePassword());
                choose("#clientCertificate", "PKCS12");
                type("#certificatePath", certs.clientKeystore().toString());
                type("#keystorePassword", certs.storePassword());
                type("#keyPassword", certs.storePassword());
            }
            case OAUTHBEARER -> {
                type("#profileServers", BROKER.saslOauthServers());
                choose("#securityProtocol", "SASL_PLAINTEXT");
                choose("#saslMechanism", "OAUTHBEARER");
                type("#oauthTokenEndpoint", BROKER.tokenEndpoint().tokenUrl());
                type("#oauthClientId", BROKER.oauthClient().id());
                type("#oauthClientSecret", BROKER.oauthClient().secret());
            }
        }
        robot.clickOn("#saveProfileButton");
    }

    private static void type(String query, String text) {
        UiTestSupport.type(robot, query, text);
    }

    private static void choose(String query, String label) {
        UiTestSupport.choose(robot, query, label);
    }

    private static void closeClustersWindow() {
        onFx(() -> {
            robot.lookup("#profileList").query().getScene().getWindow().hide();
            return null;
        });
    }

    /** Streams from the producer panel until at least {@link #RECORDS} are acknowledged, then stops; returns the acknowledged count. */
    private static long produce(String topic) {
        UiTestSupport.selectTab(robot, 1);
        type("#producerTopic .text-field", topic);
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        type("#producerRate", "200");
        robot.clickOn("#producerStart");
        awaitText(robot, "#producerRunMessage", "Streaming to", 20);
        Awaitility.await().atMost(30, TimeUnit.SECONDS).until(() -> UiTestSupport.counter(robot, "#producerAcked") >= RECORDS);
        robot.clickOn("#producerStop");
        awaitText(robot, "#producerRunMessage", "Finished", 30);
        assertThat(UiTestSupport.counter(robot, "#producerFailed")).isZero();
        return UiTestSupport.counter(robot, "#producerAcked");
    }

    private static void read(String topic, long expected) {
        UiTestSupport.selectTab(robot, 2);
        type("#liveTopic .text-field", topic);
        onFx(() -> {
            robot.lookup("#liveStartFrom").queryComboBox().getSelectionModel().select(StartChoice.EARLIEST);
            return null;
        });
        robot.clickOn("#liveStart");
        Awaitility.await().atMost(30, TimeUnit.SECONDS).until(() -> UiTestSupport.counter(robot, "#liveCount") == expected);
        robot.clickOn("#liveStart");
    }


    private static long onBroker(String topic) throws Exception {
        try (Admin admin = BROKER.admin()) {
            Map<TopicPartition, OffsetSpec> latest = new LinkedHashMap<>();
            latest.put(new TopicPartition(topic, 0), OffsetSpec.latest());
            return admin.listOffsets(latest).all().get().values().stream().mapToLong(o -> o.offset()).sum();
        }
    }
}
