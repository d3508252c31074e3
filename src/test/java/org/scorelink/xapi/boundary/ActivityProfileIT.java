package org.scorelink.xapi.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scorelink.xapi.boundary.LrsClient.json;
import static org.scorelink.xapi.boundary.LrsClient.params;
import static org.scorelink.xapi.boundary.StateIT.assertBad;
import static org.scorelink.xapi.boundary.StateIT.ids;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Activity Profile resource over raw HTTP (xAPI 1.0.3 Communication 2.2, 2.7, 3.1; xAPI 2.0 4.1.4, 4.1.6.6). */
@DisplayName("Activity Profile resource (Communication 2.7)")
class ActivityProfileIT {

    private static final String PATH = "/xapi/activities/profile";

    private final LrsClient lrs = LrsClient.fresh("actprof");
    private final String act = "http://example.com/activities/" + Stmts.tag();

    private Docs docs(String version) {
        return new Docs(lrs, PATH, version);
    }

    private Map<String, String> ctx(String... more) {
        Map<String, String> p = params("activityId", act);
        p.putAll(params(more));
        return p;
    }

    @ParameterizedTest(name = "xAPI {0}")
    @ValueSource(strings = {"1.0.3", "2.0.0"})
    @DisplayName("2.7.s3, 3.1.s4.b1-b4, 2.2.s6.b1: the document is returned with its Content-Type, quoted SHA-1 ETag"
            + " and Last-Modified; a missing one is 404")
    void putThenGet(String version) {
        Docs d = docs(version);
        assertEquals(404, d.get(ctx("profileId", "p")).statusCode());
        d.create(ctx("profileId", "p"), "application/json", "{\"a\": [1, 2]}");
        HttpResponse<String> r = d.fetch(ctx("profileId", "p"));
        assertEquals("{\"a\": [1, 2]}", r.body(), "stored byte for byte");
        assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"));
        assertEquals("\"" + Docs.sha1(r.body()) + "\"", Docs.etag(r));
        assertTrue(r.headers().firstValue("Last-Modified").isPresent());
    }

    @ParameterizedTest(name = "xAPI {0}")
    @ValueSource(strings = {"1.0.3", "2.0.0"})
    @DisplayName("3.1.s3.b1, 3.1.s4.b13-b15 / 2.0 4.1.4: PUT without If-Match/If-None-Match is 400 for a new profile"
            + " and 409 for an existing one; neither changes anything")
    void putWithoutPrecondition(String version) {
        Docs d = docs(version);
        Map<String, String> p = ctx("profileId", "c");
        HttpResponse<String> create = d.put(p, "text/plain", "one");
        assertEquals(400, create.statusCode(), create.body());
        assertTrue(create.body().contains("If-None-Match"), create.body());
        assertEquals(404, d.get(p).statusCode(), "nothing stored");
        d.create(p, "text/plain", "one");
        HttpResponse<String> r = d.put(p, "text/plain", "two");
        assertEquals(409, r.statusCode(), r.body());
        assertTrue(r.body().contains("If-Match"), r.body());
        assertEquals("one", d.fetch(p).body());
        assertEquals(204, d.put(p, "text/plain", "two", "If-Match", Docs.etag(d.fetch(p))).statusCode());
        assertEquals("two", d.fetch(p).body());
    }

    @ParameterizedTest(name = "xAPI {0}")
    @ValueSource(strings = {"1.0.3", "2.0.0"})
    @DisplayName("3.1.s4.b5-b12: failed If-Match / If-None-Match on PUT, POST and DELETE is 412 and changes nothing")
    void preconditions(String version) {
        Docs d = docs(version);
        Map<String, String> p = ctx("profileId", "pre");
        assertEquals(412, d.put(p, "application/json", "{}", "If-Match", "\"nope\"").statusCode());
        assertEquals(404, d.get(p).statusCode());
        d.create(p, "application/json", "{\"v\":1}");
        String etag = Docs.etag(d.fetch(p));
        assertEquals(412, d.put(p, "application/json", "{\"v\":2}", "If-None-Match", "*").statusCode());
        assertEquals(412, d.put(p, "application/json", "{\"v\":2}", "If-None-Match", etag).statusCode());
        assertEquals(412, d.post(p, "application/json", "{\"v\":2}", "If-Match", "\"stale\"").statusCode());
        assertEquals(412, d.delete(p, "If-Match", "\"stale\"").statusCode());
        assertEquals("{\"v\":1}", d.fetch(p).body());
        assertEquals(204, d.post(p, "application/json", "{\"w\":2}", "If-Match", etag).statusCode());
        assertEquals(json("{\"v\":1,\"w\":2}"), json(d.fetch(p).body()));
        assertEquals(204, d.delete(p, "If-Match", Docs.etag(d.fetch(p))).statusCode());
        assertEquals(404, d.get(p).statusCode());
    }

