package dev.kafkaexplorer.ui;

import static dev.kafkaexplorer.ui.UiTestSupport.awaitText;
import static dev.kafkaexplorer.ui.UiTestSupport.onFx;
import static dev.kafkaexplorer.ui.UiTestSupport.textOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kafkaexplorer.registry.RegistryAccess;
import dev.kafkaexplorer.ui.connection.ConnectionViewModel;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import javafx.application.Application;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * {@code --local-broker} gives a newcomer a broker and a schema registry with nothing installed:
 * the window's connection carries the local registry, which answers Confluent's {@code GET /subjects};
 * {@code --schema-registry} given with it takes its place.
 */
class LocalRegistryUiTest {

    static {
        UiTestSupport.configureHeadless();
    }

    private static final FxRobot robot = new FxRobot();

    @Test
    void theLocalBrokersConnectionHasARegistryThatAnswers() throws Exception {
        Application app = UiTestSupport.startApp("local-registry", "--local-broker");
        try {
            awaitText(robot, "#connectionStatus", "Connected", 90);
            RegistryAccess registry = currentRegistry().orElseThrow(() -> new AssertionError(
                    "no registry on the local broker's connection: " + textOf(robot, "#connectionStatus")));
            assertThat(registry.url()).startsWith("http://127.0.0.1:");
            assertThat(textOf(robot, "#connectionStatus")).endsWith("), schema registry on " + registry.url());

            HttpResponse<String> subjects = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(registry.url() + "/subjects")).timeout(Duration.ofSeconds(10)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(subjects.statusCode()).isEqualTo(200);
            assertThat(subjects.body().strip()).startsWith("[").endsWith("]");
        } finally {
            UiTestSupport.stopApp(app);
        }
    }

    @Test
    void aGivenRegistryTakesThePlaceOfTheLocalOne() throws Exception {
        Application app = UiTestSupport.startApp("given-registry", "--local-broker", "--schema-registry=http://127.0.0.1:48282");
        try {
            awaitText(robot, "#connectionStatus", "Connected", 90);
            assertThat(currentRegistry()).contains(RegistryAccess.open("http://127.0.0.1:48282"));
        } finally {
            UiTestSupport.stopApp(app);
        }
    }

    private static Optional<RegistryAccess> currentRegistry() {
        return onFx(() -> ((ConnectionViewModel) robot.lookup("#connectionStatus").query().getProperties()
                .get(ConnectionViewModel.class)).connectionProperty().get().access().schemaRegistry());
    }
}
