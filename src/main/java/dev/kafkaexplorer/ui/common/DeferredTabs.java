package dev.kafkaexplorer.ui.common;

import java.util.Optional;
import javafx.animation.AnimationTimer;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * Keeps the screens of tabs that are not shown out of the scene until they are wanted. A tab pane
 * styles and skins every tab's content for its first frame, shown or not: for the four screens
 * behind the first, that was half the CPU of a start (CSS, skins, and the JIT compiling both). A
 * deferred tab's content is built as usual (FXML, controller, view-model) and found by
 * {@link NodeTree}; it joins the scene when its tab is selected, or from {@link #attachRest}, one
 * tab per frame, once the first screen is up. FX thread only.
 */
public final class DeferredTabs {

    /** Key, in a tab's properties, of its content while it waits outside the scene. */
    private static final Object WAITING_CONTENT = new Object();

    private DeferredTabs() {
    }

    /** Takes the content of every tab but the selected one out of the scene until it is needed. */
    public static void deferUnselected(TabPane tabs) {
        Tab selected = tabs.getSelectionModel().getSelectedItem();
        for (Tab tab : tabs.getTabs()) {
            if (tab != selected && tab.getContent() != null) {
                tab.getProperties().put(WAITING_CONTENT, tab.getContent());
                tab.setContent(null);
            }
        }
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, tab) -> {
            if (tab != null) {
                attach(tab);
            }
        });
    }

    /** The tab's screen, whether it is in the scene yet or still waiting. */
    public static Node content(Tab tab) {
        Object waiting = tab.getProperties().get(WAITING_CONTENT);
        return waiting instanceof Node node ? node : tab.getContent();
    }

    /**
     * Brings the waiting screens into the scene, one per frame, so that each frame's styling work
     * stays small and the first visit to a tab is as quick as later ones.
     */
    public static void attachRest(TabPane tabs) {
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                Optional<Tab> next = tabs.getTabs().stream()
                        .filter(tab -> tab.getProperties().containsKey(WAITING_CONTENT)).findFirst();
                next.ifPresentOrElse(DeferredTabs::attach, this::stop);
            }
        }.start();
    }

    private static void attach(Tab tab) {
        Object waiting = tab.getProperties().remove(WAITING_CONTENT);
        if (waiting instanceof Node node) {
            tab.setContent(node);
        }
    }
}