    @Test
    @DisplayName("2.2.s7-s8: POST creates, merges JSON objects, and rejects non-JSON merges with 400")
    void postMerge() {
        Docs d = docs("2.0.0");
        Map<String, String> p = ctx("profileId", "m");
        assertEquals(204, d.post(p, "application/json", "{\"x\":\"foo\",\"y\":\"bar\"}").statusCode());
        assertEquals(204, d.post(p, "application/json", "{\"x\":\"bash\",\"z\":\"faz\"}").statusCode());
        assertEquals(json("{\"x\":\"bash\",\"y\":\"bar\",\"z\":\"faz\"}"), json(d.fetch(p).body()));
        assertEquals(400, d.post(p, "text/plain", "zzz").statusCode());
        assertEquals(400, d.post(p, "application/json", "\"just a string\"").statusCode());
        assertEquals(json("{\"x\":\"bash\",\"y\":\"bar\",\"z\":\"faz\"}"), json(d.fetch(p).body()));
    }

    @Test
    @DisplayName("2.7.s4: GET without profileId lists the Activity's profile ids; since is exclusive")
    void listIds() throws InterruptedException {
        Docs d = docs("2.0.0");
        d.create(ctx("profileId", "a"), "text/plain", "a");
        d.create(params("activityId", act + "/other", "profileId", "x"), "text/plain", "x");
        Thread.sleep(50);
        Instant between = Instant.now();
        Thread.sleep(50);
        d.create(ctx("profileId", "b"), "text/plain", "b");
        HttpResponse<String> all = d.get(ctx());
        assertEquals(List.of("a", "b"), ids(all));
        assertTrue(all.headers().firstValue("Last-Modified").isPresent(), "2.2.s6.b2");
        assertEquals(List.of("b"), ids(d.get(ctx("since", between.toString()))));
    }

    @Test
    @DisplayName("2.7.s3: DELETE needs profileId; it deletes that document only")
    void delete() {
        Docs d = docs("1.0.3");
        d.create(ctx("profileId", "a"), "text/plain", "a");
        d.create(ctx("profileId", "b"), "text/plain", "b");
        assertBad(d.delete(ctx()), "profileId");
        assertEquals(204, d.delete(ctx("profileId", "a")).statusCode());
        assertEquals(List.of("b"), ids(d.get(ctx())));
    }

    @Test
    @DisplayName("2.7.s3: missing, unknown and malformed parameters are 400 naming the parameter")
    void strictParameters() {
        Docs d = docs("2.0.0");
        assertBad(d.get(params("profileId", "p")), "activityId");
        assertBad(d.put(ctx(), "text/plain", "x"), "profileId");
        assertBad(d.get(ctx("profileId", "p", "agent", Stmts.agent("a").toString())), "agent");
        assertBad(d.get(ctx("profileId", "p", "registration", "6fa9c4a5-2a4b-4f0e-8d83-1c0f4b4c1a2e")),
                "registration");
        assertBad(d.get(params("activityId", "no-iri", "profileId", "p")), "activityId");
        assertBad(d.get(ctx("since", "2024-13-01T00:00:00Z")), "since");
    }

    @Test
    @DisplayName("4.0: scope profile reads and writes; all/read only reads; state is 403; other stores see nothing")
    void scopesAndStores() {
        Map<String, String> p = ctx("profileId", "sc");
        Docs profile = new Docs(LrsClient.create(lrs.store, "profile"), PATH, "2.0.0");
        profile.create(p, "text/plain", "x");
        Docs reader = new Docs(LrsClient.create(lrs.store, "all/read"), PATH, "2.0.0");
        assertEquals(200, reader.get(p).statusCode());
        assertEquals(403, reader.put(p, "text/plain", "y", "If-Match", "*").statusCode());
        Docs state = new Docs(LrsClient.create(lrs.store, "state"), PATH, "2.0.0");
        assertEquals(403, state.get(p).statusCode());
        Docs other = new Docs(LrsClient.fresh("actprof-other"), PATH, "2.0.0");
        assertEquals(404, other.get(p).statusCode());
        assertEquals(List.of(), ids(other.get(ctx())));
    }
}
