package org.scorelink.credentials.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.spec.KeySpec;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Salted slow hashing of client secrets with the JDK's {@code PBKDF2WithHmacSHA256}, plus the fast salted
 * digest the {@link VerificationCache} compares against once a secret has passed the slow check.
 */
public final class SecretHasher {

    static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    public static final int DEFAULT_ITERATIONS = 100_000;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;

    private final int iterations;
    private final SecureRandom random;

    public SecretHasher(int iterations, SecureRandom random) {
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be positive: " + iterations);
        }
        this.iterations = iterations;
        this.random = random;
    }

    public int iterations() {
        return iterations;
    }

    /** Hashes a new secret with a fresh random salt and the configured iteration count. */
    public SecretHash hash(String secret) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        var b64 = Base64.getEncoder();
        return new SecretHash(b64.encodeToString(pbkdf2(secret, salt, iterations)), b64.encodeToString(salt),
                iterations);
    }

    /** Slow check (one PBKDF2 with the stored iteration count), compared in constant time. */
    public boolean verify(String secret, SecretHash stored) {
        byte[] candidate = pbkdf2(secret, stored.saltBytes(), stored.iterations());
        return MessageDigest.isEqual(candidate, stored.hashBytes());
    }

    /** SHA-256 of salt and secret: cheap, and only ever compared with a digest of a verified secret. */
    public static byte[] fastDigest(String salt, String secret) {
        try {
            var sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt.getBytes(StandardCharsets.US_ASCII));
            sha.update((byte) 0);
            return sha.digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }

    private static byte[] pbkdf2(String secret, byte[] salt, int iterations) {
        KeySpec spec = new PBEKeySpec(secret.toCharArray(), salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " unavailable", e);
        } finally {
            ((PBEKeySpec) spec).clearPassword();
        }
    }
}
