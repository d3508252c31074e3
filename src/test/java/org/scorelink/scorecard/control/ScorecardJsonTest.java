package org.scorelink.scorecard.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.scorelink.scorecard.entity.Measure;
import org.scorelink.scorecard.entity.Scorecard;

class ScorecardJsonTest {

    private static JsonObject parse(String json) {
        try (var r = Json.createReader(new StringReader(json))) {
            return r.readObject();
        }
    }

    @Test
    void roundTripsTheDefaultScorecard() {
        Scorecard sc = DefaultScorecard.scorecard();
        JsonObject json = ScorecardJson.toJson(sc);
        Scorecard back = ScorecardJson.fromJson(json);
        assertEquals(json, ScorecardJson.toJson(back));
        assertEquals(ScorecardJson.canonical(sc), back);
        assertEquals(back, ScorecardJson.fromJson(ScorecardJson.toJson(back)), "a canonical model is a fixed point");
        assertEquals(sc.measures().size(), back.measures().size());
        assertEquals(sc.chains().size(), back.chains().size());
    }

    @Test
    void roundTripsThroughText() {
        JsonObject json = ScorecardJson.toJson(DefaultScorecard.scorecard());
        String text = ScorecardJson.write(json);
        assertEquals(json, parse(text));
        Parsed<Scorecard> reread = ScorecardParser.read(ScorecardJson.writePretty(json));
        assertEquals(List.of(), reread.problems(), "canonical JSON is itself a valid scorecard file");
        assertEquals(json, ScorecardJson.toJson(reread.orElseThrow()));
    }

    @Test
    void orderOfTheSourceDoesNotMatter() {
        Scorecard sc = Fixtures.minimal();
        List<Measure> reversed = new ArrayList<>(sc.measures());
        Collections.reverse(reversed);
        Scorecard shuffled = new Scorecard(sc.name(), sc.perspectives(), sc.orgUnits(), sc.objectives(), reversed,
                sc.targets(), sc.links(), sc.initiatives());
        assertNotEquals(sc, shuffled);
        assertEquals(ScorecardJson.toJson(sc), ScorecardJson.toJson(shuffled));
        assertEquals(ScorecardJson.write(ScorecardJson.toJson(sc)), ScorecardJson.write(ScorecardJson.toJson(shuffled)),
                "the same text, member order included");
    }

    @Test
    void writesEveryDefault() {
        JsonObject json = ScorecardJson.toJson(Fixtures.minimal());
        JsonObject link = json.getJsonArray("links").getJsonObject(1);
        assertEquals(parse("""
                {"from":"output","to":"revenue","sign":"positive","lagMin":0,"lagMax":0,"lagUnit":"months",
                 "kind":"empirical"}"""), link);
        assertEquals(parse("{\"amberFrom\":70,\"greenFrom\":100,\"cap\":100}"),
                json.getJsonArray("targets").getJsonObject(0).getJsonObject("rule"));
        assertEquals(4, json.getJsonArray("perspectives").size(), "the standard perspectives are written out");
        assertEquals(1, json.getJsonArray("measures").getJsonObject(0).getInt("weight"));
        assertFalse(json.getJsonArray("measures").getJsonObject(0).containsKey("formula"),
                "absent optional properties are left out");
        assertEquals("{\"key\":\"learning_growth\",\"name\":\"Learning and growth\",\"rank\":1,\"weight\":1}",
                ScorecardJson.write(json.getJsonArray("perspectives").getJsonObject(0)), "whole numbers, fixed order");
    }

    @Test
    void sortsElementsByKey() {
        JsonObject json = ScorecardJson.toJson(Fixtures.minimal());
        assertEquals(List.of("hours", "output", "revenue"), keys(json.getJsonArray("measures"), "key"));
        assertEquals(List.of("emea", "org", "sales"), keys(json.getJsonArray("orgUnits"), "key"));
        assertEquals(List.of("learning_growth", "internal_process", "customer", "financial"),
                keys(json.getJsonArray("perspectives"), "key"), "perspectives in causal order");
    }

