package dev.kafkaexplorer.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeTableView;
import javafx.scene.text.Text;

/**
 * Finds text a user sees cut in a part of the window: a label, button or check box that shows an
 * ellipsis instead of its whole text, a text field too narrow for its value (or, empty, for its
 * prompt). Rows of tables and lists are left out (their cells cut long values on purpose). FX thread only.
 */
final class CutText {

    private CutText() {
    }

    /** What reads cut under {@code root}, one line each (empty when all reads whole). */
    static List<String> under(Node root) {
        List<String> cut = new ArrayList<>();
        collect(root, cut);
        return cut;
    }

    private static void collect(Node node, List<String> cut) {
        if (!node.isVisible() || node instanceof TableView<?> || node instanceof ListView<?>
                || node instanceof TreeTableView<?> || node instanceof TextArea) {
            return;
        }
        if (node instanceof Labeled labeled) {
            String shown = shownText(labeled);
            String whole = labeled.getText();
            if (whole != null && !whole.isEmpty() && shown != null && !shown.equals(whole)) {
                cut.add(describe(node) + " shows \"" + shown + "\" for \"" + whole + "\"");
            }
        }
        if (node instanceof TextField field) {
            String text = field.getText() == null || field.getText().isEmpty() ? field.getPromptText() : field.getText();
            if (text != null && !text.isEmpty()) {
                Text measure = new Text(text);
                measure.setFont(field.getFont());
                double needed = measure.getLayoutBounds().getWidth();
                Insets padding = field.getPadding();
                double room = field.getWidth() - padding.getLeft() - padding.getRight();
                if (needed > room + 0.5) {
                    cut.add(describe(node) + " is " + Math.round(room) + " px for \"" + text + "\" (" + Math.round(needed) + " px)");
                }
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, cut);
            }
        }
    }

    /** The text the labeled's skin draws (its LabeledText child), or null before it has a skin. */
    private static String shownText(Labeled labeled) {
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text text && child.getStyleClass().contains("text")) {
                // A wrapped label draws its lines in one Text; compare without the line breaks.
                return labeled.isWrapText() ? text.getText().replace('\n', ' ').replaceAll("\\s+", " ").trim()
                        .equals(labeled.getText().replaceAll("\\s+", " ").trim()) ? labeled.getText() : text.getText()
                        : text.getText();
            }
        }
        return null;
    }

    private static String describe(Node node) {
        String id = node.getId();
        String kind = node.getClass().getSimpleName();
        if (id != null) {
            return kind + " #" + id;
        }
        Node parent = node.getParent();
        while (parent != null && parent.getId() == null) {
            parent = parent.getParent();
        }
        return kind + (node instanceof Labeled l ? " '" + l.getText() + "'" : "") + (parent == null ? "" : " in #" + parent.getId());
    }
}
