package org.scorelink.xapi.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scorelink.credentials.control.StoreOrigins;
import org.scorelink.credentials.entity.AllowedOrigins;

/** Per-store origins, the LRS-wide fallback, and what a preflight (no store known) is granted. */
class OriginPolicyTest {

    private final Map<Long, AllowedOrigins> lists = new HashMap<>();
    private final StoreOrigins stores = new StoreOrigins(() -> lists);

    OriginPolicyTest() {
        lists.put(1L, AllowedOrigins.of(List.of("https://a.example")));
        lists.put(2L, AllowedOrigins.of(List.of("https://b.example")));
        lists.put(3L, AllowedOrigins.NONE);
    }

    @Test
    void aStoreListReplacesTheLrsWideOne() {
        OriginPolicy p = new OriginPolicy("https://content.example.com", stores);
        assertTrue(p.allows(1L, "https://a.example"));
        assertFalse(p.allows(1L, "https://b.example"), "another store's origin");
        assertFalse(p.allows(1L, "https://content.example.com"), "the LRS-wide list does not add to a store's own");
        assertFalse(p.allows(3L, "https://content.example.com"), "an empty list allows no origin");
    }

    @Test
    void aStoreWithoutItsOwnListUsesTheLrsWideOne() {
        OriginPolicy p = new OriginPolicy(" https://content.example.com , https://LMS.example.com/ ", stores);
        assertTrue(p.allows(9L, "https://content.example.com"));
        assertTrue(p.allows(9L, "https://lms.example.com"));
        assertFalse(p.allows(9L, "https://a.example"));
        assertTrue(new OriginPolicy("*", stores).allows(9L, "https://anything.example"), "the default");
    }

    @Test
    void preflightsAreGrantedForTheUnion() {
        OriginPolicy p = new OriginPolicy("https://content.example.com", stores);
        assertTrue(p.allowsSomewhere("https://a.example"));
        assertTrue(p.allowsSomewhere("https://b.example"));
        assertTrue(p.allowsSomewhere("https://content.example.com"));
        assertFalse(p.allowsSomewhere("https://evil.example"));
    }

    @Test
    void lrsWideEntriesThatAreNotOriginsKeepTheirOldMeaning() {
        OriginPolicy p = new OriginPolicy("https://content.example.com/path, NULL", stores);
        assertTrue(p.allows(9L, "https://content.example.com/path"), "compared as given, case-insensitively");
        assertTrue(p.allows(9L, "null"));
        assertFalse(p.allows(9L, "https://content.example.com"));
    }

    @Test
    void sameOriginIsTheLrsOwnHostAndPort() {
        assertTrue(OriginPolicy.sameOrigin("http://localhost:9180", "localhost:9180"));
        assertTrue(OriginPolicy.sameOrigin("https://LRS.example.com", "lrs.example.com"));
        assertTrue(OriginPolicy.sameOrigin("https://lrs.example.com", "lrs.example.com:443"));
        assertFalse(OriginPolicy.sameOrigin("https://lrs.example.com:8443", "lrs.example.com"));
        assertFalse(OriginPolicy.sameOrigin("https://evil.example", "lrs.example.com"));
        assertFalse(OriginPolicy.sameOrigin("null", "lrs.example.com"));
        assertFalse(OriginPolicy.sameOrigin("https://lrs.example.com", null));
    }
}
