package org.scorelink.credentials.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.HashSet;
import org.junit.jupiter.api.Test;

class TokensTest {

    private final Tokens tokens = new Tokens(new SecureRandom());

    @Test
    void keysAndSecretsAreUrlSafeAndLongEnough() {
        for (int i = 0; i < 200; i++) {
            String key = tokens.newKey();
            String secret = tokens.newSecret();
            assertEquals(22, key.length());
            assertEquals(43, secret.length());
            assertTrue(key.matches("[A-Za-z0-9_-]+"), key);
            assertTrue(secret.matches("[A-Za-z0-9_-]+"), secret);
        }
    }

    @Test
    void neverRepeat() {
        var seen = new HashSet<String>();
        for (int i = 0; i < 1_000; i++) {
            assertTrue(seen.add(tokens.newSecret()));
        }
    }
}
