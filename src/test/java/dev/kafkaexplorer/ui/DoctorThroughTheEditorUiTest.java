package dev.kafkaexplorer.ui;

import static dev.kafkaexplorer.ui.UiTestSupport.isDisabled;
import static dev.kafkaexplorer.ui.UiTestSupport.onFx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kafkaexplorer.broker.EmbeddedBroker;
import dev.kafkaexplorer.kafka.doctor.DoctorStep;
import dev.kafkaexplorer.testing.SecuredTestBroker;
import dev.kafkaexplorer.testing.HelloHttpServer;
import dev.kafkaexplorer.testing.TestBroker;
import dev.kafkaexplorer.testing.TestCertificates;
import dev.kafkaexplorer.testing.UnresolvableAdvertisedBroker;
import dev.kafkaexplorer.ui.connection.DoctorStepCell;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.api.FxRobot;

/**
 * The connection doctor as a user meets it in the Clusters window: for each mistake made with a
 * cluster's address or security, the profile is typed into the editor, Test connection pressed,
 * and the doctor's list shows the step that fails, with the words that name the likely fix.
 */
class DoctorThroughTheEditorUiTest {

    static {
        UiTestSupport.configureHeadless();
    }

    private static final FxRobot robot = new FxRobot();
    private static final Path PICTURES = Path.of("target", "doctor-pictures");
    private static Application app;
    private static HelloHttpServer http;

    /** Each mistake the doctor must name, as a user makes it in the editor. */
    enum Mistake {
        UNKNOWN_HOST,
        CLOSED_PORT,
        HTTP_SERVER,
        PLAINTEXT_PROFILE_ON_TLS_PORT,
        TLS_PROFILE_ON_PLAINTEXT_PORT,
        UNTRUSTED_CA,
        HOST_NAME_MISMATCH,
        MISSING_CLIENT_CERTIFICATE,
        WRONG_PASSWORD,
        SASL_MECHANISM_NOT_ENABLED,
        UNRESOLVABLE_ADVERTISED_LISTENER,
        DENIED_DESCRIBE
    }

    /** The step that must fail and words its sentence must hold. */
    private record Expected(String step, String... words) {
    }

    @BeforeAll
    static void startTheAppAndOpenTheClustersWindow() throws Exception {
        http = HelloHttpServer.start();
        app = UiTestSupport.startApp("doctor-editor", "--bootstrap-servers=" + TestBroker.bootstrapServers());
        UiTestSupport.awaitText(robot, "#connectionStatus", "Connected", 30);
        robot.clickOn("#clustersButton");
        Awaitility.await().atMost(10, TimeUnit.SECONDS).until(() -> UiTestSupport.isShowing(robot, "#clustersRoot"));
        // The size the pictures are judged at: the doctor's words must fit there.
        onFx(() -> {
            Stage stage = (Stage) clustersRoot().getScene().getWindow();
            stage.setWidth(1100);
            stage.setHeight(720);
            return null;
        });
    }

    @AfterAll
    static void stop() throws Exception {
        UiTestSupport.stopApp(app);
        http.close();
    }

    /** Every mistake, or only those named in {@code -Ddoctor.mistakes=WRONG_PASSWORD,CLOSED_PORT} to run them alone. */
    static Stream<Mistake> mistakes() {
        String only = System.getProperty("doctor.mistakes", "");
        return Arrays.stream(Mistake.values())
                .filter(mistake -> only.isBlank() || Arrays.asList(only.split(",")).contains(mistake.name()));
    }

    @ParameterizedTest
    @MethodSource("mistakes")
    void testConnectionShowsTheFailedStepAndItsWords(Mistake mistake) throws Exception {
        List<AutoCloseable> started = new ArrayList<>();
        try {
            robot.clickOn("#addProfileButton");
            type("#profileName", "doctor " + mistake.name().toLowerCase().replace('_', ' '));
            Expected expected = fill(mistake, started);
            // Saved first, as a user keeps what took a while to type; the next Add then asks nothing.
            robot.clickOn("#saveProfileButton");
            Awaitility.await().atMost(20, TimeUnit.SECONDS).until(() -> isDisabled(robot, "#saveProfileButton")
                    && !isDisabled(robot, "#testConnectionButton"));
            robot.clickOn("#testConnectionButton");

            Awaitility.await().atMost(60, TimeUnit.SECONDS).pollInterval(100, TimeUnit.MILLISECONDS)
                    .until(() -> steps().stream().anyMatch(line -> line.contains(": failed — ")));
            List<String> steps = steps();
            List<String> failed = steps.stream().filter(line -> line.contains(": failed — ")).toList();
            assertThat(failed).as(steps.toString()).hasSize(1);
            String line = failed.get(0);
            assertThat(line).as(steps.toString()).startsWith(expected.step() + ": failed — ").contains(expected.words());
            assertThat(steps.subList(steps.indexOf(line) + 1, steps.size()))
                    .allMatch(later -> later.contains(": skipped — "));
            assertThat(onFx(() -> ((Label) clustersRoot().lookup("#doctorSummary")).getText()))
                    .contains("fails at \"" + expected.step() + "\"");
            // Drawn on the next pulses, once the doctor's panel has made room for the list.
            Awaitility.await().atMost(10, TimeUnit.SECONDS).pollInterval(100, TimeUnit.MILLISECONDS).untilAsserted(() ->
                    assertThat(shownWhole(expected.step())).as("the failed step's words, as drawn in the list").isEqualTo(line));
            if (mistake == Mistake.WRONG_PASSWORD) {
                Image picture = onFx(() -> clustersRoot().getScene().snapshot(null));
                ScenePicture.write(picture, PICTURES.resolve("wrong-password.png"));
            }
        } finally {
            for (AutoCloseable each : started) {
                each.close();
            }
        }
    }

