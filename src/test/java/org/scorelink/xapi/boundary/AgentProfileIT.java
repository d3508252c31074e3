package org.scorelink.xapi.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scorelink.xapi.boundary.LrsClient.json;
import static org.scorelink.xapi.boundary.LrsClient.params;
import static org.scorelink.xapi.boundary.StateIT.assertBad;
import static org.scorelink.xapi.boundary.StateIT.ids;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Agent Profile resource over raw HTTP (xAPI 1.0.3 Communication 2.2, 2.6, 3.1; xAPI 2.0 4.1.4, 4.1.6.5). */
@DisplayName("Agent Profile resource (Communication 2.6)")
class AgentProfileIT {

    private static final String PATH = "/xapi/agents/profile";

    private final LrsClient lrs = LrsClient.fresh("agentprof");
    private final String t = Stmts.tag();
    private final String agent = Stmts.agent("pat-" + t).toString();

    private Docs docs(String version) {
        return new Docs(lrs, PATH, version);
    }

    private Map<String, String> ctx(String... more) {
        Map<String, String> p = params("agent", agent);
        p.putAll(params(more));
        return p;
    }

    @ParameterizedTest(name = "xAPI {0}")
    @ValueSource(strings = {"1.0.3", "2.0.0"})
    @DisplayName("2.6.s3, 3.1.s4.b1-b4, 2.2.s6.b1: the document is returned with its Content-Type, quoted SHA-1 ETag"
            + " and Last-Modified; a missing one is 404")
    void putThenGet(String version) {
        Docs d = docs(version);
        assertEquals(404, d.get(ctx("profileId", "p")).statusCode());
        d.create(ctx("profileId", "p"), "text/csv", "a,b\n1,2\n");
        HttpResponse<String> r = d.fetch(ctx("profileId", "p"));
        assertEquals("a,b\n1,2\n", r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("text/csv"));
        assertEquals("\"" + Docs.sha1(r.body()) + "\"", Docs.etag(r));
        assertTrue(r.headers().firstValue("Last-Modified").isPresent());
        String sameAgent = Json.createObjectBuilder().add("mbox", "mailto:pat-" + t + "@example.com").build().toString();
        assertEquals(200, d.get(params("agent", sameAgent, "profileId", "p")).statusCode(), "matched by IFI");
    }

    @ParameterizedTest(name = "xAPI {0}")
    @ValueSource(strings = {"1.0.3", "2.0.0"})
    @DisplayName("3.1.s3.b1, 3.1.s4.b13-b15 / 2.0 4.1.4: PUT without If-Match/If-None-Match is 400 for a new profile"
            + " and 409 for an existing one")
    void putWithoutPrecondition(String version) {
        Docs d = docs(version);
        Map<String, String> p = ctx("profileId", "c");
        HttpResponse<String> create = d.put(p, "application/json", "{\"v\":1}");
        assertEquals(400, create.statusCode(), create.body());
        assertTrue(create.body().contains("If-None-Match"), create.body());
        assertEquals(404, d.get(p).statusCode(), "nothing stored");
        d.create(p, "text/plain", "one");
        assertEquals(409, d.put(p, "text/plain", "two").statusCode());
        assertEquals("one", d.fetch(p).body());
    }

    @ParameterizedTest(name = "xAPI {0}")
    @ValueSource(strings = {"1.0.3", "2.0.0"})
    @DisplayName("3.1.s4.b5-b12: failed preconditions on PUT, POST and DELETE are 412; matching ones succeed")
    void preconditions(String version) {
        Docs d = docs(version);
        Map<String, String> p = ctx("profileId", "pre");
        d.create(p, "application/json", "{\"v\":1}");
        String etag = Docs.etag(d.fetch(p));
        assertEquals(412, d.put(p, "application/json", "{}", "If-None-Match", "*").statusCode());
        assertEquals(412, d.post(p, "application/json", "{}", "If-None-Match", "*").statusCode());
        assertEquals(412, d.delete(p, "If-Match", "\"stale\"").statusCode());
        assertEquals(204, d.post(p, "application/json", "{\"w\":2}", "If-Match", etag).statusCode());
        assertEquals(json("{\"v\":1,\"w\":2}"), json(d.fetch(p).body()));
        assertEquals(204, d.delete(p).statusCode());
        assertEquals(404, d.get(p).statusCode());
    }

    @Test
    @DisplayName("2.6.s4: GET without profileId lists the Agent's profile ids; since is exclusive")
    void listIds() throws InterruptedException {
        Docs d = docs("2.0.0");
        d.create(ctx("profileId", "a"), "text/plain", "a");
        d.create(params("agent", Stmts.agent("other-" + t).toString(), "profileId", "x"), "text/plain", "x");
        Thread.sleep(50);
        Instant between = Instant.now();
        Thread.sleep(50);
        d.create(ctx("profileId", "b"), "text/plain", "b");
        assertEquals(List.of("a", "b"), ids(d.get(ctx())));
        assertEquals(List.of("b"), ids(d.get(ctx("since", between.toString()))));
    }

    @Test
    @DisplayName("2.0 4.1.6.5: an identified Group is allowed; 1.0.3 2.6.s3 wants an Agent (400)")
    void groups() {
        JsonObject group = Json.createObjectBuilder().add("objectType", "Group")
                .add("mbox", "mailto:team-" + t + "@example.com").build();
        Map<String, String> p = params("agent", group.toString(), "profileId", "g");
        docs("2.0.0").create(p, "text/plain", "team");
        assertEquals("team", docs("2.0.0").fetch(p).body());
        assertBad(docs("1.0.3").get(p), "agent");
    }

    @Test
    @DisplayName("2.6.s3: missing, unknown and malformed parameters are 400 naming the parameter")
    void strictParameters() {
        Docs d = docs("2.0.0");
        assertBad(d.get(params("profileId", "p")), "agent");
        assertBad(d.post(ctx(), "text/plain", "x"), "profileId");
        assertBad(d.delete(ctx()), "profileId");
        assertBad(d.get(ctx("profileId", "p", "activityId", "http://example.com/a")), "activityId");
        assertBad(d.get(params("agent", "[1]", "profileId", "p")), "agent");
        assertBad(d.get(params("agent", "{\"mbox\":\"not-mailto\"}", "profileId", "p")), "agent");
        assertBad(d.get(ctx("since", "not a time")), "since");
    }

    @Test
    @DisplayName("4.0: scope profile reads and writes; all/read only reads; state is 403; other stores see nothing")
    void scopesAndStores() {
        Map<String, String> p = ctx("profileId", "sc");
        Docs profile = new Docs(LrsClient.create(lrs.store, "profile"), PATH, "1.0.3");
        profile.create(p, "text/plain", "x");
        Docs reader = new Docs(LrsClient.create(lrs.store, "all/read"), PATH, "1.0.3");
        assertEquals(200, reader.get(p).statusCode());
        assertEquals(403, reader.delete(p).statusCode());
        Docs state = new Docs(LrsClient.create(lrs.store, "state"), PATH, "1.0.3");
        assertEquals(403, state.put(p, "text/plain", "y", "If-None-Match", "*").statusCode());
        Docs other = new Docs(LrsClient.fresh("agentprof-other"), PATH, "1.0.3");
        assertEquals(404, other.get(p).statusCode());
        assertEquals(List.of(), ids(other.get(ctx())));
    }
}
