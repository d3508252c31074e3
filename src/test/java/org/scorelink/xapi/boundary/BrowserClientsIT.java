package org.scorelink.xapi.boundary;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.scorelink.xapi.boundary.LrsClient.json;
import static org.scorelink.xapi.boundary.LrsClient.params;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Browser-launched content: real npm xAPI clients (TinCanJS, xAPI.js) running in headless Chromium, on pages
 * served from an origin other than the LRS's, so every request is a cross-origin one that the browser allows only
 * when the LRS's CORS answers say so.
 *
 * <p>The pages ({@code src/test/resources/browser/}) come from {@link PageServer} on {@code http://127.0.0.1:P}, P
 * being the port the build reserved and put into the IT server's {@code scorelink.xapi.cors.allowed-origins};
 * the LRS is {@code http://localhost:<it.http.port>}. The same pages served from another port form a refused
 * origin. The clients are the npm registry's tarballs, unpacked by the build into {@code target/npm}. Each page
 * writes what it sent and read back into {@code #result}; the assertions compare that with what the LRS holds,
 * read over plain HTTP.
 *
 * <p>Needs Debian's {@code chromium} and {@code chromium-driver}; without them the class is skipped (see
 * {@link HeadlessChromium#assumeInstalled()}).
 */
@DisplayName("Browser clients in headless Chromium, across origins (CORS)")
class BrowserClientsIT {

    private static final String ENDPOINT = LrsClient.BASE + "/xapi/";
    private static final String STATE = "/xapi/activities/state";
    private static final String EXPERIENCED = "http://adlnet.gov/expapi/verbs/experienced";
    private static final String COMPLETED = "http://adlnet.gov/expapi/verbs/completed";

    private static PageServer allowed;
    private static PageServer refused;
    private static HeadlessChromium chromium;

    private final LrsClient lrs = LrsClient.fresh("browser");
    private final String tag = Stmts.tag();

    @BeforeAll
    static void start() {
        if (!HeadlessChromium.installed()) {
            return; // each test is skipped (or failed) by name in skipWithoutBrowser
        }
        Path npm = Path.of(System.getProperty("scorelink.test.npm.dir", "target/npm"));
        for (String client : List.of("tincanjs/package/build/tincan-min.js", "xapi/package/dist/XAPI.umd.js")) {
            assertTrue(Files.isRegularFile(npm.resolve(client)), () -> npm.resolve(client)
                    + " is missing: mvn verify downloads the npm clients in pre-integration-test");
        }
        String port = System.getProperty("scorelink.test.browser.port", "");
        if (!port.matches("\\d+")) {
            fail("scorelink.test.browser.port is '" + port + "': run through mvn verify, which reserves the port"
                    + " of the page origin the IT server allows");
        }
        allowed = new PageServer(Integer.parseInt(port), npm);
        refused = new PageServer(0, npm);
        chromium = HeadlessChromium.start();
    }

    /** Per test rather than in start(), so a skip is reported for each test, with its reason. */
    @BeforeEach
    void skipWithoutBrowser() {
        HeadlessChromium.assumeInstalled();
    }

    @AfterAll
    static void stop() {
        try (AutoCloseable c = chromium; AutoCloseable a = allowed; AutoCloseable r = refused) {
            // closed in reverse order, each even if another fails; null ones (skipped start) are ignored
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    @DisplayName("TinCanJS 0.50.0 (1.0.x) from an allowed origin: PUT and batch POST, read back by id, queries by"
            + " agent+verb and activity, State with If-Match; 412 for a stale ETag")
    void tincanjs() {
        JsonObject r = done(allowed, "tincanjs.html");
        String mbox = "mailto:tincan-" + tag + "@example.com";
        String single = r.getString("single");
        List<String> batch = strings(r, "batch");

        // 2.1.2: POST answers the ids of the batch, in order (TinCanJS stamps ids on the client)
        assertEquals(batch, strings(r, "batchResponse"));
        JsonObject stored = lrs.statement(single);
        JsonObject fetched = r.getJsonObject("fetched");
        assertAll("the statement read back in the browser is the one the LRS holds",
                () -> assertEquals(single, fetched.getString("id")),
                () -> assertEquals(mbox, fetched.getString("actor")),
                () -> assertEquals(EXPERIENCED, fetched.getString("verb")),
                () -> assertEquals(page(1), fetched.getString("object")),
                () -> assertEquals(stored.getString("stored"), fetched.getString("stored")),
                () -> assertEquals(lrs.authority.getJsonObject("account"),
                        fetched.getJsonObject("authority").getJsonObject("account")),
                () -> assertEquals(COMPLETED, lrs.statement(batch.get(1)).getJsonObject("verb").getString("id")));

        // 2.1.3: agent + verb finds the two "experienced" statements, newest first; activity finds page 3's
        assertEquals(List.of(batch.get(0), single), strings(r, "experienced"));
        assertEquals(List.of(batch.get(1)), strings(r, "page3"));

        assertState(r, "tincan-", "{\"page\":4,\"answers\":{\"q1\":\"b\",\"q2\":\"d\"}}");
        // 3.1.s4.b5: If-Match with an ETag that is no longer current
        assertEquals(412, r.getInt("staleSaveStatus"));
    }

    @Test
    @DisplayName("xAPI.js 3.0.3 (2.0.0) from an allowed origin: LRS-assigned ids, read back, query, exposed"
            + " headers; State under 2.0 concurrency (If-None-Match: *, 409 without precondition, If-Match, 412)")
    void xapijs() {
        JsonObject r = done(allowed, "xapijs.html");
        String mbox = "mailto:xapijs-" + tag + "@example.com";
        String single = r.getString("single");
        List<String> batch = strings(r, "batch");

        // response headers the page could only read because the LRS exposes them (CORS Expose-Headers)
        assertEquals("2.0.0", r.getString("responseVersion"));
        assertTrue(r.getString("consistentThrough").startsWith("20"), r::toString);

        assertEquals(2, batch.size());
        JsonObject stored = lrs.statement(single);
        JsonObject fetched = r.getJsonObject("fetched");
        assertAll("the statement read back in the browser is the one the LRS holds",
                () -> assertEquals(single, fetched.getString("id")),
                () -> assertEquals(mbox, fetched.getJsonObject("actor").getString("mbox")),
                () -> assertEquals(EXPERIENCED, fetched.getJsonObject("verb").getString("id")),
                () -> assertEquals(page(1), fetched.getJsonObject("object").getString("id")),
                () -> assertEquals(stored, fetched),
                () -> assertEquals(lrs.authority.getJsonObject("account"),
                        fetched.getJsonObject("authority").getJsonObject("account")),
                () -> assertEquals(COMPLETED, lrs.statement(batch.get(1)).getJsonObject("verb").getString("id")));

        assertEquals(List.of(batch.get(0), single), strings(r, "experienced"));

        assertState(r, "xapijs-", "{\"page\":4,\"answers\":{\"q1\":\"b\",\"q2\":\"d\"}}");
        assertAll("State concurrency seen from the browser",
                // 3.1.s4.b9: If-None-Match: * onto an existing document
                () -> assertEquals(412, r.getInt("createAgainStatus")),
                // 2.0 4.1.4: a PUT onto an existing State document needs a precondition
                () -> assertEquals(409, r.getInt("unconditionalPutStatus")),
                // 3.1.s4.b5: If-Match with an ETag that is no longer current
                () -> assertEquals(412, r.getInt("staleSetStatus")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"tincanjs.html, saveStatement, tincan-", "xapijs.html, sendStatement, xapijs-"})
    @DisplayName("from an origin the LRS does not allow, the browser refuses the call: the client sees a failure"
            + " (status 0), the console names CORS, and nothing is stored")
    void refusedOrigin(String page, String firstStep, String mboxPrefix) {
        HeadlessChromium.Outcome outcome = chromium.run(url(refused, page));
        JsonObject r = outcome.value();
        assertEquals("failed", outcome.status(), r::toString);
        assertEquals(refused.origin(), r.getString("origin"));
        JsonObject failure = r.getJsonObject("failure");
        assertEquals(firstStep, failure.getString("step"), r::toString);
        assertEquals(0, failure.getInt("status"), r::toString);
        assertTrue(outcome.console().stream().anyMatch(m -> m.contains("from origin '" + refused.origin() + "'")
                && m.contains("blocked by CORS policy")), () -> "console: " + outcome.console());

        // the preflight got no CORS answer, so the browser never sent the statement
        String agent = "{\"mbox\":\"mailto:" + mboxPrefix + tag + "@example.com\"}";
        assertEquals(List.of(), lrs.ids(params("agent", agent)));
        if (r.containsKey("single")) {
            assertEquals(404, lrs.get("statementId=" + r.getString("single")).statusCode());
        }
    }

    /** Runs a page and asserts it completed; answers what it reported. */
    private JsonObject done(PageServer server, String page) {
        HeadlessChromium.Outcome outcome = chromium.run(url(server, page));
        assertEquals("done", outcome.status(), () -> outcome.value() + "\nconsole: " + outcome.console());
        JsonObject r = outcome.value();
        assertEquals(server.origin(), r.getString("origin"));
        assertNotEquals(origin(LrsClient.BASE), r.getString("origin"), "the page must be cross-origin to the LRS");
        return r;
    }

    /**
     * The page's State document ("bookmark" for page 1) went through two versions; what it read each time, and
     * the ETag it saw, match what the LRS holds now (the browser read ETag through CORS Expose-Headers).
     */
    private void assertState(JsonObject r, String mboxPrefix, String finalContent) {
        Docs docs = new Docs(lrs, STATE, "2.0.0");
        HttpResponse<String> now = docs.fetch(Map.of("activityId", page(1), "stateId", "bookmark",
                "agent", "{\"mbox\":\"mailto:" + mboxPrefix + tag + "@example.com\"}"));
        JsonObject first = r.getJsonObject("stateFirst");
        JsonObject second = r.getJsonObject("stateSecond");
        assertAll("State document round trip",
                () -> assertEquals(json("{\"page\":3,\"answers\":{\"q1\":\"b\"}}"), first.get("contents")),
                () -> assertEquals(json(finalContent), second.get("contents")),
                () -> assertEquals(json(finalContent), json(now.body())),
                () -> assertEquals(Docs.etag(now), second.getString("etag")),
                () -> assertNotEquals(first.getString("etag"), second.getString("etag")));
    }

    private String url(PageServer server, String page) {
        return server.origin() + "/" + page + "?endpoint=" + encode(ENDPOINT) + "&key=" + encode(lrs.key)
                + "&secret=" + encode(lrs.secret) + "&tag=" + encode(tag);
    }

    private String page(int n) {
        return "https://example.com/browser/" + tag + "/page-" + n;
    }

    private static List<String> strings(JsonObject o, String name) {
        return o.getJsonArray(name).stream().map(v -> ((JsonString) v).getString()).toList();
    }

    private static String origin(String url) {
        URI u = URI.create(url);
        return u.getScheme() + "://" + u.getHost() + ":" + u.getPort();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
