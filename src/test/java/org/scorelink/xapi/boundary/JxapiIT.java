package org.scorelink.xapi.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.adlnet.xapi.client.StatementClient;
import gov.adlnet.xapi.model.Activity;
import gov.adlnet.xapi.model.Agent;
import gov.adlnet.xapi.model.Context;
import gov.adlnet.xapi.model.Statement;
import gov.adlnet.xapi.model.StatementResult;
import gov.adlnet.xapi.model.Verb;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * An LMS-like client: ADL's jxapi 2.0.0 against Scorelink, with a credential made through the admin API.
 *
 * <p>jxapi quirks against a conformant LRS, as seen here:
 * <ul>
 * <li>It is given the xAPI endpoint ({@code .../xapi/}, trailing slash dropped) and appends {@code /statements}.</li>
 * <li>It sends {@code X-Experience-API-Version: 1.0.0}; Scorelink answers 1.0.x requests with 1.0.3 behaviour and
 *     stores {@code version} 1.0.0 when the client sets none.</li>
 * <li>{@code filterByActivity}, {@code filterByVerb(String)} and {@code filterByRegistration} put the value into the
 *     query string without URL-encoding it: IRIs holding {@code &}, {@code #}, {@code ?} or spaces break the query
 *     on the client side. The IRIs used here avoid those characters.</li>
 * <li>{@code more} is followed by cutting as many leading characters off the LRS's IRL as the endpoint path has
 *     ({@code checkPath}) and appending the rest to the endpoint: it works only for a host-relative {@code more}
 *     that starts with the endpoint path, as Scorelink's {@code /xapi/statements?more=...} does; an absolute
 *     {@code more} IRL (allowed by the spec) would break it.</li>
 * <li>Any 4xx/5xx becomes a bare {@code IOException} whose message holds the status and the body.</li>
 * <li>Filters are consumed by {@code getStatements()}: every {@code filterBy...} returns a new client.</li>
 * </ul>
 */
@DisplayName("jxapi 2.0.0 as an LMS-like client (Communication 2.1)")
class JxapiIT {

    /** The xAPI endpoint, as an LMS would be configured with it. */
    private static final String ENDPOINT = LrsClient.BASE + "/xapi/";

    private final LrsClient credential = LrsClient.fresh("jxapi");
    private final String t = Stmts.tag();
    private final String verbId = "http://adlnet.gov/expapi/verbs/" + t + "/completed";
    private final String act = "http://example.com/courses/" + t;

    private StatementClient client() throws IOException {
        return new StatementClient(ENDPOINT, credential.key, credential.secret);
    }

    private static Agent learner(String name) {
        return new Agent(name, "mailto:" + name + "@example.com");
    }

    private Statement statement(Agent actor, String verb, String activity) {
        Statement s = new Statement(actor, new Verb(verb), new Activity(activity));
        Context c = new Context();
        c.setRegistration(UUID.randomUUID().toString());
        s.setContext(c);
        return s;
    }

    @Test
    @DisplayName("2.1.2: posts a statement and a batch, reads them back by id with stored and authority")
    void postAndGet() throws Exception {
        Agent alice = learner("alice-" + t);
        String id = client().postStatement(statement(alice, verbId, act));
        UUID.fromString(id);

        ArrayList<Statement> batch = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            batch.add(statement(learner("learner" + i + "-" + t), verbId, act + "/module" + i));
        }
        ArrayList<String> ids = client().postStatements(batch);
        assertEquals(5, ids.size());
        assertEquals(5, new HashSet<>(ids).size());

        Statement got = client().getStatement(id);
        assertEquals(id, got.getId());
        assertEquals("mailto:alice-" + t + "@example.com", got.getActor().getMbox());
        assertEquals(verbId, got.getVerb().getId());
        assertEquals(act, ((Activity) got.getObject()).getId());
        assertNotNull(got.getStored());
        Instant.parse(got.getStored());
        assertNotNull(got.getAuthority(), "authority set by the LRS");
        assertEquals("1.0.0", got.getVersion(), "a 1.0.x request without version stores 1.0.0");
        for (int i = 0; i < 5; i++) {
            assertEquals(act + "/module" + i, ((Activity) client().getStatement(ids.get(i)).getObject()).getId(),
                    "batch ids come back in request order");
        }
    }

    @Test
    @DisplayName("2.1.1: PUT with a client id, and the same statement again, both succeed")
    void putStatement() throws Exception {
        String id = UUID.randomUUID().toString();
        Statement s = statement(learner("bob-" + t), verbId, act);
        s.setId(id);
        assertTrue(client().putStatement(s, id));
        assertTrue(client().putStatement(s, id), "same statement again: 204 as well");
        assertEquals(id, client().getStatement(id).getId());
        assertEquals(1, client().filterByActivity(act).getStatements().getStatements().size());
    }

    @Test
    @DisplayName("2.1.3: queries by agent, verb and activity, alone and combined")
    void filters() throws Exception {
        Agent alice = learner("alice-" + t);
        Agent bob = learner("bob-" + t);
        String other = verbId + "/other";
        ArrayList<Statement> batch = new ArrayList<>(List.of(
                statement(alice, verbId, act), statement(alice, other, act), statement(bob, verbId, act),
                statement(bob, verbId, act + "/x"), statement(alice, verbId, act + "/x")));
        List<String> ids = client().postStatements(batch);

        assertEquals(Set.of(ids.get(0), ids.get(1), ids.get(4)), idSet(client().filterByActor(alice)));
        assertEquals(Set.of(ids.get(0), ids.get(2), ids.get(3), ids.get(4)), idSet(client().filterByVerb(verbId)));
        assertEquals(Set.of(ids.get(1)), idSet(client().filterByVerb(new Verb(other))));
        assertEquals(Set.of(ids.get(0), ids.get(1), ids.get(2)), idSet(client().filterByActivity(act)));
        assertEquals(Set.of(ids.get(0)), idSet(client().filterByActor(alice).filterByVerb(verbId)
                .filterByActivity(act)));
        assertEquals(Set.of(), idSet(client().filterByActor(learner("nobody-" + t))));
        String reg = client().getStatement(ids.get(3)).getContext().getRegistration();
        assertEquals(Set.of(ids.get(3)), idSet(client().filterByRegistration(reg)));
    }

    @Test
    @DisplayName("Data 2.5: follows more through every page, each statement once, newest first")
    void followsMore() throws Exception {
        Agent alice = learner("alice-" + t);
        List<String> stored = new ArrayList<>();
        for (int b = 0; b < 3; b++) {
            ArrayList<Statement> batch = new ArrayList<>();
            for (int i = 0; i < 9; i++) {
                batch.add(statement(alice, verbId, act));
            }
            stored.addAll(client().postStatements(batch));
        }
        StatementClient c = client();
        StatementResult page = c.limitResults(4).filterByActivity(act).getStatements();
        List<String> walked = new ArrayList<>();
        int pages = 0;
        while (true) {
            pages++;
            assertTrue(page.getStatements().size() <= 4);
            page.getStatements().forEach(s -> walked.add(s.getId()));
            if (!page.hasMore()) {
                break;
            }
            page = c.getStatements(page.getMore());
        }
        assertEquals(7, pages);
        assertEquals(27, walked.size());
        assertEquals(Set.copyOf(stored), Set.copyOf(walked));
        List<String> newestFirst = new ArrayList<>(stored);
        java.util.Collections.reverse(newestFirst);
        assertEquals(newestFirst, walked, "reverse stored order (a batch is stored in request order)");
    }

    @Test
    @DisplayName("2.1.4: a voided statement is found with getVoided; plain get fails with 404")
    void voided() throws Exception {
        Agent alice = learner("alice-" + t);
        String id = client().postStatement(statement(alice, verbId, act));
        Statement voiding = new Statement(alice, new Verb("http://adlnet.gov/expapi/verbs/voided"),
                new gov.adlnet.xapi.model.StatementReference(id));
        client().postStatement(voiding);
        assertEquals(id, client().getVoided(id).getId());
        IOException e = assertThrows(IOException.class, () -> client().getStatement(id));
        assertTrue(e.getMessage().contains("404"), e.getMessage());
    }

    @Test
    @DisplayName("4.0: a wrong secret fails with 401")
    void wrongSecret() throws Exception {
        StatementClient wrong = new StatementClient(ENDPOINT, credential.key, credential.secret + "x");
        IOException e = assertThrows(IOException.class, () -> wrong.postStatement(
                statement(learner("eve-" + t), verbId, act)));
        assertTrue(e.getMessage().contains("401"), e.getMessage());
        assertFalse(client().filterByActivity(act).getStatements().getStatements().stream()
                .anyMatch(s -> s.getActor().getMbox().contains("eve")));
    }

    private static Set<String> idSet(StatementClient c) throws IOException {
        Set<String> ids = new HashSet<>();
        StatementResult r = c.getStatements();
        while (true) {
            r.getStatements().forEach(s -> ids.add(s.getId()));
            if (!r.hasMore()) {
                return ids;
            }
            r = c.getStatements(r.getMore());
        }
    }
}
