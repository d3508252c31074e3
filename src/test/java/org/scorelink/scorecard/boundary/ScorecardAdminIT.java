package org.scorelink.scorecard.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scorelink.scorecard.boundary.AdminApi.SCORECARD;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.scorelink.scorecard.boundary.AdminApi.Reply;

/** The scorecard admin API over real HTTP against the running IT server. Each test makes its own stores. */
class ScorecardAdminIT {

    private static final String YAML = "application/yaml";
    private static final String JSON = "application/json";

    /** The problem at {@code path} whose message contains {@code text}; fails when there is not exactly one. */
    private static JsonObject problem(JsonArray problems, String severity, String path, String text) {
        List<JsonObject> found = problems.stream().map(JsonValue::asJsonObject)
                .filter(p -> p.getString("severity").equals(severity) && p.getString("path").equals(path)
                        && p.getString("message").contains(text))
                .toList();
        assertEquals(1, found.size(),
                () -> "one " + severity + " at " + path + " saying '" + text + "' in " + problems);
        return found.get(0);
    }

    private static void assertLocated(JsonObject problem, int line, int column) {
        assertEquals(line + ":" + column, problem.getString("location"), problem.toString());
        assertEquals(line, problem.getInt("line"));
        assertEquals(column, problem.getInt("column"));
    }

    private static JsonObject created(Reply r, int version) {
        assertEquals(201, r.status(), r::toString);
        JsonObject body = r.object();
        assertEquals(version, body.getInt("version"), body::toString);
        assertTrue(body.getBoolean("changed"));
        assertEquals("\"" + version + "\"", r.header("ETag"));
        assertTrue(r.header("Location").endsWith(SCORECARD + "/versions/" + version), r.header("Location"));
        return body;
    }

    /** A new store, read once (so version 1 is the default), then given the sales-training scorecard: version 2. */
    private static AdminApi withSalesTraining(String prefix) {
        AdminApi admin = AdminApi.fresh(prefix);
        assertEquals(1, admin.version());
        created(admin.put(SCORECARD, YAML, AdminApi.fixtureText("sales-training.yaml"), "sales training"), 2);
        return admin;
    }

    @Test
    void aStoreStartsWithTheDefaultScorecardOnItsFirstRead() {
        AdminApi admin = AdminApi.fresh("sc-default");
        Reply r = admin.get(SCORECARD);
        assertEquals(200, r.status(), r::toString);
        assertEquals("\"1\"", r.header("ETag"));
        assertTrue(r.header("Content-Type").startsWith(JSON), r.header("Content-Type"));
        JsonObject body = r.object();
        assertEquals(1, body.getInt("version"));
        assertEquals("scorelink", body.getString("author"));
        assertEquals("default scorecard", body.getString("reason"));
        assertFalse(body.containsKey("client"));
        Instant.parse(body.getString("created"));
        JsonObject sc = body.getJsonObject("scorecard");
        assertEquals("Corporate training scorecard", sc.getString("name"));
        List<String> measures = sc.getJsonArray("measures").stream()
                .map(m -> m.asJsonObject().getString("key")).toList();
        assertTrue(measures.containsAll(List.of("training_hours", "completion_rate", "customer_retention",
                "training_roi")), measures.toString());
        assertEquals(1, admin.get(SCORECARD + "/versions").array().size(), "reading again stores nothing");
        assertEquals(body, admin.getObject(SCORECARD + "/versions/1"));
    }

