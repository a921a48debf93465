package dev.kafkaexplorer.ui;

import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import org.awaitility.Awaitility;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Shared set-up of the TestFX UI tests: headless Monocle unless {@code -Dtestfx.headless=false},
 * and small waits for what the user would see.
 */
public final class UiTestSupport {

    private UiTestSupport() {
    }

    /** Call before the toolkit starts (a static initializer of the test class). */
    public static void configureHeadless() {
        if (Boolean.parseBoolean(System.getProperty("testfx.headless", "true"))) {
            System.setProperty("testfx.robot", "glass");
            System.setProperty("testfx.headless", "true");
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
            System.setProperty("prism.text", "t2k");
            System.setProperty("java.awt.headless", "true");
            // A screen that holds a 1440×900 window: Monocle's default is smaller, and the first test
            // class to start the toolkit decides it for every class of the JVM (surefire reuses one).
            System.setProperty("headless.geometry", "1600x1000-32");
        }
        // As the launcher does, so tests and benchmarks render as the app does.
        dev.kafkaexplorer.ui.common.RenderingSettings.applyBeforeToolkitStarts();
    }

    /** Runs {@code query} on the FX thread and returns its result: controls are read only there. */
    public static <T> T onFx(java.util.concurrent.Callable<T> query) {
        try {
            return WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, WaitForAsyncUtils.asyncFx(query));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("The FX thread did not answer within 10 s", e);
        }
    }

    /**
     * Selects all the text of the field {@code query} finds and deletes it, as a user would. The
     * selection is made on the FX thread after the click: a Ctrl+A typed by the robot was now and
     * then lost on a loaded machine, and the next text was then typed in front of the old one.
     */
    public static void erase(FxRobot robot, String query) {
        robot.clickOn(query);
        onFx(() -> {
            Node node = robot.lookup(query).query();
            if (node instanceof javafx.scene.control.TextInputControl field) {
                field.requestFocus();
                field.selectAll();
            }
            return null;
        });
        if (!(onFx(() -> robot.lookup(query).query()) instanceof javafx.scene.control.TextInputControl)) {
            robot.press(javafx.scene.input.KeyCode.CONTROL).press(javafx.scene.input.KeyCode.A)
                    .release(javafx.scene.input.KeyCode.A).release(javafx.scene.input.KeyCode.CONTROL);
        }
        robot.press(javafx.scene.input.KeyCode.BACK_SPACE).release(javafx.scene.input.KeyCode.BACK_SPACE);
    }

    /** The text of a labeled node as the user reads it now, fetched on the FX thread. */
    public static String textOf(FxRobot robot, String query) {
        return onFx(() -> robot.lookup(query).queryAs(Labeled.class).getText());
    }

    public static boolean isDisabled(FxRobot robot, String query) {
        return onFx(() -> robot.lookup(query).queryAs(Node.class).isDisabled());
    }

    public static boolean isShowing(FxRobot robot, String query) {
        return onFx(() -> {
            Node node = robot.lookup(query).tryQuery().orElse(null);
            return node != null && node.isVisible() && node.getScene() != null && node.getScene().getWindow().isShowing();
        });
    }

    public static void awaitText(FxRobot robot, String query, String contains, int seconds) {
        Awaitility.await().atMost(seconds, TimeUnit.SECONDS).pollInterval(100, TimeUnit.MILLISECONDS)
                .until(() -> textOf(robot, query).contains(contains));
    }

    /**
     * Starts the app in the test JVM's one primary stage, with a new temporary config dir (named
     * after {@code name}) and {@code args}.
     */
    public static javafx.application.Application startApp(String name, String... args) throws Exception {
        return startAppIn(java.nio.file.Files.createTempDirectory("kafka-explorer-" + name), args);
    }

    /** Starts the app in the test JVM's one primary stage with {@code configDir} (kept, so a later start finds what it saved). */
    public static javafx.application.Application startAppIn(java.nio.file.Path configDir, String... args) throws Exception {
        String[] all = java.util.Arrays.copyOf(args, args.length + 1);
        all[args.length] = "--config-dir=" + configDir;
        org.testfx.api.FxToolkit.registerPrimaryStage();
        return org.testfx.api.FxToolkit.setupApplication(dev.kafkaexplorer.App.class, all);
    }

    /** Selects the main window's tab {@code index} (0: Topics, 1: Producer, 2: Live, …). */
    public static void selectTab(FxRobot robot, int index) {
        onFx(() -> {
            robot.lookup("#mainTabs").queryAs(javafx.scene.control.TabPane.class).getSelectionModel().select(index);
            return null;
        });
    }

    /** The number a counter label shows (digits with or without grouping), 0 while it shows none. */
    public static long counter(FxRobot robot, String query) {
        String digits = textOf(robot, query).replaceAll("[^0-9]", "");
        return digits.isEmpty() ? 0 : Long.parseLong(digits);
    }

    /** Closes the app as the window's close would, and waits until its clients and broker have stopped. */
    public static void stopApp(javafx.application.Application app) throws Exception {
        org.testfx.api.FxToolkit.cleanupApplication(app);
        dev.kafkaexplorer.App.awaitShutdown(java.time.Duration.ofSeconds(10));
    }

    /** Erases the field {@code query} finds and types {@code text} into it, as a user does. */
    public static void type(FxRobot robot, String query, String text) {
        erase(robot, query);
        robot.write(text);
    }

    /**
     * Picks the item of the combo box {@code query} finds that reads {@code label}, or else the
     * first whose text names it, as a user picks from the list.
     */
    @SuppressWarnings("unchecked")
    public static void choose(FxRobot robot, String query, String label) {
        onFx(() -> {
            javafx.scene.control.ComboBox<Object> box = robot.lookup(query).queryAs(javafx.scene.control.ComboBox.class);
            java.util.function.Function<Object, String> text = item ->
                    box.getConverter() == null ? String.valueOf(item) : box.getConverter().toString(item);
            Object item = box.getItems().stream().filter(i -> text.apply(i).equals(label)).findFirst()
                    .or(() -> box.getItems().stream().filter(i -> text.apply(i).contains(label)).findFirst())
                    .orElseThrow(() -> new AssertionError(query + " offers no " + label + ": " + box.getItems()));
            box.getSelectionModel().select(item);
            return null;
        });
    }
}
