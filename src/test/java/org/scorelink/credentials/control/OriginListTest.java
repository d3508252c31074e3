package org.scorelink.credentials.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.scorelink.credentials.entity.AllowedOrigins;

/** Store origin lists and store requests from untrusted JSON: canonical origins, or a 400 naming the entry. */
class OriginListTest {

    private static JsonValue json(String s) {
        return Json.createReader(new StringReader(s.replace('\'', '"'))).readValue();
    }

    private static List<String> origins(String array) {
        return OriginList.from("allowedOrigins", json(array)).origins();
    }

    private static String error(String array) {
        var e = assertThrows(CredentialsException.class, () -> origins(array));
        assertEquals(CredentialsException.Kind.BAD_REQUEST, e.kind());
        return e.getMessage();
    }

    @Test
    void originsAreCanonicalDeduplicatedAndKeepTheirOrder() {
        assertEquals(List.of("https://b.example.com", "http://localhost:8080", "https://a.example.com",
                        "http://[::1]:3000", "capacitor://localhost", "*"),
                origins("['HTTPS://B.example.com/','http://localhost:8080','https://a.example.com:443',"
                        + "'https://A.EXAMPLE.COM',' http://[::1]:3000 ','capacitor://localhost','*']"));
        assertEquals(List.of("http://a.example"), origins("['http://a.example:80']"));
        assertEquals(List.of("http://a.example:443"), origins("['http://a.example:443']"), "443 is https's default only");
        assertEquals(List.of(), origins("[]"));
    }

    @Test
    void badEntriesAreNamedWithTheirIndexAndValue() {
        assertTrue(error("['https://ok.example','https://a.example/path']")
                .startsWith("allowedOrigins[1]: 'https://a.example/path' is not an origin (no path, query or fragment"));
        assertTrue(error("['https://a.example?x=1']").startsWith("allowedOrigins[0]: 'https://a.example?x=1' is not an origin (no path"));
        assertTrue(error("['https://a.example#top']").startsWith("allowedOrigins[0]: 'https://a.example#top' is not an origin (no path"));
        assertTrue(error("['a.example.com']").startsWith("allowedOrigins[0]: 'a.example.com' is not an origin (no scheme://)"));
        assertTrue(error("['null']").startsWith("allowedOrigins[0]: 'null' is not an origin"));
        assertTrue(error("['https://']").startsWith("allowedOrigins[0]: 'https://' is not an origin (malformed)"));
        assertTrue(error("['https://user:pw@a.example']").contains("no user information"));
        assertTrue(error("['https://a.example:99999']").contains("port must be 1-65535"));
        assertTrue(error("['https://a.example:0']").contains("port must be 1-65535"));
        assertTrue(error("['https://a b.example']").startsWith("allowedOrigins[0]: 'https://a b.example' is not an origin"));
        assertTrue(error("['https://" + "a".repeat(250) + ".example']").contains("longer than 255 characters"));
        assertTrue(error("['https://ok.example',3]").startsWith("allowedOrigins[1]: must be a string"));
        assertTrue(error("[null]").startsWith("allowedOrigins[0]: must be a string"));
        assertTrue(error("'https://a.example'").startsWith("allowedOrigins: must be an array"));
        assertTrue(error("{}").startsWith("allowedOrigins: must be an array"));
        var many = Json.createArrayBuilder();
        for (int i = 0; i < 101; i++) {
            many.add("https://h" + i + ".example");
        }
        assertTrue(error(many.build().toString()).startsWith("allowedOrigins: at most 100 origins"));
    }

    @Test
    void everyErrorSaysWhatAnOriginLooksLike() {
        assertTrue(error("['ftp:/x']").endsWith("expected scheme://host[:port], e.g. https://content.example.com, or *"));
    }

    @Test
    void allowedOriginsCompareCanonically() {
        AllowedOrigins a = OriginList.from("f", json("['https://content.example.com']")).allowed();
        assertTrue(a.allows("https://content.example.com"));
        assertTrue(a.allows("HTTPS://Content.Example.COM/"));
        assertTrue(a.allows("https://content.example.com:443"));
        assertFalse(a.allows("http://content.example.com"), "another scheme is another origin");
        assertFalse(a.allows("https://content.example.com:8443"), "another port is another origin");
        assertFalse(a.allows("https://evil.content.example.com"));
        assertFalse(a.allows("null"));
        assertTrue(OriginList.from("f", json("['*']")).allowed().allows("null"), "* allows any, even null");
        assertFalse(AllowedOrigins.NONE.allows("https://content.example.com"));
        AllowedOrigins union = a.union(AllowedOrigins.of(List.of("https://b.example")));
        assertTrue(union.allows("https://b.example") && union.allows("https://content.example.com"));
        assertFalse(union.any());
    }

    @Test
    void storeRequest() {
        var r = StoreRequest.from(json("{'name':'acme','allowedOrigins':['https://Content.acme.com']}").asJsonObject());
        assertEquals("acme", r.name());
        assertEquals(Optional.of(List.of("https://content.acme.com")), r.allowedOrigins().map(OriginList::origins));
        assertEquals(Optional.empty(), StoreRequest.from(json("{'name':'acme'}").asJsonObject()).allowedOrigins());
        assertEquals(Optional.empty(),
                StoreRequest.from(json("{'name':'acme','allowedOrigins':null}").asJsonObject()).allowedOrigins());
    }

    @Test
    void storeRequestErrorsNameTheField() {
        assertTrue(storeError("{}").startsWith("name: required"));
        assertTrue(storeError("{'name':3}").startsWith("name: must be a string"));
        assertTrue(storeError("{'name':'a b'}").startsWith("name: 'a b' is not a store name"));
        assertTrue(storeError("{'name':'a','origins':[]}").startsWith("origins: unknown property"));
        assertTrue(storeError("{'name':'a','allowedOrigins':'*'}").startsWith("allowedOrigins: must be an array"));
        assertTrue(storeError("{'name':'a','allowedOrigins':['*','https://x/y']}")
                .startsWith("allowedOrigins[1]: 'https://x/y' is not an origin"));
    }

    private static String storeError(String body) {
        var e = assertThrows(CredentialsException.class, () -> StoreRequest.from(json(body).asJsonObject()));
        assertEquals(CredentialsException.Kind.BAD_REQUEST, e.kind());
        return e.getMessage();
    }
}