    @Test
    void yamlAndJsonBodiesGiveTheSameModel() {
        AdminApi yaml = AdminApi.fresh("sc-yaml");
        AdminApi json = AdminApi.fresh("sc-json");
        // a store whose first request is a change: that change is version 1 (no default first)
        JsonObject fromYaml = created(yaml.put(SCORECARD, "text/yaml; charset=UTF-8",
                AdminApi.fixtureText("sales-training.yaml"), "from YAML"), 1);
        assertEquals(1, json.version());
        created(json.put(SCORECARD, JSON, AdminApi.fixtureText("sales-training.json"), "from JSON"), 2);
        assertEquals(List.of(), fromYaml.getJsonArray("warnings").stream().toList());
        JsonObject a = yaml.getObject(SCORECARD).getJsonObject("scorecard");
        JsonObject b = json.getObject(SCORECARD).getJsonObject("scorecard");
        assertEquals(a, b);
        assertEquals("Sales training", a.getString("name"));

        // the JSON file in the YAML store changes nothing: 200 with the current version, no new version
        Reply same = yaml.put(SCORECARD, JSON, AdminApi.fixtureText("sales-training.json"), "same again");
        assertEquals(200, same.status(), same::toString);
        assertFalse(same.object().getBoolean("changed"));
        assertEquals(1, same.object().getInt("version"));
        assertEquals("\"1\"", same.header("ETag"));
        assertEquals("from YAML", same.object().getString("reason"));
        assertEquals(1, yaml.get(SCORECARD + "/versions").array().size());
    }

    @Test
    void theYamlFormReadsBackAsTheSameScorecard() {
        AdminApi admin = withSalesTraining("sc-yamlout");
        Reply byParam = admin.get(SCORECARD + "?format=yaml");
        assertEquals(200, byParam.status(), byParam::toString);
        assertTrue(byParam.header("Content-Type").startsWith(YAML), byParam.header("Content-Type"));
        assertEquals("\"2\"", byParam.header("ETag"));
        assertTrue(byParam.body().startsWith("# Sales training, version 2\n# by " + admin.name + " at "),
                byParam.body());
        assertTrue(byParam.body().contains("\nname: Sales training\n"), byParam.body());
        Reply byAccept = AdminApi.reply(admin.request(SCORECARD).header("Accept", "application/yaml").GET());
        assertEquals(byParam.body(), byAccept.body());
        Reply version1 = admin.get(SCORECARD + "/versions/1?format=yaml");
        assertTrue(version1.body().contains("\nname: Corporate training scorecard\n"), version1.body());

        Reply back = admin.put(SCORECARD, YAML, byParam.body(), "round trip");
        assertEquals(200, back.status(), back::toString);
        assertFalse(back.object().getBoolean("changed"), "the YAML is the same scorecard");
        assertEquals(400, admin.get(SCORECARD + "?format=xml").status());
    }

    @Test
    void errorsAre400WithEveryProblemItsPathAndLocation() {
        AdminApi admin = AdminApi.fresh("sc-invalid");
        String text = """
                name: Broken
                measures:
                  - key: a
                    name: A
                    unit: h
                    perspective: learning_growth
                    direction: higher_is_better
                    timing: leading
                    period: month
                    aggregation: sum
                    source: learning
                  - key: b
                    name: B
                    unit: h
                    perspective: financial
                    direction: higher_is_better
                    timing: lagging
                    period: month
                    aggregation: sum
                    source: formula
                    formula: a * (c
                targets:
                  - {measure: a, baseline: 1, target: 2}
                  - {measure: z, baseline: 1, target: 2}
                links:
                  - {from: a, to: b}
                  - {from: b, to: a}
                """;
        admin.version();
        Reply r = admin.put(SCORECARD, YAML, text, "try a broken one");
        assertEquals(400, r.status(), r::toString);
        JsonObject body = r.object();
        assertTrue(body.getBoolean("error"));
        assertEquals(400, body.getInt("code"));
        assertTrue(body.getString("message").startsWith("scorecard: 4 errors, the first: "), body.toString());
        JsonArray problems = body.getJsonArray("problems");
        // missing target
        assertLocated(problem(problems, "error", "measures[1]", "measure 'b' has no target"), 12, 5);
        // bad formula
        assertLocated(problem(problems, "error", "measures[1].formula", "not a valid formula"), 21, 14);
        // unknown reference, with a suggestion
        assertLocated(problem(problems, "error", "targets[1].measure", "unknown measure 'z'"), 24, 15);
        // cycle
        assertLocated(problem(problems, "error", "links[1]", "causal links form a cycle: a → b → a"), 27, 5);
        // warnings come along
        problem(problems, "warning", "links[1]", "runs backwards");
        assertEquals(1, admin.version(), "nothing stored");

        // the dry run finds the same problems and stores nothing either
        Reply dry = admin.send("POST", SCORECARD + "/validate", YAML, text, null, null);
        assertEquals(200, dry.status(), dry::toString);
        assertFalse(dry.object().getBoolean("valid"));
        assertEquals(4, dry.object().getInt("errors"));
        assertEquals(problems, dry.object().getJsonArray("problems"));
        assertFalse(dry.object().containsKey("diff"));

        Reply notYaml = admin.put(SCORECARD, YAML, "name: [unclosed", "syntax");
        assertEquals(400, notYaml.status());
        JsonObject syntax = notYaml.object().getJsonArray("problems").getJsonObject(0);
        assertEquals("", syntax.getString("path"));
        assertTrue(syntax.getString("message").startsWith("not valid YAML or JSON"), syntax.toString());
        assertTrue(syntax.containsKey("location"), syntax.toString());
    }

