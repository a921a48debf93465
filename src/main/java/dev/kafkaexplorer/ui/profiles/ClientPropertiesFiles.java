package dev.kafkaexplorer.ui.profiles;

import dev.kafkaexplorer.kafka.security.Secrets;
import dev.kafkaexplorer.settings.ClusterProfile;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads a Kafka client {@code .properties} file (what {@code --command-config} takes) into a new
 * profile, and writes a profile as one without its secrets. Blocking (disk): call it off the FX thread;
 * a file that cannot be read or written throws an exception that says why in words.
 */
public interface ClientPropertiesFiles {

    /** A profile read from a file, with the secrets the file held and notes on what went into advanced properties. */
    record Imported(ClusterProfile profile, Secrets secrets, List<String> notes) {
    }

    /** The profile the file at {@code file} describes, named {@code name}. */
    Imported read(Path file, String name);

    /** Writes {@code profile}'s client properties to {@code file}, leaving every secret out. */
    void write(ClusterProfile profile, Path file);
}