    /** Types the profile of {@code mistake} as a user would; returns what the doctor must say. */
    private static Expected fill(Mistake mistake, List<AutoCloseable> started) throws Exception {
        return switch (mistake) {
            case UNKNOWN_HOST -> {
                type("#profileServers", "no-such-host.invalid:9092");
                yield new Expected("Host names resolve", "'no-such-host.invalid' does not resolve", "typos");
            }
            case CLOSED_PORT -> {
                String closed = "127.0.0.1:" + EmbeddedBroker.freePort();
                type("#profileServers", closed);
                // Refused at once, not a connect timed out: within the 1 s.
                yield new Expected("TCP connects", "Nothing listens on " + closed, "refused", "port closed");
            }
            case HTTP_SERVER -> {
                String address = http.address();
                type("#profileServers", address);
                // Told apart by its answer, not by a Kafka request timing out: within the 2 s.
                yield new Expected("Speaks Kafka", "An HTTP server answered at " + address, "not a Kafka broker");
            }
            case PLAINTEXT_PROFILE_ON_TLS_PORT -> {
                type("#profileServers", broker().sslServers());
                choose("#securityProtocol", "PLAINTEXT");
                yield new Expected("Speaks Kafka", broker().sslServers() + " is a TLS listener", "set it to SSL");
            }
            case TLS_PROFILE_ON_PLAINTEXT_PORT -> {
                type("#profileServers", TestBroker.bootstrapServers());
                choose("#securityProtocol", "SSL");
                yield new Expected("Speaks Kafka", "does not speak TLS", "plaintext listener", "Set it to PLAINTEXT");
            }
            case UNTRUSTED_CA -> {
                // The CA file of another CA than the one that signed the broker's certificate.
                type("#profileServers", broker().sslServers());
                choose("#securityProtocol", "SSL");
                choose("#trustSource", "PEM");
                type("#trustPath", anotherCaPem().toString());
                clientCertificateFromPem();
                yield new Expected("TLS handshake", "not signed by a CA the profile trusts", "truststore");
            }
            case HOST_NAME_MISMATCH -> {
                // The broker's certificate is for localhost and 127.0.0.1; this machine's own name reaches it too.
                String otherName = InetAddress.getLocalHost().getHostName();
                assumeTrue(InetAddress.getByName(otherName).isLoopbackAddress() && !otherName.equals("localhost"),
                        "this machine's host name must resolve to the loopback address");
                String port = broker().sslServers().substring(broker().sslServers().lastIndexOf(':') + 1);
                type("#profileServers", otherName + ":" + port);
                choose("#securityProtocol", "SSL");
                trustTheTestCa();
                clientCertificateFromPem();
                yield new Expected("TLS handshake", "not made out for '" + otherName + "'", "subject alternative names");
            }
            case MISSING_CLIENT_CERTIFICATE -> {
                type("#profileServers", broker().sslServers());
                choose("#securityProtocol", "SSL");
                trustTheTestCa();
                choose("#clientCertificate", "None");
                yield new Expected("TLS handshake", "requires a client certificate", "ssl.client.auth=required", "keystore");
            }
            case WRONG_PASSWORD -> {
                SecuredTestBroker.Credentials user = broker().scramSha512User();
                saslSsl("SCRAM-SHA-512", user.user(), "not-" + user.password());
                yield new Expected("SASL login", "refused the user name or password (SCRAM-SHA-512)", "Broker said:");
            }
            case SASL_MECHANISM_NOT_ENABLED -> {
                SecuredTestBroker.Credentials user = broker().scramSha256User();
                saslSsl("SCRAM-SHA-256", user.user(), user.password());
                yield new Expected("SASL login", "does not enable SCRAM-SHA-256", "sasl.enabled.mechanisms");
            }
            case UNRESOLVABLE_ADVERTISED_LISTENER -> {
                UnresolvableAdvertisedBroker docker = UnresolvableAdvertisedBroker.start();
                started.add(docker);
                type("#profileServers", docker.bootstrapServers());
                yield new Expected("Advertised listeners", "advertises " + UnresolvableAdvertisedBroker.ADVERTISED_HOST,
                        "does not resolve", "advertised.listeners");
            }
            case DENIED_DESCRIBE -> {
                SecuredTestBroker.Credentials denied = broker().deniedUser();
                saslSsl("SCRAM-SHA-512", denied.user(), denied.password());
                yield new Expected("Authorization", "Describing the cluster was denied", "DESCRIBE on the Cluster");
            }
        };
    }

