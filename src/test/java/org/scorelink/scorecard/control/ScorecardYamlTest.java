package org.scorelink.scorecard.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scorelink.scorecard.entity.Scorecard;

class ScorecardYamlTest {

    private static Scorecard roundTrip(Scorecard sc) {
        String yaml = ScorecardYaml.write(ScorecardJson.toJson(sc), List.of("version 3", "by someone"));
        Parsed<Scorecard> back = ScorecardParser.read(yaml);
        assertEquals(List.of(), back.errors(), yaml);
        return back.value().orElseThrow();
    }

    @Test
    void defaultScorecardReadsBackAsTheSameCanonicalJson() {
        Scorecard sc = DefaultScorecard.scorecard();
        assertEquals(ScorecardJson.toJson(sc), ScorecardJson.toJson(roundTrip(sc)));
    }

    @Test
    void commentsComeFirstAndBlockStyleIsUsed() {
        String yaml = ScorecardYaml.write(ScorecardJson.toJson(Fixtures.minimal()), List.of("version 3", "two\nlines"));
        assertTrue(yaml.startsWith("# version 3\n# two\n# lines\nname: Test scorecard\n"), yaml);
        assertTrue(yaml.contains("\nmeasures:\n  - key: hours\n"), yaml);
        assertTrue(yaml.contains("objectives: [skills]"), yaml);
    }

    @Test
    void stringsThatYamlWouldReadAsOtherTypesAreQuoted() {
        String text = """
                name: "123"
                orgUnits:
                  - {key: org, name: "true"}
                  - {key: b, name: "null", parent: org}
                  - {key: c, name: "%: tricky # not a comment", parent: org}
                  - {key: d, name: "0x1F", parent: org}
                  - {key: e, name: "  leading and trailing  ", parent: org}
                  - {key: f, name: "line one\\nline two\\n", parent: org}
                  - {key: g, name: "- dash", parent: org}
                  - {key: h, name: "1.5e3", parent: org}
                  - {key: i, name: "ünïcödé → ok", parent: org}
                """;
        Scorecard sc = ScorecardParser.parse(text).orElseThrow();
        JsonObject json = ScorecardJson.toJson(sc);
        assertEquals(json, ScorecardJson.toJson(roundTrip(sc)));
    }

    @Test
    void decimalsAndMoneyKeepTheirValue() {
        String text = Fixtures.text("minimal.yaml")
                .replace("{measure: hours, baseline: 1, target: 2}", "{measure: hours, baseline: 0.1, target: 2.75}")
                .replace("name: Academy", "name: Academy\n    cost: {amount: 12345678901234.56, currency: EUR}");
        Scorecard sc = ScorecardParser.read(text).orElseThrow();
        String yaml = ScorecardYaml.write(ScorecardJson.toJson(sc), List.of());
        assertTrue(yaml.contains("amount: 12345678901234.56"), yaml);
        assertTrue(yaml.contains("baseline: 0.1"), yaml);
        assertEquals(ScorecardJson.toJson(sc), ScorecardJson.toJson(roundTrip(sc)));
    }
}
