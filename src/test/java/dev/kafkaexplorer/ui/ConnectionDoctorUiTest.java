package dev.kafkaexplorer.ui;

import static dev.kafkaexplorer.ui.UiTestSupport.isShowing;
import static dev.kafkaexplorer.ui.UiTestSupport.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.kafkaexplorer.App;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.ListView;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The connection doctor as a user meets it: the app is told to connect to a web server's port,
 * the connect fails, and the doctor, run by itself, says the port speaks HTTP, not Kafka. Closed,
 * it comes back with Diagnose.
 */
class ConnectionDoctorUiTest {

    static {
        UiTestSupport.configureHeadless();
    }

    private static final FxRobot robot = new FxRobot();
    private static HttpServer http;
    private static String httpAddress;
    private static Application app;

    @BeforeAll
    static void launch() throws Exception {
        http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        http.createContext("/", exchange -> {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        http.start();
        httpAddress = "127.0.0.1:" + http.getAddress().getPort();
        Path configDir = Files.createTempDirectory("kafka-explorer-doctor-ui");
        // A short connect timeout: the app's own connect gives up before the doctor runs.
        Files.writeString(configDir.resolve("settings.json"), "{\"connectTimeoutSeconds\": 3}");
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(App.class, "--bootstrap-servers=" + httpAddress, "--config-dir=" + configDir);
    }

    @AfterAll
    static void close() throws Exception {
        UiTestSupport.stopApp(app);
        http.stop(0);
    }

    @Test
    void anHttpPortIsDiagnosedAsNotSpeakingKafka() {
        String failedStep = "Speaks Kafka: failed — An HTTP server answered at " + httpAddress + ", not a Kafka broker";
        awaitStep(failedStep);
        assertThat(steps()).hasSize(7);
        assertThat(steps().get(0)).startsWith("Host names resolve: passed — ");
        assertThat(steps().get(1)).isEqualTo("TCP connects: passed — A connection opened to " + httpAddress + ".");
        assertThat(steps().subList(3, 7)).allMatch(line -> line.contains(": skipped — "));
        assertThat(UiTestSupport.textOf(robot, "#doctorSummary")).contains("fails at \"Speaks Kafka\"");

        robot.clickOn("#doctorCloseButton");
        assertThat(isShowing(robot, "#doctorPanel")).isFalse();
        robot.clickOn("#diagnoseButton");
        assertThat(isShowing(robot, "#doctorPanel")).isTrue();
        awaitStep(failedStep);
    }

    private static void awaitStep(String start) {
        Awaitility.await().atMost(30, TimeUnit.SECONDS).pollInterval(100, TimeUnit.MILLISECONDS)
                .until(() -> steps().stream().anyMatch(line -> line.startsWith(start)));
    }

    @SuppressWarnings("unchecked")
    private static List<String> steps() {
        return onFx(() -> robot.lookup("#doctorSteps").queryAs(ListView.class).getItems().stream()
                .map(Object::toString).toList());
    }
}
