package dev.kafkaexplorer.ui.main;

import dev.kafkaexplorer.ui.common.LazyTabs;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.util.Duration;

/**
 * View → Producer and Live side by side: the producer's screen above the live table's, in one split
 * that whichever of their two tabs is selected shows. The screens themselves move (a node has one
 * parent), so they keep their state: a producer run and the live table go on across the switch.
 * Above each other rather than beside: the live table's first toolbar row needs about 870 px at
 * its fields' minimum widths, so half of an 1100 px window would cut it, while the full width
 * gives its table long value columns. FX thread only.
 */
final class SideBySide {

    /** The split's fx:id; the layout remembers its divider under it. */
    static final String SPLIT_ID = "sideBySideSplit";

    /** The least height either half keeps when the divider is dragged: a toolbar and a few rows. */
    private static final double SHRUNK_HEIGHT = 150;

    /** Some pulses after a run starts or ends: the focus has moved off the disabled form by then. */
    private static final Duration FOCUS_SETTLED = Duration.millis(150);

    private final TabPane tabs;
    private final Tab producerTab;
    private final Tab liveTab;
    private final LazyTabs screens;
    private final Consumer<Node> adopt;
    private final SplitPane split = new SplitPane();
    private final ScrollPane producerHalf = half("sideBySideProducer");
    private final ScrollPane liveHalf = half("sideBySideLive");
    private Node producerScreen;
    private Node liveScreen;
    private boolean on;

    /**
     * @param adopt          told of the split each time it is filled, so the layout restores and follows its divider
     * @param producerRunning whether a producer run is going
     */
    SideBySide(TabPane tabs, Tab producerTab, Tab liveTab, LazyTabs screens, Consumer<Node> adopt,
               ObservableValue<Boolean> producerRunning) {
        this.tabs = tabs;
        this.producerTab = producerTab;
        this.liveTab = liveTab;
        this.screens = screens;
        this.adopt = adopt;
        split.setId(SPLIT_ID);
        split.setOrientation(Orientation.VERTICAL);
        split.getStyleClass().add("side-by-side");
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, tab) -> {
            if (on) {
                place();
            }
        });
        // A run starting disables the form; on the next pulse the focus falls to its last control
        // and the half scrolled down to it, out of sight of the run's figures (seen at 1100×720).
        // Once that has happened, the figures come back into view.
        PauseTransition settled = new PauseTransition(FOCUS_SETTLED);
        settled.setOnFinished(e -> producerHalf.setVvalue(0));
        producerRunning.addListener((obs, was, now) -> settled.playFromStart());
    }

    /** {@code item} turns it on and off, starting as {@code saved}; {@code changed} runs after each switch. */
    void follow(CheckMenuItem item, boolean saved, Runnable changed) {
        item.setSelected(saved);
        show(saved);
        item.selectedProperty().addListener((obs, was, now) -> {
            show(now);
            changed.run();
        });
    }

    /** Shows the two screens together ({@code wanted}) or each in its own tab again. */
    void show(boolean wanted) {
        if (wanted == on) {
            return;
        }
        if (wanted) {
            join();
        } else {
            part();
        }
    }

    private void join() {
        screens.build(producerTab);
        screens.build(liveTab);
        producerScreen = producerTab.getContent();
        liveScreen = liveTab.getContent();
        if (producerScreen == null || liveScreen == null) {
            // A screen that failed to load: its tab says so, and the split would show half a view.
            return;
        }
        producerTab.setContent(null);
        liveTab.setContent(null);
        producerHalf.setContent(producerScreen);
        liveHalf.setContent(liveScreen);
        split.getItems().setAll(producerHalf, liveHalf);
        split.setDividerPositions(0.5);
        adopt.accept(split);
        on = true;
        place();
    }

    private void part() {
        on = false;
        producerTab.setContent(null);
        liveTab.setContent(null);
        split.getItems().clear();
        producerHalf.setContent(null);
        liveHalf.setContent(null);
        producerTab.setContent(producerScreen);
        liveTab.setContent(liveScreen);
    }

    /**
     * Each screen asks for more height than half a 720 px window has (the producer's figures and
     * chart, the live table's toolbars and detail pane): a half shorter than that scrolls rather
     * than cut its screen, and fills its half when there is room.
     */
    private static ScrollPane half(String id) {
        ScrollPane half = new ScrollPane();
        half.setId(id);
        half.setFitToWidth(true);
        half.setFitToHeight(true);
        half.setMinHeight(SHRUNK_HEIGHT);
        half.getStyleClass().add("edge-to-edge");
        return half;
    }

    /** The split goes with the selected one of its two tabs; with neither selected it waits in the producer's. */
    private void place() {
        Tab holder = tabs.getSelectionModel().getSelectedItem() == liveTab ? liveTab : producerTab;
        Tab other = holder == liveTab ? producerTab : liveTab;
        if (holder.getContent() != split) {
            other.setContent(null);
            holder.setContent(split);
        }
    }
}
