package app.securebase.notes.export;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Temporary files of exports hold clinical content: on POSIX systems only the server's own user may read them, and
 * finished exports wait in a folder of their own ({@code securebase-exports} in the JVM's temp folder, mode 700).
 */
public final class ExportFiles {

    private ExportFiles() {
    }

    static FileAttribute<?>[] ownerOnly() {
        return posix() ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rw-------"))} : new FileAttribute<?>[0];
    }

    /** Where finished exports wait for their download. */
    public static Path folder() {
        return Path.of(System.getProperty("java.io.tmpdir"), "securebase-exports");
    }

    /** A new, empty file for one export, readable and writable by the server's user only. */
    public static Path newExportFile(String extension) throws IOException {
        Path folder = folder();
        if (!Files.isDirectory(folder)) {
            Files.createDirectories(folder, posix() ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rwx------"))} : new FileAttribute<?>[0]);
        }
        return Files.createTempFile(folder, "notes-", "." + extension, ownerOnly());
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
