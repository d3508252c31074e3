package org.scorelink.credentials.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdminCredentialFileTest {

    @Test
    void writesKeyColonSecretReadableByTheOwnerOnly(@TempDir Path dir) throws Exception {
        Path file = AdminCredentialFile.write(dir.resolve("data"), "admin", "s3cret");
        assertEquals("admin:s3cret\n", Files.readString(file));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        // a second bootstrap (database wiped) replaces the file
        AdminCredentialFile.write(dir.resolve("data"), "admin", "other");
        assertEquals("admin:other\n", Files.readString(file));
    }
}
