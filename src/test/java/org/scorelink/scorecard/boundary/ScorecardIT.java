package org.scorelink.scorecard.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Manual measure values and the two report APIs over real HTTP, against the store's current scorecard (the shipped
 * default scorecard: org → sales → sales_emea, org → operations → support). Each test works in a store of its own.
 */
class ScorecardIT {

    private static final String BASE = System.getProperty("scorelink.test.url", "http://localhost:9180");
    private static final String ADMIN_KEY = System.getProperty("scorelink.test.admin.key", "admin");
    private static final String ADMIN_SECRET = System.getProperty("scorelink.test.admin.secret", "it-admin-secret");
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private static final String VALUES = "/api/admin/scorecard/values";

    record Reply(int status, String body) {
        JsonObject object() {
            return Json.createReader(new StringReader(body)).readObject();
        }

        JsonArray array() {
            return Json.createReader(new StringReader(body)).readArray();
        }
    }

    /** A client credential in a store of its own. */
    record Client(String key, String secret) {
        Reply call(String method, String path, String contentType, String body) {
            var builder = HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofSeconds(60))
                    .header("Authorization", basic(key, secret))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
            if (contentType != null) {
                builder.header("Content-Type", contentType);
            }
            return send(builder);
        }

        Reply get(String path) {
            return call("GET", path, null, null);
        }

        Reply putJson(String json) {
            return call("PUT", VALUES, "application/json", json);
        }

        Reply putCsv(String csv) {
            return call("PUT", VALUES, "text/csv; charset=utf-8", csv);
        }