    @Test
    void theDryRunOfAValidScorecardShowsTheDiffItWouldMake() {
        AdminApi admin = withSalesTraining("sc-validate");
        String renamed = AdminApi.fixtureText("sales-training.yaml").replace("name: Sales training",
                "name: Sales training 2026");
        Reply dry = admin.send("POST", SCORECARD + "/validate", YAML, renamed, null, null);
        assertEquals(200, dry.status(), dry::toString);
        JsonObject body = dry.object();
        assertTrue(body.getBoolean("valid"));
        assertEquals(0, body.getInt("errors"));
        assertEquals(2, body.getInt("from"));
        assertEquals(Json.createArrayBuilder().add(Json.createObjectBuilder().add("op", "replace")
                .add("path", "/name").add("value", "Sales training 2026")).build(), body.getJsonArray("diff"));
        assertEquals(2, admin.version());
    }

    @Test
    void backwardLinksAreAcceptedWithAWarning() {
        AdminApi admin = AdminApi.fresh("sc-backward");
        String text = AdminApi.fixtureText("sales-training.yaml").replace("links:\n",
                "links:\n  - {from: revenue, to: deal_cycle_days, sign: negative}\n");
        admin.version();
        JsonObject body = created(admin.put(SCORECARD, YAML, text, "a backward link"), 2);
        JsonObject warning = problem(body.getJsonArray("warnings"), "warning", "links[0]", "runs backwards");
        assertTrue(warning.getString("message").contains("from perspective 'financial' to the earlier "
                + "'internal_process'"), warning.toString());
        assertTrue(warning.containsKey("location"));
    }

    @Test
    void aStaleIfMatchIs412() {
        AdminApi admin = AdminApi.fresh("sc-ifmatch");
        assertEquals("\"1\"", admin.get(SCORECARD).header("ETag"));
        String yaml = AdminApi.fixtureText("sales-training.yaml");
        created(admin.send("PUT", SCORECARD, YAML, yaml, "based on 1", "\"1\""), 2);
        String renamed = yaml.replace("name: Sales training", "name: Renamed");
        Reply stale = admin.send("PUT", SCORECARD, YAML, renamed, "also based on 1", "\"1\"");
        assertEquals(412, stale.status(), stale::toString);
        assertTrue(stale.object().getString("message").contains("at version 2, not 1"), stale.toString());
        Reply staleElement = admin.send("PUT", SCORECARD + "/org-units/apac", JSON,
                "{\"name\":\"APAC\",\"parent\":\"sales\"}", "based on 1", "\"1\"");
        assertEquals(412, staleElement.status(), staleElement::toString);
        assertEquals(2, admin.version());
        created(admin.send("PUT", SCORECARD, YAML, renamed, "based on 2", "\"2\""), 3);
        assertEquals(400, admin.send("PUT", SCORECARD, YAML, renamed, "bad tag", "2").status());
    }

    @Test
    void everyChangeNeedsAReason() {
        AdminApi admin = AdminApi.fresh("sc-reason");
        Reply none = admin.put(SCORECARD, YAML, AdminApi.fixtureText("sales-training.yaml"), null);
        assertEquals(400, none.status(), none::toString);
        assertTrue(none.object().getString("message").startsWith("X-Scorelink-Reason: required"), none.toString());
        assertEquals(400, admin.put(SCORECARD, YAML, AdminApi.fixtureText("sales-training.yaml"), "  ").status());
        assertEquals(400, admin.delete(SCORECARD + "/initiatives/onboarding_path", null).status());
        assertEquals(1, admin.version());
    }

