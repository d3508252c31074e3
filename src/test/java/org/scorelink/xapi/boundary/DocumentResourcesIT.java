package org.scorelink.xapi.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scorelink.xapi.boundary.LrsClient.json;
import static org.scorelink.xapi.boundary.LrsClient.params;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Rules shared by the three Document Resources (Communication 2.2, 1.1, 3.3; xAPI 2.0 4.1.6.2, 4.1.6.5, 4.1.6.6),
 * run against each of them: cases the ADL conformance suite sends that the per-resource tests do not.
 */
@DisplayName("Document Resources, all three (Communication 2.2)")
class DocumentResourcesIT {

    private static final String STATE = "/xapi/activities/state";
    private static final String ACTIVITY_PROFILE = "/xapi/activities/profile";
    private static final String AGENT_PROFILE = "/xapi/agents/profile";

    private final LrsClient lrs = LrsClient.fresh("docs");
    private final String t = Stmts.tag();

    /** The parameters naming document {@code id} of the resource at {@code path}. */
    private Map<String, String> doc(String path, String id) {
        Map<String, String> p = context(path);
        p.put(path.equals(STATE) ? "stateId" : "profileId", id);
        return p;
    }

    /** The parameters naming the resource's context: Activity and/or Agent. */
    private Map<String, String> context(String path) {
        String act = "http://example.com/activities/" + t;
        String agent = Stmts.agent("doc-" + t).toString();
        return switch (path) {
            case STATE -> params("activityId", act, "agent", agent);
            case ACTIVITY_PROFILE -> params("activityId", act);
            default -> params("agent", agent);
        };
    }