        /** GET that must answer 200 with an object. */
        JsonObject object(String path) {
            Reply r = get(path);
            assertEquals(200, r.status(), () -> path + ": " + r.body());
            return r.object();
        }
    }

    private static String basic(String key, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((key + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    private static Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Client client(String... scopes) {
        String store = "sc-" + UUID.randomUUID().toString().substring(0, 12);
        var scopeArray = Json.createArrayBuilder();
        for (String s : scopes) {
            scopeArray.add(s);
        }
        String body = Json.createObjectBuilder().add("name", "scorecard it").add("store", store)
                .add("scopes", scopeArray).build().toString();
        Reply r = send(HttpRequest.newBuilder(URI.create(BASE + "/api/admin/clients"))
                .header("Authorization", basic(ADMIN_KEY, ADMIN_SECRET)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        assertEquals(201, r.status(), r::body);
        return new Client(r.object().getString("key"), r.object().getString("secret"));
    }

    private static Client admin() {
        return client("scorelink/admin");
    }

    private static void written(Reply r, int n) {
        assertEquals(200, r.status(), r::body);
        assertEquals(n, r.object().getInt("written"), r::body);
    }

    // ---- navigating a report

    private static JsonObject report(JsonObject answer) {
        assertEquals(1, answer.getJsonArray("reports").size(), answer::toString);
        return answer.getJsonArray("reports").getJsonObject(0);
    }

    private static JsonObject perspective(JsonObject report, String key) {
        return report.getJsonArray("perspectives").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("key").equals(key)).findFirst().orElseThrow(() -> new AssertionError(key));
    }

    private static JsonObject objective(JsonObject report, String key) {
        return report.getJsonArray("perspectives").getValuesAs(JsonObject.class).stream()
                .flatMap(p -> p.getJsonArray("objectives").getValuesAs(JsonObject.class).stream())
                .filter(o -> o.getString("key").equals(key)).findFirst().orElseThrow(() -> new AssertionError(key));
    }

    private static JsonObject measure(JsonObject report, String key) {
        return report.getJsonArray("perspectives").getValuesAs(JsonObject.class).stream()
                .flatMap(p -> java.util.stream.Stream.concat(
                        p.getJsonArray("objectives").getValuesAs(JsonObject.class).stream()
                                .flatMap(o -> o.getJsonArray("measures").getValuesAs(JsonObject.class).stream()),
                        p.getJsonArray("otherMeasures").getValuesAs(JsonObject.class).stream()))
                .filter(m -> m.getString("key").equals(key)).findFirst().orElseThrow(() -> new AssertionError(key));
    }

    private static double number(JsonObject o, String name) {
        return o.getJsonNumber(name).doubleValue();
    }

    private static List<String> strings(JsonArray a) {
        return a.getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList();
    }

    /**
     * July and August 2026 in sales_emea (headcount 6) and support (4): revenue 190,000 then 185,000 for the ten
     * employees, training cost 1,000 in July only, completion 30/50 and 45/50 in July, satisfaction 4.1 and 4.3
     * in Q3, training hours 3 and 5 per employee in July.
     */
    private static final String Q3_VALUES = """
            [{"measure":"revenue","orgUnit":"sales_emea","period":"2026-07","value":120000},
             {"measure":"revenue","orgUnit":"support","period":"2026-07","value":70000},
             {"measure":"revenue","orgUnit":"sales_emea","period":"2026-08","value":110000},
             {"measure":"revenue","orgUnit":"support","period":"2026-08","value":75000},
             {"measure":"headcount","orgUnit":"sales_emea","period":"2026-07","value":6},
             {"measure":"headcount","orgUnit":"support","period":"2026-07","value":4},
             {"measure":"headcount","orgUnit":"sales_emea","period":"2026-08","value":6},
             {"measure":"headcount","orgUnit":"support","period":"2026-08","value":4},
             {"measure":"training_cost","orgUnit":"sales_emea","period":"2026-07","value":600},
             {"measure":"training_cost","orgUnit":"support","period":"2026-07","value":400},
             {"measure":"completion_rate","orgUnit":"sales_emea","period":"2026-07","numerator":30,"denominator":50},
             {"measure":"completion_rate","orgUnit":"support","period":"2026-07","numerator":45,"denominator":50},
             {"measure":"customer_satisfaction","orgUnit":"sales_emea","period":"2026-Q3","value":4.1},
             {"measure":"customer_satisfaction","orgUnit":"support","period":"2026-Q3","value":4.3},
             {"measure":"training_hours","orgUnit":"sales_emea","period":"2026-07","value":3},
             {"measure":"training_hours","orgUnit":"support","period":"2026-07","value":5}]
            """;

    @Test
    void theScorecardOfAQuarterComputesFormulasRollsUpOrgUnitsAndMonthsAndScores() {
        Client c = admin();
        written(c.putJson(Q3_VALUES), 16);
        JsonObject answer = c.object("/api/scorecard?period=2026-Q3&orgUnit=org");
        assertEquals("Corporate training scorecard", answer.getString("scorecard"));
        assertEquals("2026-Q3", answer.getString("period"));
        // computed under the store's current scorecard version, the one the admin API serves
        assertEquals(c.object("/api/admin/scorecard").getInt("version"), answer.getInt("version"), answer::toString);
        JsonObject org = report(answer);
        assertEquals("org", org.getJsonObject("orgUnit").getString("key"));
        assertEquals(List.of("learning_growth", "internal_process", "customer", "financial"),
                org.getJsonArray("perspectives").getValuesAs(JsonObject.class).stream().map(p -> p.getString("key"))
                        .toList());

        // revenue per employee: July 190,000/10 = 19,000, August 185,000/10 = 18,500; the quarter is their mean
        JsonObject rpe = measure(org, "revenue_per_employee");
        assertEquals(18750, number(rpe, "actual"), 1e-9, rpe::toString);
        assertEquals("periods", rpe.getJsonObject("basis").getString("kind"));
        assertEquals(List.of("2026-07", "2026-08"), strings(rpe.getJsonObject("basis").getJsonArray("used")));
        assertEquals(List.of("2026-09"), strings(rpe.getJsonObject("basis").getJsonArray("missing")));
        assertEquals(50, number(rpe, "score"), 1e-9); // baseline 18,000, target 19,500
        assertEquals("red", rpe.getString("status"));
        assertEquals(List.of("manual"), strings(rpe.getJsonArray("dataSources")));
        assertEquals(18000, number(rpe.getJsonObject("target"), "baseline"));

        // completion rate: (30 + 45)/(50 + 50) = 75 % — amber by its explicit thresholds (green 85, amber 75)
        JsonObject completion = measure(org, "completion_rate");
        assertEquals(75, number(completion, "actual"), 1e-9);
        assertEquals(75, number(completion, "numerator"));
        assertEquals(100, number(completion, "denominator"));
        assertEquals("amber", completion.getString("status"));

        // customer satisfaction: org = mean(sales 4.1, operations 4.3) = 4.2 → (4.2 − 3.9)/(4.3 − 3.9) = 75
        JsonObject csat = measure(org, "customer_satisfaction");
        assertEquals(4.2, number(csat, "actual"), 1e-9);
        assertEquals(75, number(csat, "score"), 1e-9);

        // training hours: weighted by headcount, (3·6 + 5·4)/10 = 3.8
        assertEquals(3.8, number(measure(org, "training_hours"), "actual"), 1e-9);

        // a measure without data: no actual, the reason, no score
        JsonObject productivity = measure(org, "productivity");
        assertEquals(JsonValue.NULL, productivity.get("actual"));
        assertEquals(JsonValue.NULL, productivity.get("score"));
        assertTrue(productivity.getString("missing").contains("no value"), productivity::toString);

        // financial: grow_revenue (weight 2) = 50; training_pays_off = cost per employee 1,000/10 = 100 → 100
        // (training ROI has no data and is left out, not counted as 0)
        assertEquals(100, number(measure(org, "training_cost_per_employee"), "actual"), 1e-9);
        JsonObject paysOff = objective(org, "training_pays_off");
        assertEquals(100, number(paysOff, "score"), 1e-9);
        assertEquals(List.of("training_roi"), strings(paysOff.getJsonObject("coverage").getJsonArray("missing")));
        JsonObject financial = perspective(org, "financial");
        assertEquals((2 * 50 + 100) / 3.0, number(financial, "score"), 1e-6);
        assertEquals(3, financial.getJsonObject("coverage").getInt("measures"));
        assertEquals(2, financial.getJsonObject("coverage").getInt("scored"));
        // of the twelve scored measures, five have data: training hours, completion, satisfaction and the two
        // formula measures
        assertEquals(12, org.getJsonObject("coverage").getInt("measures"), org::toString);
        assertEquals(5, org.getJsonObject("coverage").getInt("scored"), org::toString);
        double learning = (90 + 50) / 2.0; // build_skills: training hours 3.8 (2 → 4: 90), completion 50
        double customer = 75;
        assertEquals(learning, number(perspective(org, "learning_growth"), "score"), 1e-6);
        assertEquals(JsonValue.NULL, perspective(org, "internal_process").get("score"));
        assertEquals((learning + customer + (2 * 50 + 100) / 3.0) / 3, number(org, "score"), 1e-6);
    }

    @Test
    void aMonthOfALeafUnitWithATrendAndAQuarterlyMeasuresContainingPeriod() {
        Client c = admin();
        written(c.putJson(Q3_VALUES), 16);
        JsonObject emea = report(c.object("/api/scorecard?period=2026-08&orgUnit=sales_emea"));
        JsonObject rpe = measure(emea, "revenue_per_employee");
        assertEquals(110000 / 6.0, number(rpe, "actual"), 1e-6);
        assertEquals("formula", rpe.getJsonObject("basis").getString("kind"));
        assertEquals("revenue / headcount", rpe.getJsonObject("basis").getString("formula"));
        JsonObject trend = rpe.getJsonObject("trend");
        assertEquals("2026-07", trend.getString("previousPeriod"));
        assertEquals(20000, number(trend, "previous"), 1e-6);
        assertEquals("worsening", trend.getString("direction"));
        JsonObject csat = measure(emea, "customer_satisfaction");
        assertEquals("2026-Q3", csat.getString("period"));
        assertTrue(csat.getString("periodNote").contains("2026-Q3, which contains 2026-08"), csat::toString);
        assertEquals(4.1, number(csat, "actual"), 1e-9);
        // Sales EMEA sees its own objective, cascaded from build_skills
        assertEquals("build_skills", objective(emea, "sales_emea_skills").getString("parent"));
    }

    @Test
    void withoutAnOrgUnitTheRootIsReported() {
        Client c = admin();
        JsonObject answer = c.object("/api/scorecard?period=2026-Q3");
        assertEquals("org", report(answer).getJsonObject("orgUnit").getString("key"));
        assertEquals(JsonValue.NULL, report(answer).get("score")); // no data yet: nothing scored
        assertEquals(0, report(answer).getJsonObject("coverage").getInt("scored"));
    }

    @Test
    void valuesEnteredAsCsvAreListedAndReplacedByANewEntry() {
        Client c = admin();
        written(c.putCsv("""
                measure,orgUnit,period,value,numerator,denominator
                revenue,sales_emea,2026-07,120000,,
                revenue,sales_emea,2026-08,110000,,
                completion_rate,support,2026-07,,45,50
                customer_satisfaction,support,2026-Q3,4.3,,
                """), 4);
        JsonArray all = c.get(VALUES).array();
        assertEquals(4, all.size(), all::toString);
        JsonArray july = c.get(VALUES + "?measure=revenue&from=2026-07&to=2026-07").array();
        assertEquals(1, july.size(), july::toString);
        JsonObject row = july.getJsonObject(0);
        assertEquals("sales_emea", row.getString("orgUnit"));
        assertEquals(120000, number(row, "value"));
        assertEquals("manual", row.getString("source"));
        assertEquals(c.key(), row.getString("recordedBy"));
        assertTrue(row.getString("recorded").endsWith("Z"), row::toString);
        JsonObject rate = c.get(VALUES + "?measure=completion_rate&orgUnit=support").array().getJsonObject(0);
        assertEquals(90, number(rate, "value"), 1e-9);
        assertEquals(45, number(rate, "numerator"));
        assertEquals(50, number(rate, "denominator"));
        // a quarter's range holds the quarterly value and the months
        assertEquals(4, c.get(VALUES + "?from=2026-Q3&to=2026-Q3").array().size());
        assertEquals(0, c.get(VALUES + "?from=2026-10").array().size());

        written(c.putJson("""
                [{"measure":"revenue","orgUnit":"sales_emea","period":"2026-07","value":125000}]"""), 1);
        JsonArray replaced = c.get(VALUES + "?measure=revenue&orgUnit=sales_emea&from=2026-07&to=2026-07").array();
        assertEquals(1, replaced.size(), replaced::toString);
        assertEquals(125000, number(replaced.getJsonObject(0), "value"));
    }

    @Test
    void invalidJsonValuesAre400NamingEveryRowAndFieldAndNothingIsWritten() {
        Client c = admin();
        Reply r = c.putJson("""
                [{"measure":"revenue","orgUnit":"sales_emea","period":"2026-07","value":1},
                 {"measure":"revenu","orgUnit":"sales_emea","period":"2026-07","value":1},
                 {"measure":"revenue","orgUnit":"marketing","period":"2026-07","value":1},
                 {"measure":"revenue","orgUnit":"sales","period":"2026-Q3","value":1},
                 {"measure":"completion_rate","orgUnit":"sales","period":"2026-07","value":80},
                 {"measure":"revenue_per_employee","orgUnit":"sales","period":"2026-07","value":1}]""");
        assertEquals(400, r.status(), r::body);
        JsonObject error = r.object();
        assertTrue(error.getBoolean("error"));
        assertEquals(400, error.getInt("code"));
        assertTrue(error.getString("message").startsWith("values: 6 errors, the first: [1].measure: unknown measure "
                + "'revenu'; did you mean 'revenue'?"), error::toString);
        List<String> paths = error.getJsonArray("problems").getValuesAs(JsonObject.class).stream()
                .map(p -> p.getString("path")).toList();
        assertEquals(List.of("[1].measure", "[2].orgUnit", "[3].period", "[4].numerator", "[4].denominator",
                "[5].measure"), paths);
        String messages = error.getJsonArray("problems").toString();
        assertTrue(messages.contains("'2026-Q3' is a quarter; measure 'revenue' is monthly"), messages);
        assertTrue(messages.contains("is a rate; give numerator and denominator"), messages);
        assertTrue(messages.contains("is computed by its formula (revenue / headcount)"), messages);
        assertEquals(0, c.get(VALUES).array().size()); // the valid first row was not written either
    }

    @Test
    void invalidCsvValuesAre400NamingTheLine() {
        Client c = admin();
        Reply r = c.putCsv("""
                measure,orgUnit,period,value
                revenue,sales_emea,2026-07,1
                revenue,sales_emea,2026-08,one
                """);
        assertEquals(400, r.status(), r::body);
        JsonObject problem = r.object().getJsonArray("problems").getJsonObject(0);
        assertEquals("line 3, column value", problem.getString("path"));
        assertTrue(problem.getString("message").contains("'one' is not a number"), problem::toString);
        assertEquals(0, c.get(VALUES).array().size());

        Reply header = c.putCsv("measure,unit,period,value\nrevenue,sales_emea,2026-07,1\n");
        assertEquals(400, header.status(), header::body);
        assertTrue(header.object().getString("message").contains("line 1"), header::body);
    }

    @Test
    void badRequestsAreRefusedWithTheReason() {
        Client c = admin();
        Reply type = c.call("PUT", VALUES, "application/xml", "<values/>");
        assertEquals(415, type.status(), type::body);
        assertTrue(type.object().getString("message").startsWith("Content-Type: 'application/xml' is not supported"));
        Reply notJson = c.putJson("[{\"measure\":");
        assertEquals(400, notJson.status(), notJson::body);
        assertTrue(notJson.object().getString("message").contains("body: not valid JSON"), notJson::body);

        assertMessage(c.get("/api/scorecard"), 400, "period: required");
        assertMessage(c.get("/api/scorecard?period=2026-13"), 400, "period: '2026-13' is not a period");
        assertMessage(c.get("/api/scorecard?period=2026-Q3&orgUnit=nowhere"), 400,
                "orgUnit: no org unit 'nowhere' in the scorecard");
        assertMessage(c.get("/api/scorecard?period=2026-Q3&org=sales"), 400, "parameter 'org' is not known here");
        assertMessage(c.get("/api/scorecard/exceptions?period=2026-Q3&period=2026-Q4"), 400,
                "parameter 'period' given 2 times");
        assertMessage(c.get(VALUES + "?from=2026-Q4&to=2026-07"), 400, "from: 2026-Q4 begins after to");
        assertMessage(c.get(VALUES + "?from=soon"), 400, "from: 'soon' is not a period");
    }

    private static void assertMessage(Reply r, int status, String start) {
        assertEquals(status, r.status(), r::body);
        assertTrue(r.object().getString("message").startsWith(start), r::body);
    }

    @Test
    void theExceptionsReportNamesWhatNeedsAttention() {
        Client c = admin();
        written(c.putJson(Q3_VALUES), 16);
        // defect rate 4 % = its baseline: score 0, red, and no initiative is meant to move it
        written(c.putJson("""
                [{"measure":"defect_rate","orgUnit":"support","period":"2026-07","numerator":4,"denominator":100}]
                """), 1);
        JsonObject org = report(c.object("/api/scorecard/exceptions?period=2026-Q3&orgUnit=org"));
        assertEquals("org", org.getJsonObject("orgUnit").getString("key"));

        List<JsonObject> off = org.getJsonArray("offTarget").getValuesAs(JsonObject.class);
        JsonObject rpe = off.stream().filter(o -> o.getJsonObject("measure").getString("key")
                .equals("revenue_per_employee")).findFirst().orElseThrow(() -> new AssertionError(off.toString()));
        assertEquals("red", rpe.getString("status"));
        assertEquals("Revenue per employee", rpe.getJsonObject("measure").getString("name"));
        assertEquals("financial", rpe.getJsonObject("perspective").getString("key"));
        assertEquals("grow_revenue", rpe.getJsonArray("objectives").getJsonObject(0).getString("key"));
        assertEquals("Chief Financial Officer", rpe.getJsonArray("objectives").getJsonObject(0).getString("owner"));
        assertEquals(19500 - 18750, number(rpe, "shortfall"), 1e-6);
        assertEquals("sales_onboarding", rpe.getJsonArray("initiatives").getJsonObject(0).getString("key"));
        assertEquals("defect_rate", off.get(0).getJsonObject("measure").getString("key")); // red, score 0 first
        assertEquals("red", off.get(1).getString("status"));
        assertTrue(off.stream().anyMatch(o -> o.getString("status").equals("amber")), off::toString);

        List<String> noData = org.getJsonArray("noData").getValuesAs(JsonObject.class).stream()
                .map(o -> o.getJsonObject("measure").getString("key")).toList();
        assertTrue(noData.containsAll(List.of("productivity", "cycle_time", "training_roi")), noData::toString);
        assertTrue(!noData.contains("revenue_per_employee"), noData::toString);

        List<String> redAlone = org.getJsonArray("redWithoutInitiative").getValuesAs(JsonObject.class).stream()
                .map(o -> o.getJsonObject("measure").getString("key")).toList();
        // revenue per employee is red too, but the sales onboarding initiative is meant to move it
        assertEquals(List.of("defect_rate"), redAlone);

        List<JsonObject> links = org.getJsonArray("linksWithoutData").getValuesAs(JsonObject.class);
        assertTrue(links.stream().anyMatch(l -> l.getJsonObject("from").getString("key").equals("objective_attainment")
                && l.getJsonObject("to").getString("key").equals("productivity")
                && l.getJsonObject("to").getString("name").equals("Productivity")
                && !l.getString("missing").isEmpty()), links::toString);
        assertTrue(links.stream().noneMatch(l -> l.getJsonObject("to").getString("key")
                .equals("customer_satisfaction")), links::toString);
    }

    @Test
    void aClientWithoutTheAdminScopeIs403() {
        Client learner = client("all");
        for (String path : List.of("/api/scorecard?period=2026-Q3", "/api/scorecard/exceptions?period=2026-Q3",
                VALUES)) {
            Reply r = learner.get(path);
            assertEquals(403, r.status(), () -> path + ": " + r.body());
            assertTrue(r.object().getString("message").contains("scorelink/admin"), r::body);
        }
        Reply put = learner.putJson("[]");
        assertEquals(403, put.status(), put::body);
        Reply anonymous = send(HttpRequest.newBuilder(URI.create(BASE + "/api/scorecard?period=2026-Q3")).GET());
        assertEquals(401, anonymous.status(), anonymous::body);
    }

    @Test
    void aReportsClientReadsTheReportsAndNothingElse() {
        Client executive = client("scorelink/reports");
        for (String path : List.of("/api/scorecard?period=2026-Q3", "/api/scorecard/exceptions?period=2026-Q3")) {
            Reply r = executive.get(path);
            assertEquals(200, r.status(), () -> path + ": " + r.body());
            assertEquals("2026-Q3", r.object().getString("period"), r::body);
        }
        for (String path : List.of(VALUES, "/api/admin/scorecard", "/api/admin/clients")) {
            Reply r = executive.get(path);
            assertEquals(403, r.status(), () -> path + ": " + r.body());
        }
        Reply put = executive.putJson("[]");
        assertEquals(403, put.status(), put::body);
    }
}
