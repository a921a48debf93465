package dev.kafkaexplorer.ui.main;

import dev.kafkaexplorer.ui.common.NodeTree;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;

/**
 * Find, which acts on whatever screen the selected tab shows: it focuses the screen's filter
 * field, and is disabled where there is none. (Refresh is a command of each screen: {@link WindowCommands}.)
 */
final class SelectedTabActions {

    private SelectedTabActions() {
    }

    /** Makes {@code findItem} act on the selected tab's filter field. */
    static void wireFind(TabPane tabs, MenuItem findItem) {
        findItem.setOnAction(e -> filterField(tabs.getSelectionModel().getSelectedItem()).ifPresent(field -> {
            field.requestFocus();
            field.selectAll();
        }));
        Runnable updateFind = () -> findItem.setDisable(filterField(tabs.getSelectionModel().getSelectedItem()).isEmpty());
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, tab) -> updateFind.run());
        // A tab's screen joins it when first wanted, after the selection has changed.
        tabs.getTabs().forEach(tab -> tab.contentProperty().addListener(obs -> updateFind.run()));
        updateFind.run();
    }

    /** By convention a screen's filter field is the text field whose fx:id ends in "Filter". */
    static boolean isFilterField(Node node) {
        return node instanceof TextField && node.getId() != null && node.getId().endsWith("Filter");
    }

    private static Optional<TextField> filterField(Tab tab) {
        if (tab == null || tab.getContent() == null) {
            return Optional.empty();
        }
        return NodeTree.descendants(tab.getContent()).filter(SelectedTabActions::isFilterField)
                .map(TextField.class::cast).findFirst();
    }
}
