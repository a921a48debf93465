package dev.kafkaexplorer.ui;

import static dev.kafkaexplorer.ui.UiTestSupport.awaitText;

import dev.kafkaexplorer.registry.RegistryAccess;
import dev.kafkaexplorer.registry.SchemaRegistries;
import dev.kafkaexplorer.registry.SchemaRegistry;
import dev.kafkaexplorer.registry.local.LocalSchemaRegistry;
import dev.kafkaexplorer.testing.TestBroker;
import javafx.application.Application;
import org.testfx.api.FxRobot;

/**
 * The app as the registry UI tests start it: on the test broker, with {@code --schema-registry}
 * naming a local registry kept on that broker, and connected. Closing stops the app, then the registry.
 */
final class AppWithLocalRegistry implements AutoCloseable {

    private final LocalSchemaRegistry registry;
    private final Application app;

    private AppWithLocalRegistry(LocalSchemaRegistry registry, Application app) {
        this.registry = registry;
        this.app = app;
    }

    /** Starts the registry and the app (its settings under {@code name}); returns once the app says Connected. */
    static AppWithLocalRegistry launch(String name, FxRobot robot) throws Exception {
        LocalSchemaRegistry registry = LocalSchemaRegistry.start(TestBroker.access());
        Application app = UiTestSupport.startApp(name, "--bootstrap-servers=" + TestBroker.bootstrapServers(),
                "--schema-registry=" + registry.url());
        awaitText(robot, "#connectionStatus", "Connected", 30);
        return new AppWithLocalRegistry(registry, app);
    }

    /** A client of the same registry, as another tool would be. */
    SchemaRegistry client() {
        return SchemaRegistries.forAccess(RegistryAccess.open(registry.url()));
    }

    @Override
    public void close() throws Exception {
        UiTestSupport.stopApp(app);
        registry.close();
    }
}
