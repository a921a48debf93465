package dev.kafkaexplorer.ui.profiles;

import dev.kafkaexplorer.ui.common.LatestRequest;
import dev.kafkaexplorer.ui.common.UiRuntime;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;

/**
 * The check of a file field: required while shown, and a warning (not an error: the file may be
 * on a drive not mounted yet) when no file is there. Whether it exists is asked on the workers,
 * as the disk may be slow; only the answer for the latest text counts.
 */
final class FileWarning {

    private final ReadOnlyStringWrapper missing = new ReadOnlyStringWrapper("");
    private final ObjectBinding<FieldCheck> check;

    FileWarning(UiRuntime runtime, Predicate<String> isFile, StringProperty path, ObservableBooleanValue shown,
                String whenEmpty) {
        LatestRequest lookup = runtime.latestRequest();
        path.addListener((obs, old, now) -> {
            missing.set("");
            if (!now.isBlank()) {
                lookup.runOnWorker(() -> isFile.test(now),
                        found -> missing.set(found ? "" : "No file at " + now + " (yet): the connection will fail without it."),
                        error -> missing.set("Cannot tell whether " + now + " exists: " + error.getMessage()));
            }
        });
        check = Bindings.createObjectBinding(() -> {
            if (!shown.get()) {
                return FieldCheck.OK;
            }
            if (path.get().isBlank()) {
                return FieldCheck.error(whenEmpty);
            }
            return missing.get().isEmpty() ? FieldCheck.OK : FieldCheck.warning(missing.get());
        }, shown, path, missing);
    }

    ObjectBinding<FieldCheck> check() {
        return check;
    }
}