    @ParameterizedTest(name = "{0}, xAPI {1}")
    @CsvSource({STATE + ",1.0.3", STATE + ",2.0.0", ACTIVITY_PROFILE + ",1.0.3", ACTIVITY_PROFILE + ",2.0.0",
            AGENT_PROFILE + ",1.0.3", AGENT_PROFILE + ",2.0.0"})
    @DisplayName("2.2.s2, 2.2.s7: a POSTed form body ('1', 'true' as application/x-www-form-urlencoded) creates the"
            + " document byte for byte (without method= it is no alternate syntax, 1.3); onto a JSON document it is"
            + " 400 (2.2.s8.b1)")
    void formBodiesAreDocuments(String path, String version) {
        Docs d = new Docs(lrs, path, version);
        for (String body : new String[] {"1", "true"}) {
            Map<String, String> p = doc(path, "form-" + body);
            HttpResponse<String> r = d.post(p, "application/x-www-form-urlencoded", body);
            assertEquals(204, r.statusCode(), r.body());
            HttpResponse<String> got = d.fetch(p);
            assertEquals(body, got.body());
            assertTrue(got.headers().firstValue("Content-Type").orElseThrow()
                    .startsWith("application/x-www-form-urlencoded"));
        }
        Map<String, String> js = doc(path, "json");
        assertEquals(204, d.post(js, "application/json", "{\"a\":1}").statusCode());
        HttpResponse<String> r = d.post(js, "application/x-www-form-urlencoded", "abc");
        assertEquals(400, r.statusCode(), r.body());
        assertEquals("{\"a\":1}", d.fetch(js).body());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {STATE, ACTIVITY_PROFILE, AGENT_PROFILE})
    @DisplayName("2.2.s7.b2: a merge sets top-level properties only; an Object value is replaced whole, not merged")
    void mergeReplacesTopLevelValuesWhole(String path) {
        Docs d = new Docs(lrs, path, "2.0.0");
        Map<String, String> p = doc(path, "merge");
        assertEquals(204, d.post(p, "application/json", "{\"car\":{\"make\":\"Ford\",\"model\":\"Escape\"},"
                + "\"driver\":\"Dale\",\"series\":{\"nascar\":{\"series\":\"sprint\"}}}").statusCode());
        assertEquals(204, d.post(p, "application/json", "{\"car\":{\"make\":\"Dodge\"},\"driver\":\"Jeff\"}")
                .statusCode());
        assertEquals(json("{\"car\":{\"make\":\"Dodge\"},\"driver\":\"Jeff\","
                + "\"series\":{\"nascar\":{\"series\":\"sprint\"}}}"), json(d.fetch(p).body()));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {STATE, ACTIVITY_PROFILE, AGENT_PROFILE})
    @DisplayName("2.2.s8.b1: a POST declared application/json that is not a JSON Object is 400 even when it would"
            + " create the document, and stores nothing")
    void postOfBrokenJsonCreatesNothing(String path) {
        Docs d = new Docs(lrs, path, "2.0.0");
        for (String body : new String[] {"{\"name\":\"x\"}[", "[1,2]", "\"just a string\""}) {
            Map<String, String> p = doc(path, "broken-" + body.length());
            HttpResponse<String> r = d.post(p, "application/json", body);
            assertEquals(400, r.statusCode(), body + ": " + r.body());
            assertEquals(404, d.get(p).statusCode(), body);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {STATE, ACTIVITY_PROFILE, AGENT_PROFILE})
    @DisplayName("1.1.s3.b1: HEAD answers a single document and an id listing like GET, without a body")
    void head(String path) {
        Docs d = new Docs(lrs, path, "1.0.3");
        Map<String, String> p = doc(path, "head");
        d.create(p, "application/json", "{\"h\":1}");
        HttpResponse<String> one = LrsClient.send(d.request(p).method("HEAD", HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, one.statusCode());
        assertEquals("\"" + Docs.sha1("{\"h\":1}") + "\"", Docs.etag(one));
        assertTrue(one.headers().firstValue("Last-Modified").isPresent());
        assertTrue(one.body().isEmpty());
        HttpResponse<String> list = LrsClient.send(d.request(context(path))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, list.statusCode());
        assertTrue(list.headers().firstValue("Last-Modified").isPresent(), "2.2.s6.b2");
        assertTrue(list.body().isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {STATE, ACTIVITY_PROFILE, AGENT_PROFILE})
    @DisplayName("2.2.s6.b1 / 2.0 4.1.6.2, 4.1.6.5, 4.1.6.6: Last-Modified moves forward when the document is changed")
    void lastModifiedMoves(String path) throws InterruptedException {
        Docs d = new Docs(lrs, path, "2.0.0");
        Map<String, String> p = doc(path, "modified");
        d.create(p, "application/json", "{\"v\":1}");
        Instant before = lastModified(d.fetch(p));
        Thread.sleep(1_100); // the header has whole seconds
        assertEquals(204, d.post(p, "application/json", "{\"v\":2}").statusCode());
        Instant after = lastModified(d.fetch(p));
        assertTrue(after.isAfter(before), before + " then " + after);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {STATE, ACTIVITY_PROFILE, AGENT_PROFILE})
    @DisplayName("2.3.s3, 2.6.s3, 2.7.s3: DELETE of a document that does not exist is 204; a GET or DELETE that"
            + " carries a body (as the ADL suite sends) is answered as without one")
    void deleteAndBodies(String path) {
        Docs d = new Docs(lrs, path, "2.0.0");
        assertEquals(204, d.delete(doc(path, "never")).statusCode());
        Map<String, String> p = doc(path, "bodies");
        d.create(p, "application/json", "{\"b\":1}");
        HttpResponse<String> get = LrsClient.send(d.request(p, "Content-Type", "application/json")
                .method("GET", HttpRequest.BodyPublishers.ofString("{\"ignored\":true}")));
        assertEquals(200, get.statusCode(), get.body());
        assertEquals("{\"b\":1}", get.body());
        HttpResponse<String> del = LrsClient.send(d.request(p, "Content-Type", "application/json")
                .method("DELETE", HttpRequest.BodyPublishers.ofString("{\"ignored\":true}")));
        assertEquals(204, del.statusCode(), del.body());
        assertEquals(404, d.get(p).statusCode());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {STATE, ACTIVITY_PROFILE, AGENT_PROFILE})
    @DisplayName("3.3 / 2.0 4.1.7: without X-Experience-API-Version the request is 400 and the answer still carries"
            + " the header")
    void versionHeaderRequired(String path) {
        HttpResponse<String> r = LrsClient.send(HttpRequest.newBuilder(URI.create(LrsClient.BASE + path + "?"
                + LrsClient.query(doc(path, "v")))).timeout(Duration.ofSeconds(30))
                .header("Authorization", LrsClient.basic(lrs.key, lrs.secret)).GET());
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains("X-Experience-API-Version"), r.body());
        assertEquals("2.0.0", r.headers().firstValue("X-Experience-API-Version").orElse(""));
    }

    @ParameterizedTest(name = "{0} {1}={2}")
    @CsvSource(delimiter = '|', value = {
            STATE + "|agent|1", STATE + "|agent|true", STATE + "|agent|not JSON",
            STATE + "|agent|{\"key\":\"value\"}", STATE + "|agent|{\"objectType\":\"Agent\"}",
            AGENT_PROFILE + "|agent|1", AGENT_PROFILE + "|agent|true", AGENT_PROFILE + "|agent|not Agent",
            AGENT_PROFILE + "|agent|{\"not_actor\":\"yup\"}", AGENT_PROFILE + "|agent|{\"objectType\":\"Agent\"}",
            STATE + "|activityId|1", STATE + "|activityId|true", STATE + "|activityId|{\"key\":\"value\"}",
            STATE + "|activityId|undefined", ACTIVITY_PROFILE + "|activityId|1", ACTIVITY_PROFILE + "|activityId|true",
            ACTIVITY_PROFILE + "|activityId|{\"key\":\"value\"}",
            STATE + "|registration|1", STATE + "|registration|true", STATE + "|registration|not UUID"})
    @DisplayName("2.3.s3, 2.6.s3, 2.7.s3 (tables): an agent that is no Agent, an activityId that is no IRI, a"
            + " registration that is no UUID make GET, PUT, POST and DELETE 400 naming the parameter")
    void malformedContext(String path, String name, String value) {
        Docs d = new Docs(lrs, path, "1.0.3");
        Map<String, String> p = doc(path, "bad");
        p.put(name, value);
        List.of(d.get(p), d.put(p, "application/json", "{}", "If-None-Match", "*"), d.post(p, "application/json", "{}"),
                d.delete(p)).forEach(r -> StateIT.assertBad(r, name));
    }

    private static Instant lastModified(HttpResponse<?> r) {
        return ZonedDateTime.parse(r.headers().firstValue("Last-Modified").orElseThrow(),
                DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    }

    /** scorelink.xapi.max-document-bytes of the integration-test server (pom.xml, it.max-document-bytes). */
    static final int MAX_DOCUMENT = Integer.getInteger("scorelink.test.max-document-bytes", 65536);

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {STATE, ACTIVITY_PROFILE, AGENT_PROFILE})
    @DisplayName("Communication 3.2.s2.b7 / IEEE 4.1.5: a document over scorelink.xapi.max-document-bytes is 413 "
            + "naming the limit and the key, with or without Content-Length, for PUT and POST; nothing is stored; "
            + "a document of exactly the limit is stored")
    void documentSizeLimit(String path) {
        Docs d = new Docs(lrs, path, "2.0.0");
        Map<String, String> p = doc(path, "big");
        byte[] over = new byte[MAX_DOCUMENT + 1];
        java.util.Arrays.fill(over, (byte) 'x');
        List<HttpRequest.Builder> requests = List.of(
                d.request(p, "If-None-Match", "*").PUT(HttpRequest.BodyPublishers.ofByteArray(over)),
                d.request(p).POST(HttpRequest.BodyPublishers.ofByteArray(over)),
                d.request(p, "If-None-Match", "*").PUT(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new java.io.ByteArrayInputStream(over)))); // chunked: counted while reading
        for (HttpRequest.Builder request : requests) {
            HttpResponse<String> r = LrsClient.send(request.header("Content-Type", "application/octet-stream"));
            assertEquals(413, r.statusCode(), r.body());
            assertTrue(r.body().contains("scorelink.xapi.max-document-bytes")
                    && r.body().contains(Integer.toString(MAX_DOCUMENT)), r.body());
            assertEquals("2.0.0", r.headers().firstValue("X-Experience-API-Version").orElse(""));
            assertEquals(404, d.get(p).statusCode(), "nothing stored");
        }
        byte[] exact = java.util.Arrays.copyOf(over, MAX_DOCUMENT);
        HttpResponse<String> ok = LrsClient.send(d.request(p, "If-None-Match", "*")
                .header("Content-Type", "application/octet-stream").PUT(HttpRequest.BodyPublishers.ofByteArray(exact)));
        assertEquals(204, ok.statusCode(), ok.body());
        assertEquals(MAX_DOCUMENT, d.fetch(p).body().length());
    }

    @org.junit.jupiter.api.Test
    @DisplayName("IEEE 4.1.5: the limits are separate: a statement larger than max-document-bytes is stored (it is "
            + "bounded by max-body-bytes)")
    void statementsAreNotBoundByTheDocumentLimit() {
        String filler = "x".repeat(MAX_DOCUMENT + 1000);
        String act = "http://example.com/activities/" + t;
        var statement = Stmts.statement(Stmts.agent("big-" + t), "http://example.com/verbs/did", act)
                .add("result", jakarta.json.Json.createObjectBuilder().add("response", filler)).build();
        assertTrue(statement.toString().length() > MAX_DOCUMENT);
        String id = lrs.store(statement).get(0);
        assertEquals(filler, lrs.statement(id).getJsonObject("result").getString("response"));
    }
}
