package dev.kafkaexplorer.ui.main;

import dev.kafkaexplorer.ui.common.Icons;
import dev.kafkaexplorer.ui.common.NodeTree;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * One icon per action, given by fx:id in one place, so the screens' FXML stays about layout and
 * every action looks alike. Buttons whose text switches (Start/Stop, Pause/Resume) switch icon too.
 */
final class ActionIcons {

    private static final Map<String, Ikon> BY_ID = Map.ofEntries(
            Map.entry("connectButton", Material2AL.LINK),
            Map.entry("localBrokerButton", Material2AL.DNS),
            Map.entry("clustersButton", Material2AL.LIST),
            Map.entry("cancelConnectButton", Material2AL.CLOSE),
            Map.entry("refreshTopicsButton", Material2MZ.REFRESH),
            Map.entry("createTopicButton", Material2AL.ADD),
            Map.entry("deleteTopicButton", Material2AL.DELETE),
            Map.entry("produceMessageButton", Material2MZ.SEND),
            Map.entry("groupRefresh", Material2MZ.REFRESH),
            Map.entry("groupReset", Material2AL.HISTORY),
            Map.entry("groupDelete", Material2AL.DELETE),
            Map.entry("clusterRefresh", Material2MZ.REFRESH),
            Map.entry("partitionsRefresh", Material2MZ.REFRESH),
            Map.entry("addPartitionsButton", Material2AL.ADD),
            Map.entry("configSave", Material2MZ.SAVE),
            Map.entry("configReset", Material2MZ.RESTORE),
            Map.entry("producerStop", Material2MZ.STOP),
            Map.entry("producerPreviewRefresh", Material2MZ.REFRESH),
            Map.entry("liveClear", Material2AL.CLEAR_ALL),
            Map.entry("schemasRefresh", Material2MZ.REFRESH),
            Map.entry("deleteSubjectButton", Material2AL.DELETE),
            Map.entry("deleteVersionButton", Material2AL.DELETE),
            Map.entry("copySchemaButton", Material2AL.CONTENT_COPY),
            Map.entry("startFromShownButton", Material2AL.EDIT),
            Map.entry("compareButton", Material2AL.COMPARE_ARROWS),
            Map.entry("liveExport", Material2MZ.SAVE_ALT),
            Map.entry("liveCopyKey", Material2AL.CONTENT_COPY),
            Map.entry("liveCopyValue", Material2AL.CONTENT_COPY),
            Map.entry("newWindowMenuItem", Material2MZ.OPEN_IN_NEW),
            Map.entry("liveSaveValue", Material2MZ.SAVE_ALT),
            Map.entry("newTopicItem", Material2AL.ADD),
            Map.entry("refreshItem", Material2MZ.REFRESH),
            Map.entry("openLogFolderItem", Material2AL.FOLDER_OPEN),
            Map.entry("quitItem", Material2AL.EXIT_TO_APP),
            Map.entry("lightThemeItem", Material2MZ.WB_SUNNY),
            Map.entry("darkThemeItem", Material2MZ.NIGHTS_STAY),
            Map.entry("findItem", Material2MZ.SEARCH),
            Map.entry("producerStartItem", Material2MZ.PLAY_ARROW),
            Map.entry("producerStopItem", Material2MZ.STOP),
            Map.entry("liveStartItem", Material2MZ.PLAY_ARROW),
            Map.entry("livePauseItem", Material2MZ.PAUSE),
            Map.entry("liveClearItem", Material2AL.CLEAR_ALL),
            Map.entry("aboutItem", Material2AL.INFO));

    /** Icons for buttons whose text says what a press does next. */
    private static final Map<String, Ikon> BY_TEXT = Map.of(
            "Start", Material2MZ.PLAY_ARROW,
            "Stop", Material2MZ.STOP,
            "Pause", Material2MZ.PAUSE,
            "Resume", Material2MZ.PLAY_ARROW);

    private ActionIcons() {
    }

    /** Gives the buttons below {@code root} their icons. */
    static void dress(Node root) {
        NodeTree.descendants(root).forEach(node -> {
            if (node instanceof Labeled labeled && node.getId() != null) {
                Ikon icon = BY_ID.get(node.getId());
                if (icon != null) {
                    labeled.setGraphic(Icons.of(icon));
                } else if (node.getId().equals("producerStart") || node.getId().equals("liveStart")
                        || node.getId().equals("livePause")) {
                    followText(labeled);
                }
            }
        });
    }

    /** Gives the menu items of {@code bar} their icons. */
    static void dressMenus(MenuBar bar) {
        for (Menu menu : bar.getMenus()) {
            for (MenuItem item : menu.getItems()) {
                Ikon icon = item.getId() == null ? null : BY_ID.get(item.getId());
                if (icon != null) {
                    item.setGraphic(Icons.of(icon));
                }
            }
        }
    }

    private static void followText(Labeled labeled) {
        Runnable update = () -> {
            Ikon icon = BY_TEXT.get(labeled.getText());
            labeled.setGraphic(icon == null ? null : Icons.of(icon));
        };
        labeled.textProperty().addListener(obs -> update.run());
        update.run();
    }

    /** Names {@code shortcut} in the button's tooltip; a button without one gets {@code action} as its tooltip. */
    static void mentionShortcut(ButtonBase button, String action, KeyCombination shortcut) {
        if (shortcut == null) {
            return;
        }
        String keys = " (" + shortcut.getDisplayText() + ")";
        Tooltip tip = button.getTooltip();
        if (tip == null) {
            button.setTooltip(new Tooltip(action.replace("…", "") + keys));
        } else if (!tip.textProperty().isBound()) {
            tip.setText(tip.getText() + keys);
        }
    }
}
