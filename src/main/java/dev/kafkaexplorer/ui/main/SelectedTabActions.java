package dev.kafkaexplorer.ui.main;

import dev.kafkaexplorer.ui.common.NodeTree;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;

/**
 * Find and Refresh, which act on whatever screen the selected tab shows: Find focuses its filter
 * field (and is disabled where there is none), Refresh presses its refresh button, else the
 * topic list's.
 */
final class SelectedTabActions {

    private final Node root;
    private final TabPane tabs;

    SelectedTabActions(Node root, TabPane tabs) {
        this.root = root;
        this.tabs = tabs;
    }

    /** Makes {@code findItem} and {@code refreshItem} act on the selected tab. */
    void wire(MenuItem findItem, MenuItem refreshItem) {
        refreshItem.setOnAction(e -> refreshButton().ifPresent(ButtonBase::fire));
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

    /** The current tab's refresh button (fx:id starting with "refresh" or ending with "Refresh"), else the topic list's. */
    private Optional<ButtonBase> refreshButton() {
        Tab tab = tabs.getSelectionModel().getSelectedItem();
        Optional<ButtonBase> own = tab == null || tab.getContent() == null ? Optional.empty()
                : NodeTree.descendants(tab.getContent())
                        .filter(n -> n instanceof ButtonBase && n.getId() != null
                                && (n.getId().startsWith("refresh") || n.getId().endsWith("Refresh")))
                        .map(ButtonBase.class::cast).findFirst();
        return own.or(() -> NodeTree.byId(root, "refreshTopicsButton", ButtonBase.class))
                .filter(button -> !button.isDisabled());
    }
}
