package dev.kafkaexplorer.ui.main;

import dev.kafkaexplorer.ui.common.LazyTabs;
import java.util.function.Consumer;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * View → Producer and Live side by side: the producer's screen above the live table's, in one split
 * that whichever of their two tabs is selected shows. The screens themselves move (a node has one
 * parent), so they keep their state: a producer run and the live table go on across the switch.
 * Above each other rather than beside: both screens have wide toolbars, and at 1100 px a half
 * width cut the live toolbar's fields, while the producer's form scrolls and its figures sit in one
 * row. FX thread only.
 */
final class SideBySide {

    /** The split's fx:id; the layout remembers its divider under it. */
    static final String SPLIT_ID = "sideBySideSplit";

    private final TabPane tabs;
    private final Tab producerTab;
    private final Tab liveTab;
    private final LazyTabs screens;
    private final Consumer<Node> adopt;
    private final SplitPane split = new SplitPane();
    private Node producerScreen;
    private Node liveScreen;
    private boolean on;

    /** @param adopt told of the split each time it is filled, so the layout restores and follows its divider */
    SideBySide(TabPane tabs, Tab producerTab, Tab liveTab, LazyTabs screens, Consumer<Node> adopt) {
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
        split.getItems().setAll(producerScreen, liveScreen);
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
        producerTab.setContent(producerScreen);
        liveTab.setContent(liveScreen);
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
