package org.scorelink.xapi.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scorelink.xapi.boundary.LrsClient.json;
import static org.scorelink.xapi.boundary.LrsClient.params;
import static org.scorelink.xapi.boundary.Stmts.agent;
import static org.scorelink.xapi.boundary.Stmts.statement;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The xAPI 1.0.3 alternate request syntax (Communication 1.3), removed in 2.0. */
@DisplayName("Alternate request syntax (Communication 1.3)")
class AlternateSyntaxIT {

    private final LrsClient lrs = LrsClient.fresh("alt");
    private final String t = Stmts.tag();
    private final JsonObject alice = agent("alice-" + t);
    private final String verb = "http://example.com/verbs/" + t + "/did";
    private final String act = "http://example.com/activities/" + t;

    @Test
    @DisplayName("1.3: method=GET with statementId and the headers in the form returns the statement")
    void getByStatementId() {
        UUID id = UUID.randomUUID();
        assertEquals(204, lrs.put(id, statement(alice, verb, act).build()).statusCode());
        HttpResponse<String> r = alt("GET", "", form("statementId", id.toString()));
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(id.toString(), json(r.body()).asJsonObject().getString("id"));
        assertEquals("1.0.3", r.headers().firstValue("X-Experience-API-Version").orElse(""));
        assertTrue(r.headers().firstValue("X-Experience-API-Consistent-Through").isPresent());
        assertTrue(r.headers().firstValue("Last-Modified").isPresent());
    }

    @Test
    @DisplayName("1.3: resource parameters in the form act as the query string (agent, limit)")
    void getQueryFromForm() {
        lrs.store(statement(alice, verb, act).build());
        HttpResponse<String> r = alt("GET", "", form("agent", alice.toString(), "limit", "5"));
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(1, json(r.body()).asJsonObject().getJsonArray("statements").size());
    }

    @Test
    @DisplayName("1.3: method=PUT with statementId and content stores the statement (204)")
    void putWithContent() {
        UUID id = UUID.randomUUID();
        Map<String, String> f = form("statementId", id.toString(), "Content-Type", "application/json",
                "content", statement(alice, verb, act).build().toString());
        HttpResponse<String> r = alt("PUT", "", f);
        assertEquals(204, r.statusCode(), r.body());
        JsonObject got = lrs.statement(id.toString());
        assertEquals(lrs.authority, got.getJsonObject("authority"), "authenticated by the form's Authorization");
        assertEquals("1.0.0", got.getString("version"), "a 1.0.3 request");
    }

    @Test
    @DisplayName("1.3: method=POST with content stores it and answers the ids")
    void postWithContent() {
        HttpResponse<String> r = alt("POST", "", form("Content-Type", "application/json; charset=UTF-8",
                "content", LrsClient.array(statement(alice, verb, act).build()).toString()));
        assertEquals(200, r.statusCode(), r.body());
        String id = json(r.body()).asJsonArray().getString(0);
        assertEquals(verb, lrs.statement(id).getJsonObject("verb").getString("id"));
    }

    @Test
    @DisplayName("1.3.s3.b10: content without a Content-Type form field is a statement's JSON (PUT 204, POST 200)")
    void contentWithoutContentType() {
        UUID id = UUID.randomUUID();
        HttpResponse<String> put = alt("PUT", "", form("statementId", id.toString(),
                "content", statement(alice, verb, act).build().toString()));
        assertEquals(204, put.statusCode(), put.body());
        assertEquals(verb, lrs.statement(id.toString()).getJsonObject("verb").getString("id"));
        HttpResponse<String> post = alt("POST", "", form("content", statement(alice, verb, act).build().toString()));
        assertEquals(200, post.statusCode(), post.body());
        // a Content-Type that is not JSON is still refused
        HttpResponse<String> text = alt("POST", "", form("Content-Type", "text/plain",
                "content", statement(alice, verb, act).build().toString()));
        assertEquals(400, text.statusCode(), text.body());
        assertEquals(2, lrs.ids(params("verb", verb)).size());
    }

