package org.scorelink.credentials.control;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Random client keys and secrets: URL-safe base64 without padding, so they survive URLs, shells,
 * config files and the {@code key:secret} form of HTTP Basic (no ':' possible).
 */
public final class Tokens {

    private static final int KEY_BYTES = 16;     // 22 characters, 128 bits
    private static final int SECRET_BYTES = 32;  // 43 characters, 256 bits

    private final SecureRandom random;

    public Tokens(SecureRandom random) {
        this.random = random;
    }

    public String newKey() {
        return random(KEY_BYTES);
    }

    public String newSecret() {
        return random(SECRET_BYTES);
    }

    private String random(int bytes) {
        byte[] b = new byte[bytes];
        random.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
