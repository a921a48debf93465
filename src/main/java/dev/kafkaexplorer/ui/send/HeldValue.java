package dev.kafkaexplorer.ui.send;

import dev.kafkaexplorer.kafka.consume.Previews;
import dev.kafkaexplorer.ui.common.ByteSizes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A value too large to edit, held as the bytes that will be sent: text pasted over the editor's
 * limit, or a file's contents. The editor shows {@link #summary()} in its place. Made off the FX thread.
 */
public record HeldValue(String origin, byte[] bytes, String summary) {

    /** How much of the value the summary previews. */
    static final int PREVIEW_BYTES = 4 * 1024;
    /**
     * Larger files are not read: brokers refuse requests above {@code socket.request.max.bytes}
     * (100 MiB by default), so such a value could never be sent, and reading it costs the memory.
     */
    static final long MAX_FILE_BYTES = 100L * 1024 * 1024;

    /** Text that was pasted, as UTF-8. */
    static HeldValue pasted(String text) {
        return of("Pasted text", text.getBytes(StandardCharsets.UTF_8));
    }

    /** The contents of {@code file}, as they are. Blocking (disk): off the FX thread. */
    static HeldValue file(Path file) throws IOException {
        long size = Files.size(file);
        if (size > MAX_FILE_BYTES) {
            throw new IOException(file.getFileName() + " is " + ByteSizes.exactly(size) + "; a value can be at most "
                    + ByteSizes.shortly(MAX_FILE_BYTES) + " (no broker takes a larger request by default)");
        }
        return of(file.getFileName().toString(), Files.readAllBytes(file));
    }

    private static HeldValue of(String origin, byte[] bytes) {
        byte[] start = Arrays.copyOf(bytes, Math.min(bytes.length, PREVIEW_BYTES));
        byte[] text = start.length < bytes.length ? trimmedToCharacter(start) : start;
        String preview = Previews.isText(text) ? new String(text, StandardCharsets.UTF_8) : Previews.hexDump(start, 1024);
        // Short, so the preview shows in the editor's few rows; "Clear value" beside it says how to type instead.
        String summary = origin + " — " + ByteSizes.exactly(bytes.length) + ", sent whole.\n"
                + "Read-only (too large to edit). " + (start.length < bytes.length ? "First " + ByteSizes.shortly(start.length)
                + ":" : "") + "\n" + preview
                + (start.length < bytes.length ? "\n…" : "");
        return new HeldValue(origin, bytes, summary);
    }

    /** The start without a UTF-8 character cut in two at its end, so text is still seen as text. */
    private static byte[] trimmedToCharacter(byte[] start) {
        int end = start.length;
        while (end > 0 && end > start.length - 4 && (start[end - 1] & 0xC0) == 0x80) {
            end--;
        }
        if (end > 0 && (start[end - 1] & 0x80) != 0) {
            end--;
        }
        return Arrays.copyOf(start, end);
    }
}
