package org.scorelink.xapi.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scorelink.xapi.boundary.LrsClient.json;
import static org.scorelink.xapi.boundary.LrsClient.params;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The State resource over raw HTTP (xAPI 1.0.3 Communication 2.2, 2.3, 3.1; xAPI 2.0 4.1.4, 4.1.6.2). */
@DisplayName("State resource (Communication 2.3)")
class StateIT {

    private static final String PATH = "/xapi/activities/state";

    private final LrsClient lrs = LrsClient.fresh("state");
    private final String t = Stmts.tag();
    private final String agent = Stmts.agent("sam-" + t).toString();
    private final String act = "http://example.com/activities/" + t;

    private Docs docs(String version) {
        return new Docs(lrs, PATH, version);
    }

    private Map<String, String> ctx(String... more) {
        Map<String, String> p = params("activityId", act, "agent", agent);
        p.putAll(params(more));
        return p;
    }

    // ---- single documents ------------------------------------------------------------------------------

    @ParameterizedTest(name = "xAPI {0}")
    @ValueSource(strings = {"1.0.3", "2.0.0"})
    @DisplayName("2.3.s3, 3.1.s4.b1-b4, 2.2.s6.b1 / 2.0 4.1.6.1: any content is returned byte for byte with its"
            + " Content-Type, a quoted SHA-1 ETag and Last-Modified")
    void putThenGet(String version) {
        Docs d = docs(version);
        String body = "plain text, ünïcödé \u2603";
        HttpResponse<String> put = d.put(ctx("stateId", "s1"), "text/plain; charset=utf-8", body);
        assertEquals(204, put.statusCode(), put.body());
        HttpResponse<String> r = d.fetch(ctx("stateId", "s1"));
        assertEquals(body, r.body());
        // the runtime writes the stored media type in its canonical form (no space before parameters)
        assertEquals("text/plain;charset=utf-8",
                r.headers().firstValue("Content-Type").orElseThrow().replace(" ", "").toLowerCase());
        assertEquals("\"" + Docs.sha1(body) + "\"", Docs.etag(r));
        Instant modified = ZonedDateTime.parse(r.headers().firstValue("Last-Modified").orElseThrow(),
                DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        assertTrue(Math.abs(ChronoUnit.SECONDS.between(modified, Instant.now())) < 120, "Last-Modified is now-ish");
        assertEquals(version, r.headers().firstValue("X-Experience-API-Version").orElseThrow());
    }

    @Test
    @DisplayName("2.3.s3: a binary document is stored byte for byte")
    void binary() {
        byte[] bytes = new byte[256];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) i;
        }
        Docs d = docs("2.0.0");
        HttpResponse<String> put = LrsClient.send(d.request(ctx("stateId", "bin"))
                .header("Content-Type", "application/octet-stream").PUT(HttpRequest.BodyPublishers.ofByteArray(bytes)));
        assertEquals(204, put.statusCode(), put.body());
        HttpResponse<byte[]> r = send(d.request(ctx("stateId", "bin")).GET());
        assertEquals(200, r.statusCode());
        assertTrue(java.util.Arrays.equals(bytes, r.body()));
        assertEquals("application/octet-stream", r.headers().firstValue("Content-Type").orElseThrow());
    }

    @Test
    @DisplayName("2.3.s3: a missing document is 404; registration is part of the document's context")
    void missingAndRegistration() {
        Docs d = docs("2.0.0");
        assertEquals(404, d.get(ctx("stateId", "nope")).statusCode());
        String reg = UUID.randomUUID().toString();
        d.create(ctx("stateId", "r", "registration", reg), "application/json", "{\"a\":1}");
        assertEquals(404, d.get(ctx("stateId", "r")).statusCode());
        assertEquals(404, d.get(ctx("stateId", "r", "registration", UUID.randomUUID().toString())).statusCode());
        assertEquals("{\"a\":1}", d.fetch(ctx("stateId", "r", "registration", reg.toUpperCase())).body());
    }

    @Test
    @DisplayName("2.3.s3: the agent is matched by its identifier, not its name")
    void agentByIdentifier() {
        Docs d = docs("2.0.0");
        d.create(ctx("stateId", "who"), "application/json", "{}");
        String renamed = Json.createObjectBuilder().add("mbox", "mailto:sam-" + t + "@example.com").build().toString();
        assertEquals(200, d.get(params("activityId", act, "agent", renamed, "stateId", "who")).statusCode());
    }

    // ---- POST merge ------------------------------------------------------------------------------------

    @ParameterizedTest(name = "xAPI {0}")
    @ValueSource(strings = {"1.0.3", "2.0.0"})
    @DisplayName("2.2.s7, 2.2.s8.b2: POST creates a missing document, then merges top-level properties")
    void postMerges(String version) {
        Docs d = docs(version);
        assertEquals(204, d.post(ctx("stateId", "m"), "application/json", "{\"x\":\"foo\",\"y\":\"bar\"}").statusCode());
        HttpResponse<String> r = d.post(ctx("stateId", "m"), "application/json", "{\"x\":\"bash\",\"z\":{\"q\":1}}");
        assertEquals(204, r.statusCode(), r.body());
        HttpResponse<String> got = d.fetch(ctx("stateId", "m"));
        assertEquals(json("{\"x\":\"bash\",\"y\":\"bar\",\"z\":{\"q\":1}}"), json(got.body()));
        assertTrue(got.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"));
        assertEquals("\"" + Docs.sha1(got.body()) + "\"", Docs.etag(got));
    }

    @Test
    @DisplayName("2.2.s8.b1: POST JSON onto a non-JSON document, non-JSON onto JSON, or a non-object is 400 and"
            + " changes nothing")
    void postMergeRejected() {
        Docs d = docs("2.0.0");
        d.create(ctx("stateId", "txt"), "text/plain", "hello");
        assertEquals(400, d.post(ctx("stateId", "txt"), "application/json", "{\"a\":1}").statusCode());
        assertEquals("hello", d.fetch(ctx("stateId", "txt")).body());

        d.create(ctx("stateId", "js"), "application/json", "{\"a\":1}");
        assertEquals(400, d.post(ctx("stateId", "js"), "text/plain", "b").statusCode());
        assertEquals(400, d.post(ctx("stateId", "js"), "application/json", "[1,2]").statusCode());
        assertEquals(400, d.post(ctx("stateId", "js"), "application/json", "{not json").statusCode());
        assertEquals("{\"a\":1}", d.fetch(ctx("stateId", "js")).body());

        d.create(ctx("stateId", "arr"), "application/json", "[1]");
        assertEquals(400, d.post(ctx("stateId", "arr"), "application/json", "{\"a\":1}").statusCode());
        assertEquals("[1]", d.fetch(ctx("stateId", "arr")).body());
    }

    // ---- multiple documents ----------------------------------------------------------------------------

    @Test
    @DisplayName("2.3.s4: GET without stateId lists ids (all registrations, or one), since is exclusive")
    void listIds() throws InterruptedException {
        Docs d = docs("2.0.0");
        String reg = UUID.randomUUID().toString();
        d.create(ctx("stateId", "a"), "application/json", "{}");
        d.create(ctx("stateId", "b", "registration", reg), "text/plain", "b");
        Thread.sleep(50);
        Instant between = Instant.now();
        Thread.sleep(50);
        d.create(ctx("stateId", "c"), "text/plain", "c");

        assertEquals(List.of("a", "b", "c"), ids(d.get(ctx())));
        assertEquals(List.of("b"), ids(d.get(ctx("registration", reg))));
        assertEquals(List.of("c"), ids(d.get(ctx("since", between.toString()))));
        assertEquals(List.of(), ids(d.get(ctx("since", Instant.now().plusSeconds(3600).toString()))));
        assertEquals(List.of(), ids(d.get(params("activityId", act + "/other", "agent", agent))));
    }

    @Test
    @DisplayName("2.3.s5: DELETE without stateId deletes the context's documents (one registration, or all)")
    void deleteAll() {
        Docs d = docs("2.0.0");
        String reg = UUID.randomUUID().toString();
        d.create(ctx("stateId", "a"), "application/json", "{}");
        d.create(ctx("stateId", "b", "registration", reg), "application/json", "{}");
        d.create(params("activityId", act + "/keep", "agent", agent, "stateId", "k"), "text/plain", "k");

        assertEquals(204, d.delete(ctx("registration", reg)).statusCode());
        assertEquals(List.of("a"), ids(d.get(ctx())));
        assertEquals(204, d.delete(ctx()).statusCode());
        assertEquals(List.of(), ids(d.get(ctx())));
        assertEquals(200, d.get(params("activityId", act + "/keep", "agent", agent, "stateId", "k")).statusCode());
    }

    @Test
    @DisplayName("2.3.s3: DELETE with stateId deletes that document only")
    void deleteOne() {
        Docs d = docs("1.0.3");
        d.create(ctx("stateId", "a"), "application/json", "{}");
        d.create(ctx("stateId", "b"), "application/json", "{}");
        assertEquals(204, d.delete(ctx("stateId", "a")).statusCode());
        assertEquals(404, d.get(ctx("stateId", "a")).statusCode());
        assertEquals(List.of("b"), ids(d.get(ctx())));
    }

    // ---- concurrency -----------------------------------------------------------------------------------

    @ParameterizedTest(name = "xAPI {0}")
    @ValueSource(strings = {"1.0.3", "2.0.0"})
    @DisplayName("3.1.s4.b5-b12 / 2.0 4.1.4: If-Match and If-None-Match on PUT, POST and DELETE; 412 changes nothing")
    void preconditions(String version) {
        Docs d = docs(version);
        Map<String, String> p = ctx("stateId", "c");
        assertEquals(412, d.put(p, "application/json", "{}", "If-Match", "*").statusCode(), "If-Match * on nothing");
        assertEquals(412, d.post(p, "application/json", "{}", "If-Match", "\"abc\"").statusCode());
        d.create(p, "application/json", "{\"v\":1}");
        String etag = Docs.etag(d.fetch(p));

        assertEquals(412, d.put(p, "application/json", "{\"v\":2}", "If-None-Match", "*").statusCode());
        assertEquals(412, d.put(p, "application/json", "{\"v\":2}", "If-Match", "\"" + Docs.sha1("x") + "\"")
                .statusCode());
        assertEquals(412, d.post(p, "application/json", "{\"v\":2}", "If-None-Match", "*").statusCode());
        assertEquals(412, d.post(p, "application/json", "{\"v\":2}", "If-Match", "\"stale\"").statusCode());
        assertEquals(412, d.delete(p, "If-Match", "\"stale\"").statusCode());
        assertEquals("{\"v\":1}", d.fetch(p).body());

        assertEquals(204, d.put(p, "application/json", "{\"v\":2}", "If-Match", etag).statusCode());
        String etag2 = Docs.etag(d.fetch(p));
        assertEquals(412, d.put(p, "application/json", "{\"v\":3}", "If-Match", etag).statusCode(), "stale ETag");
        assertEquals(204, d.post(p, "application/json", "{\"w\":1}", "If-Match", etag2).statusCode());
        assertEquals(json("{\"v\":2,\"w\":1}"), json(d.fetch(p).body()));
        assertEquals(204, d.delete(p, "If-Match", "*").statusCode());
        assertEquals(404, d.get(p).statusCode());
    }

    @Test
    @DisplayName("2.0 4.1.4: PUT without If-Match/If-None-Match onto an existing State document is 409")
    void putWithoutPrecondition20() {
        Docs d = docs("2.0.0");
        Map<String, String> p = ctx("stateId", "x");
        assertEquals(204, d.put(p, "application/json", "{\"v\":1}").statusCode(), "creating needs no header");
        HttpResponse<String> r = d.put(p, "application/json", "{\"v\":2}");
        assertEquals(409, r.statusCode(), r.body());
        assertTrue(r.body().contains("If-Match"), r.body());
        assertEquals("{\"v\":1}", d.fetch(p).body());
        assertEquals(204, d.post(p, "application/json", "{\"v\":3}").statusCode(), "POST needs no header");
    }

    @Test
    @DisplayName("1.0.3 3.1.s3: the State resource permits PUT without concurrency headers: it replaces")
    void putWithoutPrecondition103() {
        Docs d = docs("1.0.3");
        Map<String, String> p = ctx("stateId", "x");
        assertEquals(204, d.put(p, "application/json", "{\"v\":1}").statusCode());
        assertEquals(204, d.put(p, "text/plain", "two").statusCode());
        assertEquals("two", d.fetch(p).body());
    }

    @Test
    @DisplayName("3.1: of concurrent creates with If-None-Match: *, exactly one succeeds, the others get 412")
    void concurrentCreate() throws Exception {
        Docs d = docs("2.0.0");
        Map<String, String> p = ctx("stateId", "race");
        var pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            List<java.util.concurrent.Future<Integer>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 6; i++) {
                String body = "{\"writer\":" + i + "}";
                results.add(pool.submit(() -> d.put(p, "application/json", body, "If-None-Match", "*").statusCode()));
            }
            List<Integer> codes = new java.util.ArrayList<>();
            for (var f : results) {
                codes.add(f.get());
            }
            assertEquals(1, codes.stream().filter(c -> c == 204).count(), codes.toString());
            assertEquals(5, codes.stream().filter(c -> c == 412).count(), codes.toString());
        } finally {
            pool.shutdown();
        }
    }

    @Test
    @DisplayName("1.1: HEAD on a single document answers GET's headers (ETag, Last-Modified) without a body")
    void head() {
        Docs d = docs("2.0.0");
        d.create(ctx("stateId", "h"), "text/plain", "hello");
        HttpResponse<String> r = LrsClient.send(d.request(ctx("stateId", "h"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, r.statusCode());
        assertEquals("\"" + Docs.sha1("hello") + "\"", Docs.etag(r));
        assertTrue(r.headers().firstValue("Last-Modified").isPresent());
        assertTrue(r.body().isEmpty());
    }

    // ---- agents ----------------------------------------------------------------------------------------

    @Test
    @DisplayName("2.0 4.1.6.2: an identified Group is an allowed agent; in 1.0.3 2.3.s3 it must be an Agent")
    void groupAgent() {
        JsonObject group = Json.createObjectBuilder().add("objectType", "Group")
                .add("account", Json.createObjectBuilder().add("homePage", "http://example.com").add("name", "g-" + t))
                .build();
        Map<String, String> p = params("activityId", act, "agent", group.toString(), "stateId", "g");
        docs("2.0.0").create(p, "application/json", "{}");
        assertEquals(200, docs("2.0.0").get(p).statusCode());
        HttpResponse<String> r = docs("1.0.3").get(p);
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains("agent"), r.body());
        JsonObject anonymous = Json.createObjectBuilder().add("objectType", "Group")
                .add("member", Json.createArrayBuilder().add(Stmts.agent("m-" + t))).build();
        assertEquals(400, docs("2.0.0").get(params("activityId", act, "agent", anonymous.toString(), "stateId", "g"))
                .statusCode());
    }

    // ---- parameters ------------------------------------------------------------------------------------

    @Test
    @DisplayName("2.3.s3: missing, unknown and malformed parameters are 400 naming the parameter")
    void strictParameters() {
        Docs d = docs("2.0.0");
        assertBad(d.get(params("agent", agent, "stateId", "s")), "activityId");
        assertBad(d.get(params("activityId", act, "stateId", "s")), "agent");
        assertBad(d.put(ctx(), "application/json", "{}"), "stateId");
        assertBad(d.post(ctx(), "application/json", "{}"), "stateId");
        assertBad(d.get(ctx("stateId", "s", "profileId", "p")), "profileId");
        assertBad(d.get(ctx("stateId", "s", "StateId", "p")), "StateId");
        assertBad(d.get(params("activityId", act, "agent", "{not json", "stateId", "s")), "agent");
        assertBad(d.get(params("activityId", act, "agent", "{\"name\":\"no ifi\"}", "stateId", "s")), "agent");
        assertBad(d.get(params("activityId", "not an iri", "agent", agent, "stateId", "s")), "activityId");
        assertBad(d.get(ctx("stateId", "s", "registration", "not-a-uuid")), "registration");
        assertBad(d.get(ctx("since", "yesterday")), "since");
        assertBad(d.get(ctx("stateId", "s", "since", Instant.now().toString())), "since");
    }

    @Test
    @DisplayName("2.0 4.1.5: a document over scorelink.xapi.max-document-bytes is 413")
    void tooLarge() {
        byte[] body = new byte[DocumentResourcesIT.MAX_DOCUMENT + 1];
        Docs d = docs("2.0.0");
        HttpResponse<String> r = LrsClient.send(d.request(ctx("stateId", "big"))
                .header("Content-Type", "application/octet-stream").PUT(HttpRequest.BodyPublishers.ofByteArray(body)));
        assertEquals(413, r.statusCode(), r.body());
        assertEquals(404, d.get(ctx("stateId", "big")).statusCode());
    }

    // ---- credentials -----------------------------------------------------------------------------------

    @Test
    @DisplayName("4.0: scope state reads and writes; all/read only reads; profile and statements/write are 403")
    void scopes() {
        Map<String, String> p = ctx("stateId", "sc");
        Docs state = new Docs(LrsClient.create(lrs.store, "state"), PATH, "2.0.0");
        state.create(p, "application/json", "{}");
        assertEquals(200, state.get(p).statusCode());
        Docs reader = new Docs(LrsClient.create(lrs.store, "all/read"), PATH, "2.0.0");
        assertEquals(200, reader.get(p).statusCode());
        assertEquals(403, reader.post(p, "application/json", "{}").statusCode());
        assertEquals(403, reader.delete(p).statusCode());
        for (String scope : List.of("profile", "statements/write", "statements/read")) {
            Docs other = new Docs(LrsClient.create(lrs.store, scope), PATH, "2.0.0");
            assertEquals(403, other.get(p).statusCode(), scope);
            assertEquals(403, other.put(p, "application/json", "{}").statusCode(), scope);
        }
    }

    @Test
    @DisplayName("Credentials: documents of one store are invisible to another store's credentials")
    void storeIsolation() {
        Docs mine = docs("2.0.0");
        mine.create(ctx("stateId", "iso"), "text/plain", "mine");
        Docs theirs = new Docs(LrsClient.fresh("state-other"), PATH, "2.0.0");
        assertEquals(404, theirs.get(ctx("stateId", "iso")).statusCode());
        assertEquals(List.of(), ids(theirs.get(ctx())));
        theirs.create(ctx("stateId", "iso"), "text/plain", "theirs");
        assertEquals(204, theirs.delete(ctx()).statusCode());
        assertEquals("mine", mine.fetch(ctx("stateId", "iso")).body());
    }

    // ---- helpers ---------------------------------------------------------------------------------------

    static List<String> ids(HttpResponse<String> r) {
        assertEquals(200, r.statusCode(), r.body());
        JsonArray a = json(r.body()).asJsonArray();
        return a.stream().map(v -> ((jakarta.json.JsonString) v).getString()).sorted().toList();
    }

    static void assertBad(HttpResponse<String> r, String parameter) {
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains(parameter), () -> "message names " + parameter + ": " + r.body());
    }

    static HttpResponse<byte[]> send(HttpRequest.Builder b) {
        try {
            return LrsClient.HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
