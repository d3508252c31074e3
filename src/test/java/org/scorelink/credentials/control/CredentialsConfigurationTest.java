package org.scorelink.credentials.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class CredentialsConfigurationTest {

    @Test
    void ttlIsIsoOrSeconds() {
        assertEquals(Duration.ofMinutes(5), CredentialsConfiguration.parseDuration("k", "PT5M"));
        assertEquals(Duration.ofSeconds(90), CredentialsConfiguration.parseDuration("k", " 90 "));
        assertEquals(Duration.ZERO, CredentialsConfiguration.parseDuration("k", "0"));
    }

    @Test
    void badTtlNamesTheKey() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> CredentialsConfiguration.parseDuration("scorelink.credentials.cache-ttl", "5 minutes"));
        assertTrue(e.getMessage().startsWith("scorelink.credentials.cache-ttl: "), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> CredentialsConfiguration.parseDuration("k", "-PT1S"));
    }
}
