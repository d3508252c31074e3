package org.scorelink.credentials.control;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/** Writes a generated admin credential as {@code key:secret} to a file only its owner can read. */
public final class AdminCredentialFile {

    public static final String FILE_NAME = "admin-credential.txt";

    private AdminCredentialFile() {
    }

    public static Path write(Path dataDir, String key, String secret) throws IOException {
        Files.createDirectories(dataDir);
        Path file = dataDir.resolve(FILE_NAME);
        Files.deleteIfExists(file);
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        Set<PosixFilePermission> ownerOnly = PosixFilePermissions.fromString("rw-------");
        if (posix) {
            // created with 600 from the start: no moment in which others could read it
            Files.createFile(file, PosixFilePermissions.asFileAttribute(ownerOnly));
        } else {
            Files.createFile(file);
        }
        Files.writeString(file, key + ":" + secret + "\n", StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
        if (posix) {
            Files.setPosixFilePermissions(file, ownerOnly);
        }
        return file;
    }
}
