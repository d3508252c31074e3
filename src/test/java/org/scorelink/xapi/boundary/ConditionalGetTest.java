package org.scorelink.xapi.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Validators and conditional GET (Communication 3.1.s4.b2, b4; RFC 9110 13.1.2, 13.1.3, 13.2.2). */
class ConditionalGetTest {

    private static final String TAG = "\"abc\"";
    private static final Optional<Instant> MODIFIED = Optional.of(Instant.parse("1994-11-06T08:49:37Z"));

    @Test
    void etagIsTheQuotedLowercaseSha1HexOfTheBody() {
        assertEquals("\"a9993e364706816aba3e25717850c26c9cd0d89d\"",
                ConditionalGet.etag("abc".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void ifNoneMatchMatchesAnyListedTagWeaklyOrStar() {
        assertTrue(ConditionalGet.notModified(TAG, null, TAG, MODIFIED));
        assertTrue(ConditionalGet.notModified("\"x\", W/\"abc\"", null, TAG, MODIFIED));
        assertTrue(ConditionalGet.notModified("*", null, TAG, Optional.empty()));
        assertFalse(ConditionalGet.notModified("\"abcd\"", null, TAG, MODIFIED));
        assertFalse(ConditionalGet.notModified("abc", null, TAG, MODIFIED), "an unquoted tag is malformed");
    }

    @Test
    void ifNoneMatchTakesPrecedenceOverIfModifiedSince() {
        assertFalse(ConditionalGet.notModified("\"other\"", "Sun, 06 Nov 1994 08:49:37 GMT", TAG, MODIFIED));
    }

    @Test
    void ifModifiedSinceIsNotModifiedUnlessChangedAfterTheDate() {
        assertTrue(ConditionalGet.notModified(null, "Sun, 06 Nov 1994 08:49:37 GMT", TAG, MODIFIED));
        assertTrue(ConditionalGet.notModified(null, "Sunday, 06-Nov-94 08:49:38 GMT", TAG, MODIFIED));
        assertTrue(ConditionalGet.notModified(null, "Sun Nov  6 08:49:37 1994", TAG, MODIFIED));
        assertFalse(ConditionalGet.notModified(null, "Sun, 06 Nov 1994 08:49:36 GMT", TAG, MODIFIED));
        assertFalse(ConditionalGet.notModified(null, "yesterday", TAG, MODIFIED), "an invalid date is ignored");
        assertFalse(ConditionalGet.notModified(null, "Sun, 06 Nov 1994 08:49:37 GMT", TAG, Optional.empty()),
                "nothing to compare with");
    }

    @Test
    void tagListsWithCommasInsideTags() {
        assertEquals(List.of("\"a,b\"", "\"c\""), ConditionalGet.tags(" \"a,b\" ,W/\"c\""));
        assertEquals(List.of(), ConditionalGet.tags("\"open"));
    }
}
