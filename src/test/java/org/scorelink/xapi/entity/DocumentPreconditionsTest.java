package org.scorelink.xapi.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** If-Match / If-None-Match evaluation (Communication 3.1.s4; RFC 7232 3.1, 3.2). */
class DocumentPreconditionsTest {

    private static final Optional<Document> CURRENT = Optional.of(new Document("text/plain", new byte[0], "abc", 1));

    private static DocumentPreconditions ifMatch(String h) {
        return new DocumentPreconditions(Optional.of(h), Optional.empty());
    }

    private static DocumentPreconditions ifNoneMatch(String h) {
        return new DocumentPreconditions(Optional.empty(), Optional.of(h));
    }

    @Test
    @DisplayName("no headers: always holds")
    void none() {
        assertTrue(DocumentPreconditions.NONE.holdFor(CURRENT));
        assertTrue(DocumentPreconditions.NONE.holdFor(Optional.empty()));
    }

    @Test
    @DisplayName("If-Match: a listed quoted ETag (weak prefix and case ignored) or *, and only on a document")
    void ifMatchRules() {
        assertTrue(ifMatch("\"abc\"").holdFor(CURRENT));
        assertTrue(ifMatch("\"x\", \"ABC\"").holdFor(CURRENT));
        assertTrue(ifMatch("W/\"abc\"").holdFor(CURRENT));
        assertTrue(ifMatch("*").holdFor(CURRENT));
        assertFalse(ifMatch("\"abd\"").holdFor(CURRENT));
        assertFalse(ifMatch("*").holdFor(Optional.empty()));
        assertFalse(ifMatch("\"abc\"").holdFor(Optional.empty()));
    }

    @Test
    @DisplayName("If-None-Match: * fails on any document; a listed ETag fails on that document")
    void ifNoneMatchRules() {
        assertTrue(ifNoneMatch("*").holdFor(Optional.empty()));
        assertFalse(ifNoneMatch("*").holdFor(CURRENT));
        assertFalse(ifNoneMatch("\"abc\"").holdFor(CURRENT));
        assertTrue(ifNoneMatch("\"other\"").holdFor(CURRENT));
    }

    @Test
    @DisplayName("Document.isJson: application/json with or without parameters, any case")
    void json() {
        assertTrue(Document.isJson("application/json"));
        assertTrue(Document.isJson("Application/JSON; charset=UTF-8"));
        assertFalse(Document.isJson("application/json-patch+json"));
        assertFalse(Document.isJson(null));
    }
}
