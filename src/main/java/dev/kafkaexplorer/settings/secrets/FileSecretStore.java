package dev.kafkaexplorer.settings.secrets;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Profile secrets in {@value #FILE_NAME} in the config directory, for when no OS credential store
 * is reachable (decision record 0030): the whole map encrypted with AES-GCM under a random key
 * kept in {@value #KEY_FILE_NAME} beside it, both files mode 0600 from the moment they exist. The
 * encryption keeps secrets out of a {@code grep}, a backup or a screenshot of the folder; against
 * someone who can read the user's files it is no protection, the 0600 mode is.
 */
public final class FileSecretStore implements SecretStore {

    public static final String FILE_NAME = "secrets.json";
    public static final String KEY_FILE_NAME = "secrets.key";
    private static final Logger LOG = LoggerFactory.getLogger(FileSecretStore.class);
    private static final String FORMAT = "kafka-explorer-secrets-aes-gcm-v1";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final Path keyFile;

    public FileSecretStore(Path configDir) {
        this.file = configDir.resolve(FILE_NAME);
        this.keyFile = configDir.resolve(KEY_FILE_NAME);
    }

    /** The encrypted file. */
    public Path file() {
        return file;
    }

    /** @throws IllegalStateException when the file is damaged or its key lost, in words */
    @Override
    public synchronized Optional<String> read(String profileId, String name) {
        return Optional.ofNullable(load().get(profileId + "/" + name));
    }

    /** Stores {@code value}; a damaged file is first moved aside (its name is logged) and a new one begun. */
    @Override
    public synchronized void write(String profileId, String name, String value) {
        Map<String, String> all = loadOrSetAside();
        all.put(profileId + "/" + name, value);
        save(all);
    }

    @Override
    public synchronized void delete(String profileId, String name) {
        Map<String, String> all = loadOrSetAside();
        if (all.remove(profileId + "/" + name) != null) {
            save(all);
        }
    }

    @Override
    public String whereKept() {
        return "in " + file + ", encrypted, " + (OwnerOnlyFiles.posix(file.toAbsolutePath().getParent())
                ? "readable only by you"
                : "protected by the folder's own access rules (this file system has no owner-only file mode)");
    }

    private Map<String, String> load() {
        byte[] stored;
        try {
            stored = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return new TreeMap<>();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the secrets file " + file + ": " + e.getMessage(), e);
        }
        try {
            Map<String, String> wrapper = JSON.readValue(stored, new TypeReference<Map<String, String>>() { });
            if (!FORMAT.equals(wrapper.get("format"))) {
                throw new IOException("unknown format");
            }
            byte[] iv = Base64.getDecoder().decode(wrapper.get("iv"));
            byte[] data = Base64.getDecoder().decode(wrapper.get("data"));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key(false), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(FORMAT.getBytes(StandardCharsets.US_ASCII));
            return new TreeMap<>(JSON.readValue(cipher.doFinal(data), new TypeReference<Map<String, String>>() { }));
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            // Never the exception's own text: it might quote what was read.
            throw new IllegalStateException("The secrets file " + file + " cannot be read: it is damaged, or its key file "
                    + keyFile.getFileName() + " was changed or lost. Enter the passwords of your profiles again.", e);
        }
    }

    private Map<String, String> loadOrSetAside() {
        try {
            return load();
        } catch (IllegalStateException damaged) {
            if (!Files.exists(file)) {
                throw damaged;
            }
            Path aside = file.resolveSibling(FILE_NAME + ".damaged-"
                    + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
            try {
                Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new IllegalStateException("The secrets file " + file + " is damaged and cannot be moved aside: "
                        + e.getMessage(), e);
            }
            LOG.warn("The secrets file was damaged; moved to {} and begun anew", aside);
            return new TreeMap<>();
        }
    }

    private void save(Map<String, String> all) {
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key(true), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(FORMAT.getBytes(StandardCharsets.US_ASCII));
            byte[] data = cipher.doFinal(JSON.writeValueAsBytes(all));
            Map<String, String> wrapper = new TreeMap<>(Map.of("format", FORMAT,
                    "iv", Base64.getEncoder().encodeToString(iv), "data", Base64.getEncoder().encodeToString(data)));
            OwnerOnlyFiles.replace(file, JSON.writeValueAsBytes(wrapper));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the secrets file " + file + ": " + e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This Java has no AES-GCM to encrypt the secrets file", e);
        }
    }

    /** The file's key; made (256 random bits) when {@code create} and there is none yet. */
    private SecretKey key(boolean create) throws IOException {
        if (!Files.exists(keyFile) && create) {
            byte[] fresh = new byte[32];
            RANDOM.nextBytes(fresh);
            // Another window or app run may have made one first: then its key is the one.
            OwnerOnlyFiles.createNew(keyFile, (Base64.getEncoder().encodeToString(fresh) + "\n")
                    .getBytes(StandardCharsets.US_ASCII));
        }
        byte[] key = Base64.getDecoder().decode(Files.readString(keyFile, StandardCharsets.US_ASCII).trim());
        if (key.length != 32) {
            throw new IOException("the key file has no AES-256 key");
        }
        return new SecretKeySpec(key, "AES");
    }
}
