package org.scorelink.credentials.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.scorelink.credentials.entity.Scope;

class ClientRequestTest {

    private static JsonObject json(String s) {
        return Json.createReader(new StringReader(s.replace('\'', '"'))).readObject();
    }

    private static String error(String body) {
        var e = assertThrows(CredentialsException.class, () -> ClientRequest.from(json(body)));
        assertEquals(CredentialsException.Kind.BAD_REQUEST, e.kind());
        return e.getMessage();
    }

    @Test
    void fullRequest() {
        var r = ClientRequest.from(json("{'name':' Moodle ','store':'acme','scopes':['statements/write','statements/read']}"));
        assertEquals("Moodle", r.name());
        assertEquals("acme", r.store());
        assertEquals(EnumSet.of(Scope.STATEMENTS_WRITE, Scope.STATEMENTS_READ), r.scopes());
    }

    @Test
    void defaults() {
        var r = ClientRequest.from(json("{'name':'LMS'}"));
        assertEquals("default", r.store());
        assertEquals(Scopes.DEFAULT, r.scopes());
    }

    @Test
    void errorsNameTheField() {
        assertTrue(error("{}").startsWith("name: required"));
        assertTrue(error("{'name':null}").startsWith("name: required"));
        assertTrue(error("{'name':3}").startsWith("name: must be a string"));
        assertTrue(error("{'name':'  '}").startsWith("name: must not be blank"));
        assertTrue(error("{'name':'" + "x".repeat(201) + "'}").startsWith("name: at most"));
        assertTrue(error("{'name':'a','store':'a b'}").startsWith("store: 'a b' is not a store name"));
        assertTrue(error("{'name':'a','store':''}").startsWith("store: "));
        assertTrue(error("{'name':'a','scopes':'all'}").startsWith("scopes: must be an array"));
        assertTrue(error("{'name':'a','scopes':[]}").startsWith("scopes: "));
        assertTrue(error("{'name':'a','scopes':['all','foo']}").startsWith("scopes[1]: unknown scope 'foo'"));
        assertTrue(error("{'name':'a','scope':['all']}").startsWith("scope: unknown property"));
    }
}