    @Test
    void aReasonSentAsUtf8ArrivesIntact() throws Exception {
        // Java's HttpClient writes header values as ASCII, so this request goes over a plain socket
        AdminApi admin = AdminApi.fresh("sc-utf8");
        assertEquals(1, admin.version());
        URI base = URI.create(AdminApi.BASE);
        String reason = "Ziele für 2026 → Vertrieb";
        String measure = admin.get(SCORECARD + "/measures/training_hours").body().replace("\"weight\":1",
                "\"weight\":2");
        byte[] measureBody = measure.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("PUT " + SCORECARD + "/measures/training_hours HTTP/1.1\r\nHost: " + base.getHost() + "\r\n"
                    + "Authorization: " + AdminApi.basic(admin.key, admin.secret) + "\r\nConnection: close\r\n"
                    + "Content-Type: application/json\r\nContent-Length: " + measureBody.length + "\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write("X-Scorelink-Reason: ".getBytes(StandardCharsets.US_ASCII));
            out.write(reason.getBytes(StandardCharsets.UTF_8));
            out.write("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.write(measureBody);
            out.flush();
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(response.startsWith("HTTP/1.1 201"), response);
        }
        assertEquals(reason, admin.getObject(SCORECARD).getString("reason"));
    }

    @Test
    void eachElementEndpointMakesAVersion() {
        AdminApi admin = withSalesTraining("sc-elements");
        int v = 2;
        // a measure as an input (weight 0: no target needed yet), its targets, then scored with an objective
        JsonObject quota = Json.createObjectBuilder().add("name", "Quota attainment").add("unit", "%")
                .add("perspective", "internal_process").add("direction", "higher_is_better").add("timing", "lagging")
                .add("period", "quarter").add("aggregation", "mean").add("source", "outcome").add("weight", 0).build();
        created(admin.putJson(SCORECARD + "/measures/quota_attainment", quota, "add quota"), ++v);
        Reply targets = admin.putJson(SCORECARD + "/measures/quota_attainment/targets", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("baseline", 80).add("target", 100))
                .add(Json.createObjectBuilder().add("orgUnit", "sales_emea").add("baseline", 70).add("target", 95))
                .build(), "quota targets");
        created(targets, ++v);
        created(admin.putJson(SCORECARD + "/objectives/quota", Json.createObjectBuilder().add("name", "Hit quota")
                .add("perspective", "internal_process").add("owner", "Head of Sales").build(), "objective"), ++v);
        JsonObject scored = Json.createObjectBuilder(quota).add("weight", 1)
                .add("objectives", Json.createArrayBuilder().add("quota")).build();
        created(admin.putJson(SCORECARD + "/measures/quota_attainment", scored, "score quota"), ++v);
        created(admin.putJson(SCORECARD + "/org-units/sales_apac", Json.createObjectBuilder().add("name", "Sales APAC")
                .add("parent", "sales").build(), "apac"), ++v);
        created(admin.putJson(SCORECARD + "/perspectives/partners", Json.createObjectBuilder().add("name", "Partners")
                .add("rank", 3.5).build(), "partners"), ++v);
        created(admin.putJson(SCORECARD + "/perspectives/customer", Json.createObjectBuilder().add("name", "Clients")
                .build(), "rename customer"), ++v);
        created(admin.putJson(SCORECARD + "/links/completion_rate/quota_attainment", Json.createObjectBuilder()
                .add("lagMin", 1).add("lagMax", 2).add("rationale", "Skills sell").build(), "link"), ++v);
        created(admin.putJson(SCORECARD + "/initiatives/quota_coaching", Json.createObjectBuilder()
                .add("name", "Quota coaching").add("measures", Json.createArrayBuilder().add("quota_attainment"))
                .add("rollout", Json.createArrayBuilder().add(Json.createObjectBuilder().add("orgUnit", "sales_apac")
                        .add("from", "2026-04-01"))).build(), "coaching"), ++v);

        // the elements read back in canonical form, with the scorecard's ETag
        Reply measure = admin.get(SCORECARD + "/measures/quota_attainment");
        assertEquals(200, measure.status(), measure::toString);
        assertEquals("\"" + v + "\"", measure.header("ETag"));
        assertEquals(List.of("quota"), measure.object().getJsonArray("objectives").getValuesAs(
                jakarta.json.JsonString::getString));
        assertEquals(2, admin.get(SCORECARD + "/measures/quota_attainment/targets").array().size());
        assertEquals("Clients", admin.getObject(SCORECARD + "/perspectives/customer").getString("name"));
        assertEquals(3, admin.getObject(SCORECARD + "/perspectives/customer").getInt("rank"));
        assertEquals("Skills sell", admin.getObject(SCORECARD + "/links/completion_rate/quota_attainment")
                .getString("rationale"));
        assertEquals("sales", admin.getObject(SCORECARD + "/org-units/sales_apac").getString("parent"));
        assertEquals("Hit quota", admin.getObject(SCORECARD + "/objectives/quota").getString("name"));
        assertEquals("Quota coaching", admin.getObject(SCORECARD + "/initiatives/quota_coaching").getString("name"));
        assertEquals(404, admin.get(SCORECARD + "/measures/nope").status());

        // the same element again changes nothing
        Reply again = admin.putJson(SCORECARD + "/org-units/sales_apac", Json.createObjectBuilder()
                .add("key", "sales_apac").add("name", "Sales APAC").add("parent", "sales").build(), "again");
        assertEquals(200, again.status(), again::toString);
        assertEquals(v, again.object().getInt("version"));

        // deletions, each a version; the standard perspective cannot go, the referenced measure not yet
        assertEquals(409, admin.delete(SCORECARD + "/perspectives/customer", "try").status());
        created(admin.delete(SCORECARD + "/perspectives/partners", "no partners"), ++v);
        Reply referenced = admin.delete(SCORECARD + "/measures/quota_attainment", "try");
        assertEquals(409, referenced.status(), referenced::toString);
        created(admin.delete(SCORECARD + "/initiatives/quota_coaching", "stop coaching"), ++v);
        created(admin.delete(SCORECARD + "/links/completion_rate/quota_attainment", "unlink"), ++v);
        created(admin.delete(SCORECARD + "/measures/quota_attainment", "drop quota"), ++v);
        created(admin.delete(SCORECARD + "/objectives/quota", "drop objective"), ++v);
        created(admin.delete(SCORECARD + "/org-units/sales_apac", "no apac"), ++v);
        assertEquals(404, admin.delete(SCORECARD + "/org-units/sales_apac", "twice").status());

        // back to the file, except the renamed perspective
        JsonObject now = admin.getObject(SCORECARD).getJsonObject("scorecard");
        JsonObject file = admin.getObject(SCORECARD + "/versions/2").getJsonObject("scorecard");
        JsonArray diff = admin.getObject(SCORECARD + "/versions/" + v + "/diff?from=2").getJsonArray("patch");
        assertEquals(1, diff.size(), diff::toString);
        assertEquals("/perspectives/2/name", diff.getJsonObject(0).getString("path"));
        assertEquals(now, Json.createPatch(diff).apply(file));

        List<JsonObject> history = admin.get(SCORECARD + "/versions").array().getValuesAs(JsonObject.class);
        assertEquals(v, history.size());
        assertEquals(admin.name, history.get(0).getString("author"));
        assertEquals(admin.key, history.get(0).getString("client"));
        assertEquals("no apac", history.get(0).getString("reason"));
    }

