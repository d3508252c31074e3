package org.scorelink.xapi.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.scorelink.xapi.entity.StatementFormat;
import org.scorelink.xapi.entity.StoredStatement;

/** Communication 2.1.3 format parameter and 2.1.3.s4 language filtering. */
class StatementFormatterTest {

    private static final String BODY = """
            {"id":"6a5a1f4c-6b0a-4bd9-9b1d-4f6b2c1f8e11","actor":{"objectType":"Agent","name":"Ann","mbox":"mailto:ann@ex.com"},
             "verb":{"id":"https://v/completed","display":{"en-US":"completed","fr":"terminé"}},
             "object":{"objectType":"Activity","id":"https://ex.com/c","definition":{"name":{"en-US":"Course","fr":"Cours"},
               "interactionType":"choice","choices":[{"id":"a","description":{"en-US":"A","fr":"Un"}}]}},
             "context":{"instructor":{"name":"Tom","mbox":"mailto:tom@ex.com"},
               "contextActivities":{"parent":[{"id":"https://ex.com/p","definition":{"name":{"en":"P"}}}]}}}""";

    private static final long SEQ = 1_767_225_600_123_456L; // 2026-01-01T00:00:00.123456Z

    private static JsonObject format(StatementFormat f, boolean tsAbsent, String languages) {
        List<Locale.LanguageRange> ranges = LanguageMaps.parseAcceptLanguage(languages);
        return JsonIo.parseObject(StatementFormatter.format(new StoredStatement(SEQ, BODY, tsAbsent), f, ranges), "t");
    }

    @Test
    void exactAddsStoredAndDefaultsTimestampToStored() {
        JsonObject s = format(StatementFormat.EXACT, true, null);
        assertEquals("2026-01-01T00:00:00.123456Z", s.getString("stored"));
        assertEquals(s.getString("stored"), s.getString("timestamp"));
        assertEquals("Course", s.getJsonObject("object").getJsonObject("definition").getJsonObject("name")
                .getString("en-US"));
        assertFalse(format(StatementFormat.EXACT, false, null).containsKey("timestamp"));
    }

    @Test
    void idsKeepsOnlyIdentifiers() {
        JsonObject s = format(StatementFormat.IDS, false, null);
        assertFalse(s.getJsonObject("actor").containsKey("name"));
        assertEquals("mailto:ann@ex.com", s.getJsonObject("actor").getString("mbox"));
        assertFalse(s.getJsonObject("verb").containsKey("display"));
        assertFalse(s.getJsonObject("object").containsKey("definition"));
        assertFalse(s.getJsonObject("context").getJsonObject("instructor").containsKey("name"));
        assertFalse(s.getJsonObject("context").getJsonObject("contextActivities").getJsonArray("parent")
                .getJsonObject(0).containsKey("definition"));
    }

    /** 2.1.3 / 2.0 4.1.6.1 format=ids: an Activity is its id alone; Agents keep objectType and the IFI. */
    @Test
    void idsReducesActivitiesToTheirIdAndIdentifiedGroupsToTheirIfi() {
        JsonObject s = format(StatementFormat.IDS, false, null);
        assertEquals("{\"id\":\"https://ex.com/c\"}", s.getJsonObject("object").toString());
        assertEquals("{\"id\":\"https://ex.com/p\"}", s.getJsonObject("context").getJsonObject("contextActivities")
                .getJsonArray("parent").getJsonObject(0).toString());
        assertEquals("{\"objectType\":\"Agent\",\"mbox\":\"mailto:ann@ex.com\"}", s.getJsonObject("actor").toString());
        assertEquals("{\"id\":\"https://v/completed\"}", s.getJsonObject("verb").toString());
    }

    /** xAPI 2.0 4.1.6.1 format=ids also reduces the Agents and Groups of contextAgents and contextGroups. */
    @Test
    void idsReducesContextAgentsAndContextGroups() {
        String body = """
                {"id":"6a5a1f4c-6b0a-4bd9-9b1d-4f6b2c1f8e11","actor":{"mbox":"mailto:ann@ex.com"},
                 "verb":{"id":"https://v/completed"},"object":{"id":"https://ex.com/c"},
                 "context":{"contextAgents":[{"objectType":"contextAgent","agent":{"name":"Tom","mbox":"mailto:tom@ex.com"},
                   "relevantTypes":["https://t/coach"]}],
                  "contextGroups":[{"objectType":"contextGroup","group":{"objectType":"Group","name":"G",
                   "member":[{"name":"Kim","mbox":"mailto:kim@ex.com"}]}}]}}""";
        JsonObject context = JsonIo.parseObject(StatementFormatter.format(new StoredStatement(SEQ, body, false),
                StatementFormat.IDS, List.of()), "t").getJsonObject("context");
        JsonObject agent = context.getJsonArray("contextAgents").getJsonObject(0);
        assertEquals("{\"mbox\":\"mailto:tom@ex.com\"}", agent.getJsonObject("agent").toString());
        assertEquals("https://t/coach", agent.getJsonArray("relevantTypes").getString(0));
        assertEquals("{\"objectType\":\"Group\",\"member\":[{\"mbox\":\"mailto:kim@ex.com\"}]}",
                context.getJsonArray("contextGroups").getJsonObject(0).getJsonObject("group").toString());
    }

