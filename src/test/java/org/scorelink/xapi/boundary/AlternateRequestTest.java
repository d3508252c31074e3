package org.scorelink.xapi.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The form-to-request rewrite of the alternate request syntax (Communication 1.3), without a container. */
class AlternateRequestTest {

    @Test
    void decodesUtf8PlusAndRepeatedNames() {
        Map<String, List<String>> m = AlternateRequestFilter.decode("a=1&b=z%C3%B6+x&a=2&flag&&c=");
        assertEquals(List.of("1", "2"), m.get("a"));
        assertEquals(List.of("zö x"), m.get("b"));
        assertEquals(List.of(""), m.get("flag"));
        assertEquals(List.of(""), m.get("c"));
        assertTrue(AlternateRequestFilter.decode(null).isEmpty());
    }

    @Test
    void malformedEscapeIsNull() {
        assertNull(AlternateRequestFilter.decode("content=%zz"));
    }

    @Test
    void formHeadersReplaceTheFormsOwnAndContentBecomesTheBody() throws Exception {
        HttpServletRequest real = real(Map.of("Content-Type", "application/x-www-form-urlencoded",
                "Content-Length", "999", "Origin", "https://content.example.com"));
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.put("authorization", "Basic abc");
        headers.put("Content-Type", "application/json");
        headers.put("Content-Length", "1"); // wrong on purpose: the real length of content wins
        Map<String, List<String>> params = new LinkedHashMap<>();
        params.put("statementId", List.of("0a1b"));
        params.put("agent", List.of("{\"mbox\":\"mailto:a b@example.com\"}"));
        var r = new AlternateRequest(real, "PUT", headers, params, "{\"ö\":1}");

        assertEquals("PUT", r.getMethod());
        assertEquals("Basic abc", r.getHeader("Authorization"));
        assertEquals("application/json", r.getHeader("content-type"));
        assertEquals("application/json", r.getContentType());
        assertEquals(String.valueOf("{\"ö\":1}".getBytes(StandardCharsets.UTF_8).length), r.getHeader("Content-Length"));
        assertEquals("https://content.example.com", r.getHeader("Origin"), "other headers pass through");
        assertEquals("statementId=0a1b&agent=%7B%22mbox%22%3A%22mailto%3Aa%20b%40example.com%22%7D",
                r.getQueryString());
        assertEquals("0a1b", r.getParameter("statementId"));
        assertEquals("{\"ö\":1}", new String(r.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        List<String> names = Collections.list(r.getHeaderNames());
        assertTrue(names.contains("Origin") && names.contains("authorization"), names::toString);
    }

    @Test
    void withoutContentThereIsNoContentTypeOrLength() {
        var r = new AlternateRequest(real(Map.of("Content-Type", "application/x-www-form-urlencoded",
                "Content-Length", "40")), "GET", Map.of(), Map.of(), null);
        assertNull(r.getHeader("Content-Type"));
        assertNull(r.getHeader("Content-Length"));
        assertNull(r.getQueryString());
        assertEquals(0, r.getContentLength());
        assertTrue(Collections.list(r.getHeaderNames()).isEmpty());
    }

    /** A servlet request with these headers; anything else it is asked answers null. */
    private static HttpServletRequest real(Map<String, String> headers) {
        Map<String, String> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        h.putAll(headers);
        return (HttpServletRequest) Proxy.newProxyInstance(AlternateRequestTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getHeader" -> h.get((String) args[0]);
                    case "getHeaderNames" -> Collections.enumeration(h.keySet());
                    case "getHeaders" -> Collections.enumeration(h.containsKey((String) args[0])
                            ? List.of(h.get((String) args[0])) : List.of());
                    case "getMethod" -> "POST";
                    default -> null;
                });
    }
}