    @Test
    void deletingSomethingStillReferencedNamesTheReferences() {
        AdminApi admin = withSalesTraining("sc-refs");
        Reply r = admin.delete(SCORECARD + "/measures/completion_rate", "drop it");
        assertEquals(409, r.status(), r::toString);
        String message = r.object().getString("message");
        assertTrue(message.startsWith("measures/completion_rate: measure 'completion_rate' is still referenced by "),
                message);
        assertTrue(message.contains("link completion_rate → deal_cycle_days (links[0].from)"), message);
        assertTrue(message.contains("initiative 'negotiation_academy' (initiatives[0].measures[0])"), message);
        assertEquals(List.of("links[0].from", "initiatives[0].measures[0]"), r.object().getJsonArray("problems")
                .stream().map(p -> p.asJsonObject().getString("path")).toList());
        Reply unit = admin.delete(SCORECARD + "/org-units/sales", "drop it");
        assertEquals(409, unit.status(), unit::toString);
        assertTrue(unit.object().getString("message").contains("org unit 'sales_emea' (orgUnits[2].parent)"),
                unit.toString());
        assertEquals(2, admin.version());
    }

    @Test
    void elementBodiesAreCheckedWithTheirOwnPathsAndLines() {
        AdminApi admin = withSalesTraining("sc-element-errors");
        String measure = """
                name: Quota attainment
                unit: "%"
                perspective: internal_process
                objectives: [faster_deals]
                direction: higher_is_better
                timing: lagging
                period: quarter
                aggregation: mean
                source: formula
                formula: deals_won / deals_plan
                """;
        Reply r = admin.put(SCORECARD + "/measures/quota_attainment", YAML, measure, "add");
        assertEquals(400, r.status(), r::toString);
        JsonArray problems = r.object().getJsonArray("problems");
        assertLocated(problem(problems, "error", "formula", "unknown measure 'deals_won'"), 10, 10);
        assertLocated(problem(problems, "error", "", "has no target"), 1, 1);
        Reply typo = admin.put(SCORECARD + "/measures/quota_attainment", YAML,
                measure.replace("timing: lagging", "timnig: lagging"), "add");
        assertEquals(400, typo.status());
        assertLocated(problem(typo.object().getJsonArray("problems"), "error", "timnig",
                "unknown property 'timnig'; did you mean 'timing'?"), 6, 1);
        Reply otherKey = admin.put(SCORECARD + "/measures/quota_attainment", YAML, "key: quota\n" + measure, "add");
        assertEquals(400, otherKey.status());
        problem(otherKey.object().getJsonArray("problems"), "error", "key",
                "the request path names 'quota_attainment'");
        Reply targets = admin.put(SCORECARD + "/measures/csat/targets", YAML,
                "- {baseline: 4.3, target: 3.8}\n", "reverse");
        assertEquals(400, targets.status(), targets::toString);
        assertLocated(problem(targets.object().getJsonArray("problems"), "error", "[0].target", "below the baseline"),
                1, 27);
        assertEquals(404, admin.put(SCORECARD + "/measures/nope/targets", YAML, "[]", "x").status());
        assertEquals(2, admin.version());
    }

