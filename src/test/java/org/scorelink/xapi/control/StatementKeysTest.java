package org.scorelink.xapi.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.scorelink.xapi.control.StatementKeys.ObjectKind;
import org.scorelink.xapi.control.StatementKeys.Posting;
import org.scorelink.xapi.control.StatementKeys.Role;
import org.scorelink.xapi.control.StatementKeys.TermKind;

/** What each statement is found by: Communication 2.1.3 filter parameters and 2.1.3.s3 StatementRefs. */
class StatementKeysTest {

    private static StatementKeys keys(String json) {
        return StatementKeys.of(JsonIo.parseObject(json, "test"));
    }

    private static Set<String> postings(StatementKeys k, Role role) {
        return k.postings().stream().filter(p -> p.role() == role).map(Posting::value).collect(Collectors.toSet());
    }

    @Test
    void activityStatementHasColumnsAndRelatedActivities() {
        StatementKeys k = keys("""
                {"actor":{"mbox":"mailto:Ann@Example.com"},"verb":{"id":"http://adlnet.gov/expapi/verbs/completed"},
                 "object":{"id":"https://ex.com/c/1"},
                 "context":{"registration":"6A5A1F4C-6B0A-4BD9-9B1D-4F6B2C1F8E11",
                   "instructor":{"mbox":"mailto:teacher@ex.com"},
                   "contextActivities":{"parent":[{"id":"https://ex.com/p"}],"grouping":{"id":"https://ex.com/g"},
                                        "category":[{"id":"https://ex.com/cat"}]}},
                 "authority":{"account":{"homePage":"https://lrs","name":"lms"}}}""");
        assertEquals("http://adlnet.gov/expapi/verbs/completed", k.verb());
        assertEquals("mbox:mailto:ann@example.com", k.actor(), "mbox compared case-insensitively");
        assertEquals(ObjectKind.ACTIVITY, k.objectKind());
        assertEquals("https://ex.com/c/1", k.object());
        assertEquals("6a5a1f4c-6b0a-4bd9-9b1d-4f6b2c1f8e11", k.registration());
        assertEquals("account:https://lrs|lms", k.authority());
        assertEquals(Set.of("https://ex.com/p", "https://ex.com/g", "https://ex.com/cat"),
                postings(k, Role.RELATED_ACTIVITY));
        assertEquals(Set.of("mbox:mailto:teacher@ex.com"), postings(k, Role.RELATED_AGENT));
        assertFalse(k.isVoiding());
    }

    @Test
    void groupMembersMatchTheAgentFilter() {
        StatementKeys k = keys("""
                {"actor":{"objectType":"Group","member":[{"mbox":"mailto:a@ex.com"},{"openid":"https://id/b"}]},
                 "verb":{"id":"https://v/attended"},"object":{"id":"https://ex.com/session"}}""");
        assertNull(k.actor(), "an anonymous group has no IFI");
        assertEquals(Set.of("mbox:mailto:a@ex.com", "openid:https://id/b"), postings(k, Role.AGENT));
    }

    @Test
    void subStatementPartsAreRelatedOnly() {
        StatementKeys k = keys("""
                {"actor":{"mbox":"mailto:a@ex.com"},"verb":{"id":"https://v/planned"},
                 "object":{"objectType":"SubStatement","actor":{"mbox":"mailto:b@ex.com"},
                   "verb":{"id":"https://v/attend"},"object":{"id":"https://ex.com/x"},
                   "context":{"contextActivities":{"parent":{"id":"https://ex.com/px"}}}}}""");
        assertEquals(ObjectKind.SUB_STATEMENT, k.objectKind());
        assertNull(k.object());
        assertEquals(Set.of("https://ex.com/x", "https://ex.com/px"), postings(k, Role.RELATED_ACTIVITY));
        assertEquals(Set.of("mbox:mailto:b@ex.com"), postings(k, Role.RELATED_AGENT));
    }

    @Test
    void voidingStatementTargetsByLowercaseId() {
        StatementKeys k = keys("""
                {"actor":{"mbox":"mailto:a@ex.com"},"verb":{"id":"http://adlnet.gov/expapi/verbs/voided"},
                 "object":{"objectType":"StatementRef","id":"AAAAAAAA-6B0A-4BD9-9B1D-4F6B2C1F8E11"}}""");
        assertTrue(k.isVoiding());
        assertEquals("aaaaaaaa-6b0a-4bd9-9b1d-4f6b2c1f8e11", k.object());
    }

    @Test
    void referencingStatementInheritsEveryFilterKey() {
        StatementKeys target = keys("""
                {"actor":{"mbox":"mailto:ben@ex.com"},"verb":{"id":"https://v/passed"},
                 "object":{"id":"https://ex.com/explosives"},
                 "context":{"registration":"6a5a1f4c-6b0a-4bd9-9b1d-4f6b2c1f8e11",
                            "contextActivities":{"parent":{"id":"https://ex.com/safety"}}},
                 "authority":{"mbox":"mailto:lms@ex.com"}}""");
        Set<Posting> inherited = Set.copyOf(target.inheritedBy());
        assertTrue(inherited.contains(new Posting(Role.VERB, TermKind.VERB, "https://v/passed")));
        assertTrue(inherited.contains(new Posting(Role.AGENT, TermKind.AGENT, "mbox:mailto:ben@ex.com")));
        assertTrue(inherited.contains(new Posting(Role.ACTIVITY, TermKind.ACTIVITY, "https://ex.com/explosives")));
        assertTrue(inherited.contains(new Posting(Role.REGISTRATION, TermKind.REGISTRATION,
                "6a5a1f4c-6b0a-4bd9-9b1d-4f6b2c1f8e11")));
        assertTrue(inherited.contains(new Posting(Role.RELATED_ACTIVITY, TermKind.ACTIVITY, "https://ex.com/safety")));
        assertTrue(inherited.contains(new Posting(Role.RELATED_AGENT, TermKind.AGENT, "mbox:mailto:lms@ex.com")));
    }
}