    @Test
    void canonicalReturnsOneLanguagePerMapByAcceptLanguage() {
        JsonObject s = format(StatementFormat.CANONICAL, false, "fr, en;q=0.5");
        JsonObject def = s.getJsonObject("object").getJsonObject("definition");
        assertEquals("{\"fr\":\"Cours\"}", def.getJsonObject("name").toString());
        assertEquals("{\"fr\":\"terminé\"}", s.getJsonObject("verb").getJsonObject("display").toString());
        assertEquals("{\"fr\":\"Un\"}", def.getJsonArray("choices").getJsonObject(0).getJsonObject("description")
                .toString());
        assertTrue(s.getJsonObject("actor").containsKey("name"), "agents are returned as in exact");
    }

    @Test
    void canonicalFallsBackToOneEntryWhenNothingMatches() {
        JsonObject name = format(StatementFormat.CANONICAL, false, "de").getJsonObject("object")
                .getJsonObject("definition").getJsonObject("name");
        assertEquals(1, name.size());
    }

    /** 2.1.3 format=canonical: the LRS's definition replaces the statement's, then 2.1.3.s4 filters it. */
    @Test
    void canonicalPutsTheLrsDefinitionOfEveryActivityThenFiltersLanguages() {
        JsonObject course = JsonIo.parseObject("""
                {"name":{"en-US":"Course (canonical)","de":"Kurs"},"type":"https://t/course"}""", "t");
        List<String> asked = new java.util.ArrayList<>();
        StatementFormatter.CanonicalActivities lrs = iri -> {
            asked.add(iri);
            return iri.equals("https://ex.com/c") ? java.util.Optional.of(course) : java.util.Optional.empty();
        };
        JsonObject s = JsonIo.parseObject(StatementFormatter.format(new StoredStatement(SEQ, BODY, false),
                StatementFormat.CANONICAL, LanguageMaps.parseAcceptLanguage("de"), lrs), "t");
        assertEquals("{\"objectType\":\"Activity\",\"id\":\"https://ex.com/c\",\"definition\":"
                + "{\"name\":{\"de\":\"Kurs\"},\"type\":\"https://t/course\"}}", s.getJsonObject("object").toString());
        assertEquals("{\"id\":\"https://ex.com/p\"}", s.getJsonObject("context").getJsonObject("contextActivities")
                .getJsonArray("parent").getJsonObject(0).toString(), "no canonical definition: none returned");
        assertEquals(List.of("https://ex.com/c", "https://ex.com/p"), asked);
        assertEquals("Ann", s.getJsonObject("actor").getString("name"), "Agents as in exact");
        assertEquals("{\"en-US\":\"completed\"}", s.getJsonObject("verb").getJsonObject("display").toString(),
                "the statement's own display, filtered (no match for de: the first entry)");
        assertEquals("Tom", s.getJsonObject("context").getJsonObject("instructor").getString("name"));
    }

    @Test
    void canonicalReachesIntoSubStatements() {
        String body = """
                {"id":"6a5a1f4c-6b0a-4bd9-9b1d-4f6b2c1f8e11","actor":{"mbox":"mailto:ann@ex.com"},
                 "verb":{"id":"https://v/planned"},
                 "object":{"objectType":"SubStatement","actor":{"mbox":"mailto:ann@ex.com"},"verb":{"id":"https://v/x"},
                  "object":{"id":"https://ex.com/s","definition":{"name":{"en":"own"}}},
                  "context":{"contextActivities":{"grouping":{"id":"https://ex.com/g"}}}}}""";
        JsonObject name = JsonIo.object().add("name", JsonIo.object().add("en", "LRS")).build();
        JsonObject sub = JsonIo.parseObject(StatementFormatter.format(new StoredStatement(SEQ, body, false),
                StatementFormat.CANONICAL, List.of(), iri -> java.util.Optional.of(name)), "t").getJsonObject("object");
        assertEquals("LRS", sub.getJsonObject("object").getJsonObject("definition").getJsonObject("name")
                .getString("en"));
        assertEquals("LRS", sub.getJsonObject("context").getJsonObject("contextActivities").getJsonObject("grouping")
                .getJsonObject("definition").getJsonObject("name").getString("en"), "a single object, as sent");
    }
}
