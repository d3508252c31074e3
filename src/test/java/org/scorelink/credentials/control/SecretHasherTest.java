package org.scorelink.credentials.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class SecretHasherTest {

    private final SecretHasher hasher = new SecretHasher(1_000, new SecureRandom());

    @Test
    void verifiesTheRightSecretOnly() {
        SecretHash hash = hasher.hash("s3cret");
        assertTrue(hasher.verify("s3cret", hash));
        assertFalse(hasher.verify("s3cret ", hash));
        assertFalse(hasher.verify("", hash));
    }

    @Test
    void saltsEveryHash() {
        SecretHash a = hasher.hash("same");
        SecretHash b = hasher.hash("same");
        assertNotEquals(a.salt(), b.salt());
        assertNotEquals(a.hash(), b.hash());
        assertEquals(32, a.hashBytes().length);
    }

    @Test
    void keepsTheIterationCountWithTheHashSoItCanBeRaisedLater() {
        SecretHash old = hasher.hash("s");
        var stronger = new SecretHasher(2_000, new SecureRandom());
        assertEquals(1_000, old.iterations());
        assertTrue(stronger.verify("s", old));
        assertEquals(2_000, stronger.hash("s").iterations());
    }

    @Test
    void defaultIterationsAreSlow() {
        assertTrue(SecretHasher.DEFAULT_ITERATIONS >= 100_000);
    }

    @Test
    void rejectsNonPositiveIterations() {
        assertThrows(IllegalArgumentException.class, () -> new SecretHasher(0, new SecureRandom()));
    }

    @Test
    void toStringShowsNoHashMaterial() {
        SecretHash hash = hasher.hash("s");
        assertFalse(hash.toString().contains(hash.hash()));
        assertFalse(hash.toString().contains(hash.salt()));
    }

    @Test
    void fastDigestDependsOnSaltAndSecret() {
        assertArrayEquals(SecretHasher.fastDigest("salt", "x"), SecretHasher.fastDigest("salt", "x"));
        assertFalse(java.util.Arrays.equals(SecretHasher.fastDigest("salt", "x"), SecretHasher.fastDigest("salt", "y")));
        assertFalse(java.util.Arrays.equals(SecretHasher.fastDigest("a", "x"), SecretHasher.fastDigest("b", "x")));
    }
}