    @Test
    void diffIsAnRfc6902PatchThatReproducesTheNewVersion() {
        Scorecard before = DefaultScorecard.scorecard();
        Measure hours = before.measure("training_hours").orElseThrow();
        Scorecard after = before.withMeasure(new Measure(hours.key(), "Learning hours per employee",
                hours.description(), hours.unit(), hours.perspective(), hours.objectives(), hours.direction(),
                hours.timing(), hours.period(), hours.aggregation(), hours.weightMeasure(), hours.source(),
                hours.formula(), 2)).withoutLink("training_hours", "training_cost");
        JsonObject from = ScorecardJson.toJson(before);
        JsonObject to = ScorecardJson.toJson(after);
        JsonArray diff = ScorecardJson.diff(from, to);
        assertEquals(to, ScorecardJson.patch(from, diff));
        List<String> paths = diff.stream().map(op -> op.asJsonObject().getString("path")).toList();
        int index = keys(from.getJsonArray("measures"), "key").indexOf("training_hours");
        assertTrue(paths.contains("/measures/" + index + "/name"), paths.toString());
        assertTrue(paths.contains("/measures/" + index + "/weight"), paths.toString());
        assertTrue(diff.stream().anyMatch(op -> op.asJsonObject().getString("op").equals("remove")
                && op.asJsonObject().getString("path").startsWith("/links/")), diff.toString());
        assertEquals(JsonValue.EMPTY_JSON_ARRAY, ScorecardJson.diff(from, ScorecardJson.toJson(before)));
    }

    @Test
    void readValidatesJsonValues() {
        JsonObject json = ScorecardJson.toJson(Fixtures.minimal());
        JsonObject broken = ScorecardJson.patch(json, Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("op", "replace").add("path", "/targets/0/measure")
                        .add("value", "hour"))
                .add(Json.createObjectBuilder().add("op", "add").add("path", "/links/0/lagMin").add("value", "one"))
                .build());
        Parsed<Scorecard> parsed = ScorecardJson.read(broken);
        Fixtures.assertProblem(parsed.problems(), Severity.ERROR, "links[0].lagMin", "must be a number");
        assertEquals(Optional.empty(), parsed.problems().get(0).location(), "JSON-P values have no locations");
        ScorecardException e = assertThrows(ScorecardException.class, () -> ScorecardJson.fromJson(broken));
        assertTrue(e.getMessage().contains("links[0].lagMin"), e.getMessage());

        JsonObject unknown = ScorecardJson.patch(json, Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("op", "replace").add("path", "/targets/0/measure")
                        .add("value", "hour")).build());
        Fixtures.assertProblem(ScorecardJson.read(unknown).problems(), Severity.ERROR, "targets[0].measure",
                "unknown measure 'hour'");
        assertEquals("hour", ScorecardJson.fromJson(unknown).targets().get(0).measure(),
                "fromJson parses without validating");
    }

    @Test
    void moneyIsExact() {
        Scorecard sc = ScorecardParser.parse("""
                name: X
                initiatives:
                  - {key: a, name: A, cost: {amount: 1200.50, currency: EUR}}
                  - {key: b, name: B, cost: {amount: 3e3, currency: EUR}}
                """).orElseThrow();
        JsonArray initiatives = ScorecardJson.toJson(sc).getJsonArray("initiatives");
        assertEquals("1200.5", initiatives.getJsonObject(0).getJsonObject("cost").getJsonNumber("amount").toString());
        assertEquals("3000", initiatives.getJsonObject(1).getJsonObject("cost").getJsonNumber("amount").toString());
    }

    private static List<String> keys(JsonArray array, String name) {
        return array.stream().map(v -> v.asJsonObject().getString(name)).toList();
    }
}
