package org.scorelink.credentials.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scorelink.credentials.entity.Scope;

class ScopesTest {

    @Test
    void parsesXapiScopeNames() {
        assertEquals(EnumSet.of(Scope.STATEMENTS_WRITE, Scope.STATEMENTS_READ, Scope.ADMIN),
                Scopes.parse("scopes", List.of("statements/write", "statements/read", "scorelink/admin")));
    }

    @Test
    void everyScopeRoundTrips() {
        for (Scope s : Scope.values()) {
            assertEquals(Scope.of(s.value()).orElseThrow(), s);
        }
    }

    @Test
    void unknownScopeNamesTheIndex() {
        var e = assertThrows(CredentialsException.class,
                () -> Scopes.parse("scopes", List.of("statements/write", "foo")));
        assertEquals(CredentialsException.Kind.BAD_REQUEST, e.kind());
        assertTrue(e.getMessage().startsWith("scopes[1]: unknown scope 'foo'"), e.getMessage());
    }

    @Test
    void scopeNamesAreCaseSensitive() {
        assertThrows(CredentialsException.class, () -> Scopes.parse("scopes", List.of("Statements/Write")));
    }

    @Test
    void emptyListIsRejected() {
        var e = assertThrows(CredentialsException.class, () -> Scopes.parse("scopes", List.of()));
        assertTrue(e.getMessage().startsWith("scopes: "), e.getMessage());
    }

    @Test
    void nonStringInJsonNamesTheIndex() {
        var array = Json.createArrayBuilder().add("all").add(3).build();
        var e = assertThrows(CredentialsException.class, () -> Scopes.parse("scopes", array));
        assertEquals("scopes[1]: must be a string", e.getMessage());
        var nul = Arrays.asList("all", null);
        assertEquals("scopes[1]: must be a string",
                assertThrows(CredentialsException.class, () -> Scopes.parse("scopes", nul)).getMessage());
    }

    @Test
    void defaultIsTheXapiDefault() {
        assertEquals(EnumSet.of(Scope.STATEMENTS_WRITE, Scope.STATEMENTS_READ_MINE), EnumSet.copyOf(Scopes.DEFAULT));
    }

    @Test
    void namesAreInDeclarationOrder() {
        assertEquals(List.of("statements/write", "scorelink/admin"),
                Scopes.names(EnumSet.of(Scope.ADMIN, Scope.STATEMENTS_WRITE)));
        assertEquals(List.of(), Scopes.names(EnumSet.noneOf(Scope.class)));
    }
}
