package dev.kafkaexplorer.ui.common;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToolBar;

/**
 * Walks a view as loaded from FXML, including the content of tabs, split panes, scroll panes and
 * titled panes. {@link Node#lookup} misses those until their skins exist, which for a tab not yet
 * shown is never; this walk finds them from the start.
 */
public final class NodeTree {

    private NodeTree() {
    }

    /** {@code root} and every node below it, parents before children. */
    public static Stream<Node> descendants(Node root) {
        List<Node> found = new ArrayList<>();
        // Once a skin exists, a tab's content is also a child of the skin: visit each node once.
        Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Node> pending = new ArrayDeque<>();
        pending.push(root);
        while (!pending.isEmpty()) {
            Node node = pending.pop();
            if (!seen.add(node)) {
                continue;
            }
            found.add(node);
            List<Node> children = children(node);
            for (int i = children.size() - 1; i >= 0; i--) {
                pending.push(children.get(i));
            }
        }
        return found.stream();
    }

    /** The first node below {@code root} (or {@code root} itself) with this fx:id and type. */
    public static <T> Optional<T> byId(Node root, String id, Class<T> type) {
        return descendants(root).filter(n -> id.equals(n.getId()) && type.isInstance(n)).map(type::cast).findFirst();
    }

    private static List<Node> children(Node node) {
        List<Node> children = new ArrayList<>();
        if (node instanceof TabPane tabs) {
            tabs.getTabs().stream().map(Tab::getContent).forEach(children::add);
        } else if (node instanceof SplitPane split) {
            children.addAll(split.getItems());
        } else if (node instanceof ScrollPane scroll) {
            children.add(scroll.getContent());
        } else if (node instanceof TitledPane titled) {
            children.add(titled.getContent());
        } else if (node instanceof ToolBar bar) {
            children.addAll(bar.getItems());
        }
        if (node instanceof Parent parent) {
            children.addAll(parent.getChildrenUnmodifiable());
        }
        children.removeIf(Objects::isNull);
        return children;
    }
}
