package org.scorelink.xapi.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonValue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The strict JSON reader every request body goes through (Communication 3.2: malformed JSON is a 400). */
class JsonIoTest {

    @ParameterizedTest
    @ValueSource(strings = {"{\"a\":1} x", "{\"a\":1} {}", "{\"a\":1},{}", "[1] ]", "[{\"a\":1}]]", "1 2",
        "\"s\" \"t\"", "", "   ", "{\"a\":1"})
    void rejectsAnythingButOneJsonText(String text) {
        XapiException e = assertThrows(XapiException.class, () -> JsonIo.parse(text, "body"));
        assertEquals(400, e.kind().status());
        assertTrue(e.getMessage().startsWith("body: not valid JSON"), e.getMessage());
    }

    /** Data 2.2.s2.b2: a property at most once, at any depth. */
    @ParameterizedTest
    @ValueSource(strings = {"{\"a\":1,\"a\":2}", "{\"x\":{\"mbox\":\"mailto:a@b.c\",\"mbox\":\"mailto:d@e.f\"}}",
        "[{\"k\":[{\"z\":1,\"z\":1}]}]"})
    void rejectsDuplicateKeys(String text) {
        XapiException e = assertThrows(XapiException.class, () -> JsonIo.parse(text, "body"));
        assertTrue(e.getMessage().contains("twice"), e.getMessage());
    }

    @Test
    void readsValuesAsWrittenWithWhitespaceAround() {
        JsonValue v = JsonIo.parse(" \r\n{\"n\":0.12123434,\"big\":12345678901234567890,\"l\":[true,null,\"é\"],"
                + "\"o\":{}}\r\n ", "body");
        assertEquals("{\"n\":0.12123434,\"big\":12345678901234567890,\"l\":[true,null,\"é\"],\"o\":{}}", v.toString());
        assertEquals("[]", JsonIo.parse("[]", "body").toString());
        assertEquals("\"s\"", JsonIo.parse("\"s\"", "body").toString());
    }


    @ParameterizedTest
    @ValueSource(strings = {"{\"name\":\"x\"}[", "{\"a\":1}{\"b\":2}", "[1]]", "{\"a\":1} x", "1 2", "true false",
        "{\"a\":\"}\\\"]\"}}", "[\"[\"],"})
    void contentAfterTheValueIsRejected(String text) {
        XapiException e = assertThrows(XapiException.class, () -> JsonIo.parse(text, "body"));
        assertTrue(e.getMessage().startsWith("body: not valid JSON"), e.getMessage());
    }

    @Test
    void whitespaceAroundTheValueIsFine() {
        assertEquals(1, JsonIo.parse(" \n{\"a\":1}\r\n\t ", "body").asJsonObject().getInt("a"));
        assertEquals(JsonValue.TRUE, JsonIo.parse("true ", "body"));
        assertEquals(3, JsonIo.parse("[1, 2, 3]\n", "body").asJsonArray().size());
        assertEquals("}\\\"]{[", JsonIo.parse("{\"a\":\"}\\\\\\\"]{[\"} ", "body").asJsonObject().getString("a"));
    }

    @Test
    void duplicateKeysAndEmptyInputAreRejected() {
        assertThrows(XapiException.class, () -> JsonIo.parse("{\"a\":1,\"a\":2}", "body"));
        assertThrows(XapiException.class, () -> JsonIo.parse("{\"o\":{\"a\":1,\"a\":2}}", "body"));
        assertThrows(XapiException.class, () -> JsonIo.parse("", "body"));
        assertThrows(XapiException.class, () -> JsonIo.parse("   ", "body"));
    }
}
