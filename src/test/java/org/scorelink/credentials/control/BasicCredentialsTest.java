package org.scorelink.credentials.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BasicCredentialsTest {

    private static Optional<String> basic(String userPass) {
        return Optional.of("Basic " + Base64.getEncoder().encodeToString(userPass.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void splitsAtTheFirstColon() {
        var c = BasicCredentials.parse(basic("key:sec:ret")).orElseThrow();
        assertEquals("key", c.key());
        assertEquals("sec:ret", c.secret());
    }

    @Test
    void schemeIsCaseInsensitive() {
        String token = Base64.getEncoder().encodeToString("k:s".getBytes(StandardCharsets.UTF_8));
        assertEquals("k", BasicCredentials.parse(Optional.of("basic " + token)).orElseThrow().key());
    }

    @Test
    void noHeaderIsEmpty() {
        assertTrue(BasicCredentials.parse(Optional.empty()).isEmpty());
        assertTrue(BasicCredentials.parse(Optional.of(" ")).isEmpty());
    }

    @Test
    void malformedHeadersAre401() {
        for (var h : new String[] {"Bearer abc", "Basic", "Basic !!!notbase64", "Basic "
                + Base64.getEncoder().encodeToString("nocolon".getBytes()), "Basic "
                + Base64.getEncoder().encodeToString(":secret".getBytes())}) {
            var e = assertThrows(CredentialsException.class, () -> BasicCredentials.parse(Optional.of(h)), h);
            assertEquals(CredentialsException.Kind.UNAUTHORIZED, e.kind());
        }
    }

    @Test
    void toStringHidesTheSecret() {
        assertTrue(!BasicCredentials.parse(basic("k:hunter2")).orElseThrow().toString().contains("hunter2"));
    }
}
