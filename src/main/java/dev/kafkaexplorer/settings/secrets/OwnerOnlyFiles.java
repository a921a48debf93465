package dev.kafkaexplorer.settings.secrets;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes files only their owner may read (POSIX mode 0600): each is made with that mode in the
 * same call that creates it, written, then moved into place, so no moment exists in which another
 * user could open it. On a file system without POSIX permissions (Windows) the folder's own
 * access rules apply, and {@link #posix} says so.
 */
final class OwnerOnlyFiles {

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_ONLY_DIR = PosixFilePermissions.fromString("rwx------");

    private OwnerOnlyFiles() {
    }

    /** Whether {@code dir}'s file system has POSIX permissions (then files here are 0600). */
    static boolean posix(Path dir) {
        return dir.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    /** Replaces {@code file} with {@code content}, atomically where the file system can. */
    static void replace(Path file, byte[] content) throws IOException {
        Path tmp = writeTemp(file, content);
        try {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Writes {@code file} with {@code content} unless it exists.
     *
     * @return whether this call made it (false: another writer was first, its file stays)
     */
    static boolean createNew(Path file, byte[] content) throws IOException {
        Path tmp = writeTemp(file, content);
        try {
            Files.move(tmp, file);
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static Path writeTemp(Path file, byte[] content) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        if (!Files.isDirectory(dir)) {
            if (posix(dir.getRoot())) {
                Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIR));
            } else {
                Files.createDirectories(dir);
            }
        }
        FileAttribute<?>[] attributes = posix(dir)
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)}
                : new FileAttribute<?>[0];
        Path tmp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp", attributes);
        try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.WRITE, StandardOpenOption.SYNC)) {
            out.write(content);
        } catch (IOException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        return tmp;
    }
}