    @Test
    void historyListsEveryVersionAndDiffsGoBetweenAnyTwo() {
        AdminApi admin = withSalesTraining("sc-history");
        String yaml = AdminApi.fixtureText("sales-training.yaml");
        created(admin.put(SCORECARD, YAML, yaml.replace("baseline: 45, target: 30", "baseline: 45, target: 28"),
                "tighter cycle target"), 3);

        JsonArray versions = admin.get(SCORECARD + "/versions").array();
        assertEquals(List.of(3, 2, 1), versions.stream().map(x -> x.asJsonObject().getInt("version")).toList());
        JsonObject v3 = versions.getJsonObject(0);
        assertEquals(admin.name, v3.getString("author"));
        assertEquals(admin.key, v3.getString("client"));
        assertEquals("tighter cycle target", v3.getString("reason"));
        assertEquals(1, v3.getInt("changes"));
        Instant.parse(v3.getString("created"));
        assertFalse(v3.containsKey("scorecard"), "the list has no documents");
        assertEquals("scorelink", versions.getJsonObject(2).getString("author"));

        JsonObject diff = admin.getObject(SCORECARD + "/versions/3/diff");
        assertEquals(2, diff.getInt("from"));
        assertEquals(3, diff.getInt("to"));
        JsonArray patch = diff.getJsonArray("patch");
        assertEquals(1, patch.size());
        JsonObject op = patch.getJsonObject(0);
        assertEquals("replace", op.getString("op"));
        assertTrue(op.getString("path").matches("/targets/\\d+/target"), op.toString());
        assertEquals(28, op.getInt("value"));

        JsonObject doc1 = admin.getObject(SCORECARD + "/versions/1").getJsonObject("scorecard");
        JsonObject doc3 = admin.getObject(SCORECARD + "/versions/3").getJsonObject("scorecard");
        assertEquals(doc3, Json.createPatch(admin.getObject(SCORECARD + "/versions/3/diff?from=1")
                .getJsonArray("patch")).apply(doc1));
        assertEquals(doc1, Json.createPatch(admin.getObject(SCORECARD + "/versions/1/diff?from=3")
                .getJsonArray("patch")).apply(doc3));
        JsonArray fromEmpty = admin.getObject(SCORECARD + "/versions/1/diff").getJsonArray("patch");
        assertEquals(doc1, Json.createPatch(fromEmpty).apply(JsonValue.EMPTY_JSON_OBJECT));

        assertEquals(404, admin.get(SCORECARD + "/versions/4").status());
        assertEquals(404, admin.get(SCORECARD + "/versions/4/diff").status());
        assertEquals(404, admin.get(SCORECARD + "/versions/3/diff?from=9").status());
        Reply bad = admin.get(SCORECARD + "/versions/first");
        assertEquals(400, bad.status());
        assertTrue(bad.object().getString("message").startsWith("version: 'first' is not a version number"),
                bad.toString());
        assertEquals(400, admin.get(SCORECARD + "/versions/2/diff?from=x").status());
    }

