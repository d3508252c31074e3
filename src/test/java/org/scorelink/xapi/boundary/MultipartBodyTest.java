package org.scorelink.xapi.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scorelink.xapi.control.XapiException;

/** RFC 2046 5.1.1 as statement requests with attachments use it (Communication 1.5.2). */
class MultipartBodyTest {

    private static final String B = "-------314159265358979323846";

    private static List<MultipartBody.Part> parse(String body) {
        return MultipartBody.parse(body.getBytes(StandardCharsets.ISO_8859_1), B);
    }

    /** The first delimiter may open the body, follow a CRLF (empty preamble) or follow a preamble. */
    @ParameterizedTest
    @ValueSource(strings = {"", "\r\n", "a preamble\r\n", "\r\n\r\n"})
    void firstDelimiterAfterAnyPreamble(String preamble) {
        List<MultipartBody.Part> parts = parse(preamble + "--" + B + "\r\nContent-Type:application/json\r\n\r\n{}"
                + "\r\n--" + B + "\r\nX-Experience-API-Hash: abc\r\n\r\ndata\r\n--" + B + "--");
        assertEquals(2, parts.size());
        assertEquals("application/json", parts.get(0).header("Content-Type"));
        assertEquals("{}", new String(parts.get(0).body(), StandardCharsets.ISO_8859_1));
        assertEquals("abc", parts.get(1).header("x-experience-api-hash"));
        assertEquals("data", new String(parts.get(1).body(), StandardCharsets.ISO_8859_1));
    }

    @Test
    void noDelimiterIs400() {
        XapiException e = assertThrows(XapiException.class,
                () -> parse("Content-Type: application/json\r\n\r\n{}\r\n"));
        assertEquals(400, e.kind().status());
    }

    @Test
    void unclosedPartIs400() {
        XapiException e = assertThrows(XapiException.class,
                () -> parse("--" + B + "\r\nContent-Type: application/json\r\n\r\n{}"));
        assertEquals(400, e.kind().status());
    }
}
