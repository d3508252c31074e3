package org.scorelink.credentials.control;

import java.util.Base64;

/**
 * A PBKDF2 hash of a secret with the salt and iteration count that made it. Base64 strings so that it is
 * immutable and stores as-is.
 */
public record SecretHash(String hash, String salt, int iterations) {

    byte[] hashBytes() {
        return Base64.getDecoder().decode(hash);
    }

    byte[] saltBytes() {
        return Base64.getDecoder().decode(salt);
    }

    /** Never print hash material. */
    @Override
    public String toString() {
        return "SecretHash[pbkdf2-sha256, iterations=" + iterations + "]";
    }
}
