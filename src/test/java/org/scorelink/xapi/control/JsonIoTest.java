package org.scorelink.xapi.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonIoTest {

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