    @Test
    @DisplayName("1.3.s3.b4: method=PUT or POST without a content field is 400, credentials or not")
    void putOrPostWithoutContent() {
        for (String method : new String[] {"PUT", "POST"}) {
            HttpResponse<String> r = alt(method, "", form("statementId", UUID.randomUUID().toString()));
            assertEquals(400, r.statusCode(), r.body());
            assertTrue(r.body().contains("content"), r.body());
            HttpResponse<String> anonymous = send("/xapi/statements?method=" + method, "");
            assertEquals(400, anonymous.statusCode(), anonymous.body());
            // a JSON body sent as if it were a form has no content field either
            HttpResponse<String> notAForm = send("/xapi/statements?method=" + method,
                    statement(alice, verb, act).build().toString());
            assertEquals(400, notAForm.statusCode(), notAForm.body());
        }
        assertTrue(lrs.ids(params("verb", verb)).isEmpty());
    }

    @Test
    @DisplayName("1.3: non-ASCII content arrives as UTF-8")
    void utf8Content() {
        UUID id = UUID.randomUUID();
        JsonObject actor = Stmts.agent("zoë-" + t);
        HttpResponse<String> r = alt("PUT", "", form("statementId", id.toString(), "Content-Type", "application/json",
                "content", statement(actor, verb, act).build().toString()));
        assertEquals(204, r.statusCode(), r.body());
        assertEquals("zoë-" + t, lrs.statement(id.toString()).getJsonObject("actor").getString("name"));
    }