    @Test
    void eachStoresAdminSeesItsOwnScorecard() {
        AdminApi a = withSalesTraining("sc-tenant-a");
        AdminApi b = AdminApi.fresh("sc-tenant-b");
        AdminApi a2 = AdminApi.create(a.store, "scorelink/admin");
        assertEquals("Sales training", a2.getObject(SCORECARD).getJsonObject("scorecard").getString("name"),
                "another admin of store a sees store a's scorecard");
        JsonObject seenByB = b.getObject(SCORECARD);
        assertEquals(1, seenByB.getInt("version"));
        assertEquals("Corporate training scorecard", seenByB.getJsonObject("scorecard").getString("name"));
        created(b.putJson(SCORECARD + "/org-units/b_only", Json.createObjectBuilder().add("name", "B only").build(),
                "b's unit"), 2);
        assertEquals(404, a.get(SCORECARD + "/org-units/b_only").status());
        assertEquals(List.of("sales training", "default scorecard"), a.get(SCORECARD + "/versions").array().stream()
                .map(x -> x.asJsonObject().getString("reason")).toList());
    }

    @Test
    void onlyAdminsMayUseIt() {
        AdminApi client = AdminApi.create(AdminApi.newStore("sc-nonadmin"), "all");
        Reply r = client.get(SCORECARD);
        assertEquals(403, r.status(), r::toString);
        assertTrue(r.object().getString("message").contains("scorelink/admin"), r.toString());
        assertEquals(403, client.put(SCORECARD, YAML, "name: x", "x").status());
        Reply anonymous = AdminApi.reply(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(AdminApi.BASE + SCORECARD)).GET());
        assertEquals(401, anonymous.status());
    }

    @Test
    void bodiesMustBeJsonOrYaml() {
        AdminApi admin = AdminApi.fresh("sc-media");
        Reply r = admin.put(SCORECARD, "text/plain", "name: x", "x");
        assertEquals(415, r.status(), r::toString);
        assertTrue(r.object().getString("message").startsWith("Content-Type: 'text/plain' is not supported"),
                r.toString());
        Reply none = admin.send("PUT", SCORECARD, null, "name: x", "x", null);
        assertEquals(415, none.status(), none::toString);
        Reply empty = admin.put(SCORECARD, JSON, "", "empty");
        assertEquals(400, empty.status(), empty::toString);
        assertNotNull(problemMessages(empty).stream().filter(m -> m.contains("empty")).findFirst().orElse(null),
                empty.toString());
    }

    private static List<String> problemMessages(Reply r) {
        return r.object().getJsonArray("problems").stream().map(p -> p.asJsonObject().getString("message"))
                .collect(Collectors.toList());
    }
}
