package org.scorelink.scorecard.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.scorelink.scorecard.control.ScorecardRefused;

class ScorecardRequestsTest {

    private static ScorecardRefused.Kind refusal(Runnable r) {
        return assertThrows(ScorecardRefused.class, r::run).kind();
    }

    @Test
    void ifMatchNamesOneVersion() {
        assertEquals(OptionalInt.empty(), ScorecardRequests.ifMatch(null));
        assertEquals(OptionalInt.empty(), ScorecardRequests.ifMatch("*"));
        assertEquals(OptionalInt.of(3), ScorecardRequests.ifMatch("\"3\""));
        assertEquals(OptionalInt.of(12), ScorecardRequests.ifMatch(" W/\"12\" "));
        // a well-formed tag that is no version can never match: 412, as for an old version
        assertEquals(ScorecardRefused.Kind.STALE, refusal(() -> ScorecardRequests.ifMatch("\"abc\"")));
        assertEquals(ScorecardRefused.Kind.STALE, refusal(() -> ScorecardRequests.ifMatch("\"0\"")));
        assertEquals(ScorecardRefused.Kind.INVALID, refusal(() -> ScorecardRequests.ifMatch("3")));
        assertEquals(ScorecardRefused.Kind.INVALID, refusal(() -> ScorecardRequests.ifMatch("\"1\", \"2\"")));
    }

    @Test
    void theReasonIsRequiredAndMayBeUtf8() {
        assertEquals("typo", ScorecardRequests.reason("  typo "));
        String utf8AsLatin1 = new String("Zielwert für Q3 → 85 %".getBytes(StandardCharsets.UTF_8),
                StandardCharsets.ISO_8859_1);
        assertEquals("Zielwert für Q3 → 85 %", ScorecardRequests.reason(utf8AsLatin1));
        assertEquals("caf\u00e9", ScorecardRequests.reason("caf\u00e9"), "Latin-1 that is not UTF-8 stays");
        ScorecardRefused missing = assertThrows(ScorecardRefused.class, () -> ScorecardRequests.reason(null));
        assertTrue(missing.getMessage().startsWith("X-Scorelink-Reason: required"), missing.getMessage());
        assertEquals(ScorecardRefused.Kind.INVALID, refusal(() -> ScorecardRequests.reason("   ")));
    }

    @Test
    void bodiesAreJsonOrYamlUtf8WithinTheLimit() {
        ScorecardRequests.checkContentType("application/json");
        ScorecardRequests.checkContentType("application/yaml; charset=utf-8");
        ScorecardRequests.checkContentType("TEXT/YAML");
        assertEquals(ScorecardRefused.Kind.UNSUPPORTED_MEDIA_TYPE,
                refusal(() -> ScorecardRequests.checkContentType("text/plain")));
        assertEquals(ScorecardRefused.Kind.UNSUPPORTED_MEDIA_TYPE,
                refusal(() -> ScorecardRequests.checkContentType(null)));
        assertEquals("name: x", ScorecardRequests.text(new ByteArrayInputStream("name: x".getBytes()), 7));
        assertEquals(ScorecardRefused.Kind.TOO_LARGE,
                refusal(() -> ScorecardRequests.text(new ByteArrayInputStream("name: xy".getBytes()), 7)));
        assertEquals(ScorecardRefused.Kind.INVALID, refusal(() -> ScorecardRequests.text(
                new ByteArrayInputStream(new byte[] {'a', (byte) 0xE9}), 100)));
    }

    @Test
    void versionNumbers() {
        assertEquals(7, ScorecardRequests.versionNumber("version", "7"));
        for (String bad : new String[] {"0", "-1", "01", "x", "", "99999999999"}) {
            assertEquals(ScorecardRefused.Kind.INVALID, refusal(() -> ScorecardRequests.versionNumber("from", bad)),
                    bad);
        }
    }

    @Test
    void refusalsNameTheParameterOrHeaderAtFault() {
        // values accept JSON or CSV; the type comes back without its parameters
        assertEquals("text/csv", ScorecardRequests.contentType("Text/CSV; charset=utf-8",
                List.of("application/json", "text/csv"), "values as JSON or CSV"));
        ScorecardRefused yaml = assertThrows(ScorecardRefused.class, () -> ScorecardRequests.contentType(
                "application/yaml", List.of("application/json", "text/csv"), "values as JSON or CSV"));
        assertEquals(ScorecardRefused.Kind.UNSUPPORTED_MEDIA_TYPE, yaml.kind());
        assertEquals("Content-Type: 'application/yaml' is not supported; send values as JSON or CSV",
                yaml.getMessage());

        assertEquals("2026-Q3", ScorecardRequests.period("from", "2026-Q3").toString());
        ScorecardRefused period = assertThrows(ScorecardRefused.class, () -> ScorecardRequests.period("to", "Q3"));
        assertTrue(period.getMessage().startsWith("to: 'Q3' is not a period"), period.getMessage());

        ScorecardRequests.onlyParameters(Map.of("period", List.of("2026-Q3")), Set.of("period", "orgUnit"));
        ScorecardRefused unknown = assertThrows(ScorecardRefused.class, () -> ScorecardRequests.onlyParameters(
                Map.of("perod", List.of("2026-Q3")), Set.of("period", "orgUnit")));
        assertEquals("parameter 'perod' is not known here; allowed: orgUnit, period", unknown.getMessage());
        ScorecardRefused twice = assertThrows(ScorecardRefused.class, () -> ScorecardRequests.onlyParameters(
                Map.of("period", List.of("2026-Q3", "2026-Q4")), Set.of("period")));
        assertTrue(twice.getMessage().startsWith("parameter 'period' given 2 times"), twice.getMessage());
    }
}