    private static void saslSsl(String mechanism, String user, String password) {
        type("#profileServers", broker().saslSslServers());
        choose("#securityProtocol", "SASL_SSL");
        choose("#saslMechanism", mechanism);
        type("#saslUsername", user);
        type("#saslPassword", password);
        trustTheTestCa();
    }

    private static void trustTheTestCa() {
        choose("#trustSource", "PEM");
        type("#trustPath", broker().certificates().caPem().toString());
    }

    private static void clientCertificateFromPem() {
        TestCertificates certs = broker().certificates();
        choose("#clientCertificate", "PEM");
        type("#certificatePath", certs.clientCertificatePem().toString());
        type("#keyPath", certs.clientKeyPem().toString());
    }

    /** Started only by the cases that need it, so each unsecured case runs alone without it. */
    private static SecuredTestBroker broker() {
        return SecuredTestBroker.shared();
    }

    /** The certificate of a CA of its own (made with the JDK's keytool) as a PEM file: not the broker's CA. */
    private static Path anotherCaPem() throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("kafka-explorer-other-ca");
        String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        String store = dir.resolve("other-ca.p12").toString();
        Path pem = dir.resolve("other-ca.pem");
        keytool(keytool, "-genkeypair", "-alias", "ca", "-dname", "CN=Some Other CA", "-ext", "bc:c", "-keyalg", "RSA",
                "-keysize", "2048", "-validity", "30", "-keystore", store, "-storetype", "PKCS12", "-storepass", "other-ca");
        keytool(keytool, "-exportcert", "-rfc", "-alias", "ca", "-keystore", store, "-storetype", "PKCS12",
                "-storepass", "other-ca", "-file", pem.toString());
        return pem;
    }

    private static void keytool(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0).as(output).isTrue();
    }

    private static void type(String query, String text) {
        UiTestSupport.type(robot, query, text);
    }

    private static void choose(String query, String label) {
        UiTestSupport.choose(robot, query, label);
    }

    /** The Clusters window's root: the main window has a doctor list of its own. */
    private static Parent clustersRoot() {
        return robot.lookup("#clustersRoot").queryAs(Parent.class);
    }

    @SuppressWarnings("unchecked")
    private static ListView<DoctorStep> doctorSteps() {
        return (ListView<DoctorStep>) clustersRoot().lookup("#doctorSteps");
    }

    /** The lines of the Clusters window's doctor list, as its items read: "step: failed — words". */
    private static List<String> steps() {
        return onFx(() -> doctorSteps().getItems().stream().map(DoctorStep::toString).toList());
    }

    /**
     * The text drawn for the failed step {@code name} inside the list's visible part, as the
     * list shows it without the user scrolling: a label cut short would draw its text ending in an ellipsis.
     */
    private static String shownWhole(String name) {
        return onFx(() -> {
            ListView<DoctorStep> list = doctorSteps();
            Bounds visible = list.localToScene(list.getLayoutBounds());
            return list.lookupAll(".list-cell").stream()
                    .filter(node -> node instanceof DoctorStepCell cell && cell.getItem() != null
                            && cell.getItem().failed() && cell.getItem().name().equals(name) && cell.isVisible())
                    .map(cell -> ((Parent) ((DoctorStepCell) cell).getGraphic()).getChildrenUnmodifiable().stream()
                            .filter(Label.class::isInstance).map(Label.class::cast).findFirst().orElseThrow())
                    .filter(label -> visible.contains(label.localToScene(label.getLayoutBounds())))
                    .map(label -> label.lookup(".text") instanceof javafx.scene.text.Text drawn ? drawn.getText() : "")
                    .findFirst().orElse("(not drawn whole inside the list)");
        });
    }
}
