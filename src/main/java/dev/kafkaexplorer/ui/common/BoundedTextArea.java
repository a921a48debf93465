package dev.kafkaexplorer.ui.common;

import java.util.function.Consumer;
import javafx.scene.control.TextArea;

/**
 * A text area that never holds more than a limit of characters: an edit that would take it over
 * (a paste by keys or menu, a drop, typing) is not made; the text it would have given goes to a
 * handler instead, which holds it elsewhere or refuses it in words. A text area lays out its whole
 * text on the FX thread, so megabytes in one would freeze the window for seconds.
 */
public class BoundedTextArea extends TextArea {

    /** What the text area holds at most unless told otherwise: laid out in well under a frame. */
    public static final int DEFAULT_LIMIT = 64 * 1024;

    private int limit = DEFAULT_LIMIT;
    private Consumer<String> onTooLong = text -> {
    };

    /**
     * @param limit     the most characters the area holds
     * @param onTooLong gets the whole text an edit over the limit would have made (the area's text
     *                  with the edit applied); the area's text stays as it was
     */
    public void limit(int limit, Consumer<String> onTooLong) {
        this.limit = limit;
        this.onTooLong = onTooLong;
    }

    public int limit() {
        return limit;
    }

    // Every edit a user makes (keys, paste, cut, drop, input methods) comes through here; setText does not.
    @Override
    public void replaceText(int start, int end, String text) {
        if (!isEditable()) {
            // Read-only: whatever it shows (a summary, say) is not the start of a new text.
            return;
        }
        if (text != null && getLength() - (end - start) + text.length() > limit) {
            String whole = getText(0, start) + text + getText(end, getLength());
            onTooLong.accept(whole);
            return;
        }
        super.replaceText(start, end, text);
    }
}
