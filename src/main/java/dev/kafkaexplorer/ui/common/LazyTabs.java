package dev.kafkaexplorer.ui.common;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.animation.AnimationTimer;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * Builds each tab's screen when it is first wanted. A tab names its screen's FXML in its user data
 * and has no content until then: the tab selected at start is built at once, the others when they
 * are selected, or one per frame from {@link #buildRestOnePerFrame()}. Loading the four screens
 * behind the first one from FXML, then styling and skinning them for the first frame, was half the
 * CPU of a start. FX thread only.
 */
public final class LazyTabs {

    private final TabPane tabs;
    private final Function<String, Node> loader;
    private final Consumer<Node> onBuilt;

    /**
     * @param loader  builds the screen of an FXML file name
     * @param onBuilt told of each screen once built, before it joins the scene
     */
    public LazyTabs(TabPane tabs, Function<String, Node> loader, Consumer<Node> onBuilt) {
        this.tabs = tabs;
        this.loader = loader;
        this.onBuilt = onBuilt;
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, tab) -> build(tab));
    }

    /** Builds the selected tab's screen, for the first frame. */
    public void buildSelected() {
        build(tabs.getSelectionModel().getSelectedItem());
    }

    /** Builds the screens not built yet one per frame, so no frame does much of that work. */
    public void buildRestOnePerFrame() {
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                Optional<Tab> next = tabs.getTabs().stream().filter(LazyTabs::waiting).findFirst();
                next.ifPresentOrElse(LazyTabs.this::build, this::stop);
            }
        }.start();
    }

    /** Builds {@code tab}'s screen now if it was not yet (a view that shows it outside its tab needs it). */
    public void build(Tab tab) {
        if (tab == null || !waiting(tab)) {
            return;
        }
        String fxml = (String) tab.getUserData();
        // Tried once: a screen that fails to load must not be tried again every frame.
        tab.setUserData(null);
        Node screen = loader.apply(fxml);
        onBuilt.accept(screen);
        tab.setContent(screen);
    }

    private static boolean waiting(Tab tab) {
        return tab.getContent() == null && tab.getUserData() instanceof String;
    }
}
