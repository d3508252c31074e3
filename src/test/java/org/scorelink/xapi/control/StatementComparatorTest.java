package org.scorelink.xapi.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/** Data 2.3.1.s9: which differences make a re-sent statement a conflict. */
class StatementComparatorTest {

    private static final String BASE = """
            {"id":"6a5a1f4c-6b0a-4bd9-9b1d-4f6b2c1f8e11","actor":{"mbox":"mailto:ann@example.com"},
             "verb":{"id":"https://v/completed","display":{"en":"completed"}},
             "object":{"id":"https://ex.com/c","definition":{"name":{"en":"Course"}}},
             "result":{"duration":"PT1H"},"timestamp":"2026-01-01T10:00:00Z"%s}""";

    private static JsonObject st(String extra) {
        return JsonIo.parseObject(BASE.formatted(extra), "test");
    }

    private static JsonObject st(String from, String to) {
        return JsonIo.parseObject(BASE.formatted("").replace(from, to), "test");
    }

    @Test
    void lrsAssignedPropertiesAreIgnored() {
        assertTrue(StatementComparator.same(
                st(",\"stored\":\"2026-01-02T00:00:00Z\",\"authority\":{\"mbox\":\"mailto:x@y\"},\"version\":\"1.0.0\""),
                st("")));
    }

    @Test
    void timestampComparedAsInstant() {
        assertTrue(StatementComparator.same(st(""), st("2026-01-01T10:00:00Z", "2026-01-01T12:00:00+02:00")));
        assertFalse(StatementComparator.same(st(""), st("2026-01-01T10:00:00Z", "2026-01-01T10:00:01Z")));
    }

    @Test
    void definitionsAndDisplaysAreNotPartOfTheStatement() {
        assertTrue(StatementComparator.same(st(""), st("\"Course\"", "\"Other name\"")));
        assertTrue(StatementComparator.same(st(""), st("{\"en\":\"completed\"}", "{\"de\":\"abgeschlossen\"}")));
    }

    @Test
    void emailCaseDoesNotMatter() {
        assertTrue(StatementComparator.same(st(""), st("ann@example.com", "Ann@EXAMPLE.com")));
    }

    @Test
    void durationSerializationDoesMatter() {
        assertFalse(StatementComparator.same(st(""), st("PT1H", "PT60M")), "Data 2.3.1.b8");
    }

    @Test
    void otherDifferencesConflict() {
        assertFalse(StatementComparator.same(st(""), st("https://ex.com/c\"", "https://ex.com/d\"")));
        assertFalse(StatementComparator.same(st(""), st(",\"context\":{\"language\":\"en\"}")));
    }

    @Test
    void groupMemberOrderDoesNotMatter() {
        String g1 = "{\"objectType\":\"Group\",\"member\":[{\"mbox\":\"mailto:a@x\"},{\"mbox\":\"mailto:b@x\"}]}";
        String g2 = "{\"objectType\":\"Group\",\"member\":[{\"mbox\":\"mailto:b@x\"},{\"mbox\":\"mailto:a@x\"}]}";
        assertTrue(StatementComparator.same(st("{\"mbox\":\"mailto:ann@example.com\"}", g1),
                st("{\"mbox\":\"mailto:ann@example.com\"}", g2)));
    }
}
