package org.scorelink.xapi.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.scorelink.xapi.entity.StatementFormat;
import org.scorelink.xapi.entity.StatementQuery;

/** Communication 2.5.s3: the more IRL holds the whole continued query. */
class MoreTokensTest {

    private final StatementQuery query = new StatementQuery(Optional.of("mbox:mailto:a@x"), true,
            Optional.of("https://v/completed"), Optional.of("https://ex.com/c"), true,
            Optional.of("6a5a1f4c-6b0a-4bd9-9b1d-4f6b2c1f8e11"), 17L, 99_999L, 25, false, Optional.empty());

    @Test
    void roundTripsEveryFilter() {
        String token = MoreTokens.encode(query, StatementFormat.CANONICAL, true);
        MoreTokens.Continuation c = MoreTokens.decode(token, Optional.empty());
        assertEquals(query, c.query());
        assertEquals(StatementFormat.CANONICAL, c.format());
        assertEquals(true, c.attachments());
    }

    @Test
    void scopeRestrictionComesFromTheCallerNotTheToken() {
        String token = MoreTokens.encode(query, StatementFormat.EXACT, false);
        assertEquals(Optional.of("account:https://lrs|me"),
                MoreTokens.decode(token, Optional.of("account:https://lrs|me")).query().mine());
    }

    @Test
    void nextPageMovesTheWindowWithoutSkipping() {
        assertEquals(500L, query.next(501L).upTo(), "descending: strictly older than the last seen");
        StatementQuery asc = new StatementQuery(Optional.empty(), false, Optional.empty(), Optional.empty(), false,
                Optional.empty(), 0L, 1000L, 10, true, Optional.empty());
        assertEquals(501L, asc.next(501L).after(), "ascending: strictly newer than the last seen");
        assertEquals(1000L, asc.next(501L).upTo(), "the window's end stays where the first page fixed it");
    }

    @Test
    void tamperedTokensAreRejected() {
        XapiException e = assertThrows(XapiException.class, () -> MoreTokens.decode("not-a-token!", Optional.empty()));
        assertEquals(XapiException.Kind.BAD_REQUEST, e.kind());
        assertThrows(XapiException.class, () -> MoreTokens.decode("eyJ4IjoxfQ", Optional.empty()));
    }
}
