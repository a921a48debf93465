package dev.kafkaexplorer.ui.profiles;

import dev.kafkaexplorer.kafka.security.ClientPropertiesExport;
import dev.kafkaexplorer.kafka.security.ClientPropertiesImport;
import dev.kafkaexplorer.kafka.security.ImportedClientProperties;
import dev.kafkaexplorer.kafka.security.Secrets;
import dev.kafkaexplorer.settings.ClusterProfile;
import dev.kafkaexplorer.settings.RegistryClientProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Client {@code .properties} files read and written by kafka/security's import and export. */
final class KafkaClientPropertiesFiles implements ClientPropertiesFiles {

    @Override
    public Imported read(Path file, String name) {
        Map<String, String> values = ClientPropertiesImport.load(file);
        // The registry's keys are not Kafka's: they go to the profile's registry, not its advanced properties.
        Map<String, String> registryKeys = RegistryClientProperties.takeKeys(values);
        ImportedClientProperties read = ClientPropertiesImport.parse(values);
        RegistryClientProperties.Imported registry = RegistryClientProperties.read(registryKeys, read.security().sasl(),
                read.secrets());
        Map<String, String> secrets = new HashMap<>(read.secrets().values());
        secrets.putAll(registry.secrets());
        // A secret advanced property is kept by name here; its value is one of the secrets.
        List<String> secretNames = new ArrayList<>(secrets.keySet());
        ClusterProfile profile = new ClusterProfile(null, name, read.bootstrapServers().orElse(""), read.security(),
                read.advanced(), secretNames, registry.settings(), ClusterProfile.DEFAULT_COLOUR, false, false);
        List<String> notes = new ArrayList<>(read.notes());
        notes.addAll(registry.notes());
        return new Imported(profile, new Secrets(secrets), notes);
    }

    @Override
    public void write(ClusterProfile profile, Path file) {
        RegistryClientProperties.Exported registry = RegistryClientProperties.export(profile.schemaRegistry());
        String text = ClientPropertiesExport.export(profile.name(), profile.bootstrapServers(), profile.security(),
                profile.advancedProperties(), namesOnly(profile.secretNames()), registry.properties(), registry.comments());
        try {
            // ASCII only (the export escapes the rest), as Kafka's tools read properties files.
            Files.writeString(file, text, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The profile's secrets by name, without values: the export names what it leaves out. */
    private static Secrets namesOnly(List<String> names) {
        Map<String, String> blank = new HashMap<>();
        names.forEach(name -> blank.put(name, ""));
        return new Secrets(blank);
    }
}
