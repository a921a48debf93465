package dev.kafkaexplorer.ui.profiles;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Predicate;

/**
 * What the Clusters window uses besides the saved profiles: how a profile becomes a cluster
 * access (for Test connection), the client properties files, the advanced-property check, and
 * whether a path names a file. Tests pass their own.
 */
public record ProfileTools(ProfileAccess access, ClientPropertiesFiles files, PropertyCheck check,
                           Predicate<String> isFile) {

    /** The app's tools. */
    public static ProfileTools standard() {
        return new ProfileTools(ProfileAccess.CLIENT_PROPERTIES, new KafkaClientPropertiesFiles(), PropertyCheck.KAFKA_CONFIG_DEFS,
                path -> Files.isRegularFile(Path.of(path)));
    }
}