    @Test
    @DisplayName("1.3: method=HEAD answers GET's headers without a body")
    void head() {
        UUID id = UUID.randomUUID();
        assertEquals(204, lrs.put(id, statement(alice, verb, act).build()).statusCode());
        HttpResponse<String> r = alt("HEAD", "", form("statementId", id.toString()));
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().isEmpty());
        assertTrue(r.headers().firstValue("Last-Modified").isPresent());
    }

    @Test
    @DisplayName("1.3 with 2.3: the State resource through the form: PUT, GET (with ETag), POST merge, DELETE")
    void stateDocument() {
        Map<String, String> ctx = params("activityId", act, "agent", alice.toString(), "stateId", "alt");
        Map<String, String> put = form("Content-Type", "application/json", "content", "{\"a\":1}");
        put.putAll(ctx);
        HttpResponse<String> r = send("/xapi/activities/state?method=PUT", LrsClient.query(put));
        assertEquals(204, r.statusCode(), r.body());
        Map<String, String> get = form();
        get.putAll(ctx);
        HttpResponse<String> got = send("/xapi/activities/state?method=GET", LrsClient.query(get));
        assertEquals(200, got.statusCode(), got.body());
        assertEquals("{\"a\":1}", got.body());
        assertEquals("\"" + Docs.sha1("{\"a\":1}") + "\"", Docs.etag(got));
        Map<String, String> post = form("Content-Type", "application/json", "content", "{\"b\":2}");
        post.putAll(ctx);
        assertEquals(204, send("/xapi/activities/state?method=POST", LrsClient.query(post)).statusCode());
        assertEquals(json("{\"a\":1,\"b\":2}"),
                json(send("/xapi/activities/state?method=GET", LrsClient.query(get)).body()));
        assertEquals(204, send("/xapi/activities/state?method=DELETE", LrsClient.query(get)).statusCode());
        assertEquals(404, send("/xapi/activities/state?method=GET", LrsClient.query(get)).statusCode());
    }

    @Test
    @DisplayName("1.3.s3.b6 with 3.1.s3.b1: If-None-Match in the form is a header: a profile PUT with it creates,"
            + " without it is 400")
    void profileDocumentPreconditionInForm() {
        Map<String, String> put = form("Content-Type", "text/plain", "content", "hello", "activityId", act,
                "profileId", "alt");
        HttpResponse<String> none = send("/xapi/activities/profile?method=PUT", LrsClient.query(put));
        assertEquals(400, none.statusCode(), none.body());
        assertTrue(none.body().contains("If-None-Match"), none.body());
        put.put("If-None-Match", "*");
        HttpResponse<String> r = send("/xapi/activities/profile?method=PUT", LrsClient.query(put));
        assertEquals(204, r.statusCode(), r.body());
        HttpResponse<String> again = send("/xapi/activities/profile?method=PUT", LrsClient.query(put));
        assertEquals(412, again.statusCode(), again.body());
        Map<String, String> get = form("activityId", act, "profileId", "alt");
        assertEquals("hello", send("/xapi/activities/profile?method=GET", LrsClient.query(get)).body());
    }

    @Test
    @DisplayName("1.3.s3.b3: any query parameter besides method is a 400 naming it")
    void extraQueryParameter() {
        UUID id = UUID.randomUUID();
        HttpResponse<String> r = alt("GET", "&statementId=" + id, form());
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains("statementId"), r.body());
        assertEquals("1.0.3", r.headers().firstValue("X-Experience-API-Version").orElse(""));
    }

    @Test
    @DisplayName("1.3: an unknown method value is a 400")
    void unknownMethod() {
        HttpResponse<String> r = alt("PATCH", "", form());
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains("method"), r.body());
    }

    @Test
    @DisplayName("1.3: form parameters are still checked like query parameters (unknown one → 400)")
    void unknownFormParameter() {
        HttpResponse<String> r = alt("GET", "", form("nonsense", "1"));
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains("nonsense"), r.body());
    }

    @Test
    @DisplayName("1.3: no Authorization in form or header → 401; a wrong one → 401")
    void authorization() {
        HttpResponse<String> none = send("/xapi/statements?method=GET",
                LrsClient.query(params("X-Experience-API-Version", "1.0.3")));
        assertEquals(401, none.statusCode(), none.body());
        HttpResponse<String> wrong = send("/xapi/statements?method=GET", LrsClient.query(params(
                "Authorization", LrsClient.basic(lrs.key, "not-the-secret"), "X-Experience-API-Version", "1.0.3")));
        assertEquals(401, wrong.statusCode(), wrong.body());
    }

    @Test
    @DisplayName("IEEE 9274.1.1: removed in 2.0 — a 2.0 version in the form (or the header) is a 400 saying so")
    void removedInTwo() {
        Map<String, String> f = form("statementId", UUID.randomUUID().toString());
        f.put("X-Experience-API-Version", "2.0.0");
        HttpResponse<String> r = alt("GET", "", f);
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains("removed in xAPI 2.0"), r.body());
        assertEquals("2.0.0", r.headers().firstValue("X-Experience-API-Version").orElse(""));

        HttpResponse<String> h = LrsClient.send(lrs.request("/xapi/statements?method=GET")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("statementId=" + UUID.randomUUID())));
        assertEquals(400, h.statusCode(), h.body());
        assertTrue(h.body().contains("removed in xAPI 2.0"), h.body());
    }

    @Test
    @DisplayName("alternate-syntax errors to an allowed origin carry the CORS headers")
    void errorsCarryCors() {
        HttpResponse<String> r = LrsClient.send(HttpRequest.newBuilder(URI.create(LrsClient.BASE
                + "/xapi/statements?method=GET&limit=1")).timeout(Duration.ofSeconds(30))
                .header("Origin", CorsIT.ALLOWED).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(LrsClient.query(form()))));
        assertEquals(400, r.statusCode(), r.body());
        assertEquals(CorsIT.ALLOWED, r.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
    }

    /** The form fields a header-less client sends: its credential, version 1.0.3, then {@code kv}. */
    private Map<String, String> form(String... kv) {
        Map<String, String> f = params("Authorization", LrsClient.basic(lrs.key, lrs.secret),
                "X-Experience-API-Version", "1.0.3");
        f.putAll(params(kv));
        return f;
    }

    /** {@code POST /xapi/statements?method=<method><extraQuery>} with the form and no custom headers. */
    private static HttpResponse<String> alt(String method, String extraQuery, Map<String, String> form) {
        return send("/xapi/statements?method=" + method + extraQuery, LrsClient.query(form));
    }

    private static HttpResponse<String> send(String pathAndQuery, String body) {
        return LrsClient.send(HttpRequest.newBuilder(URI.create(LrsClient.BASE + pathAndQuery))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }
}
