package org.scorelink.xapi.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scorelink.xapi.entity.IncomingStatement;
import org.scorelink.xapi.entity.StatementQuery;
import org.scorelink.xapi.entity.StoredStatement;
import org.scorelink.xapi.entity.XapiVersion;

/**
 * Which statements the canonical Activity and Person objects are assembled from, against a real (in-memory)
 * Derby database without a container: the define scope (Communication 4.2.s2.table1.row4, Data 2.4.4.1.s4.b3),
 * the first interaction definition (Data 2.4.4.1.s4.b5) and the Last-Modified time.
 */
class DefinitionsTest {

    private static final JsonObject AUTHORITY = Json.createObjectBuilder().add("objectType", "Agent")
            .add("account", Json.createObjectBuilder().add("homePage", "https://lrs.test").add("name", "lms")).build();
    private static final String ACTIVITY = "https://ex/q1";
    private static int databases;

    private final StatementIntake intake = new StatementIntake();
    private EmbeddedDataSource ds;
    private StatementWriter writer;
    private Definitions definitions;
    private StatementReader reader;

    @BeforeEach
    void database() {
        ds = new EmbeddedDataSource();
        ds.setDatabaseName("memory:definitions" + (++databases));
        ds.setCreateDatabase("create");
        open();
    }

    /** A writer, reader and Definitions on the database, as after a server start; scan window of 3. */
    private void open() {
        writer = new StatementWriter();
        writer.dataSource = ds;
        writer.stored = new RecordingEvents(new ArrayList<>());
        reader = new StatementReader();
        reader.dataSource = ds;
        reader.writer = writer;
        definitions = new Definitions();
        definitions.dataSource = ds;
        definitions.reader = reader;
        definitions.writer = writer;
        definitions.scan = 3;
        definitions.cacheSize = 100;
        definitions.init();
    }

    private IncomingStatement st(String id, String actorName, String definition) {
        return intake.prepare(JsonIo.parseObject("""
                {"id":"%s","actor":{"mbox":"mailto:pat@x.org","name":"%s"},"verb":{"id":"https://v/answered"},
                 "object":{"id":"%s","definition":%s}}""".formatted(id, actorName, ACTIVITY, definition), "test"),
                XapiVersion.V2_0_0, AUTHORITY, "statement");
    }

    private IncomingStatement st(String definition) {
        return st(UUID.randomUUID().toString(), "Pat", definition);
    }

    private static String choice(String pattern) {
        return """
                {"name":{"en":"Q %s"},"interactionType":"choice","correctResponsesPattern":["%s"],
                 "choices":[{"id":"%s"},{"id":"other"}]}""".formatted(pattern, pattern, pattern);
    }

    private JsonObject definition() {
        return definitions.activity(1, ACTIVITY).object().getJsonObject("definition");
    }

    private long newestSeq() {
        return definitions.reader.query(1, new StatementQuery(Optional.empty(), false, Optional.empty(),
                Optional.of(ACTIVITY), true, Optional.empty(), 0, Long.MAX_VALUE, 1, false, Optional.empty()))
                .statements().get(0).seq();
    }

    @Test
    void row4DefinitionsFromClientsWithoutDefineDoNotCountButTheActivityIsKnown() {
        writer.write(1, List.of(st("{\"name\":{\"en\":\"Undefined\"}}")), List.of(), false);
        Definitions.Described a = definitions.activity(1, ACTIVITY);
        assertFalse(a.object().containsKey("definition"), a.object().toString());
        assertEquals(OptionalLong.of(newestSeq()), a.lastModified(), "known: its statement is the newest mention");

        writer.write(1, List.of(st("{\"name\":{\"en\":\"Defined\"}}")), List.of(), true);
        writer.write(1, List.of(st("{\"name\":{\"en\":\"Redefined\",\"de\":\"Neu\"}}")), List.of(), false);
        assertEquals(Json.createObjectBuilder().add("en", "Defined").build(), definition().getJsonObject("name"));
        assertEquals(OptionalLong.of(newestSeq()), definitions.activity(1, ACTIVITY).lastModified());
    }

    @Test
    void row4NamesFromClientsWithoutDefineDoNotCountForThePerson() {
        writer.write(1, List.of(st(UUID.randomUUID().toString(), "Patricia", "{}")), List.of(), true);
        writer.write(1, List.of(st(UUID.randomUUID().toString(), "Not Pat", "{}")), List.of(), false);
        JsonObject agent = Json.createObjectBuilder().add("mbox", "mailto:pat@x.org").build();
        Definitions.Described p = definitions.person(1, agent, "mbox:mailto:pat@x.org");
        assertEquals(Json.createArrayBuilder().add("Patricia").build(), p.object().getJsonArray("name"));
        assertEquals(OptionalLong.of(newestSeq()), p.lastModified());
    }

    @Test
    void s4b5TheFirstInteractionStaysBeyondTheScanWindow() {
        writer.write(1, List.of(st(choice("a"))));
        for (int i = 0; i < 7; i++) {
            writer.write(1, List.of(st(choice("b"))));
        }
        JsonObject d = definition();
        assertEquals("a", d.getJsonArray("correctResponsesPattern").getString(0), d.toString());
        assertEquals("a", d.getJsonArray("choices").getJsonObject(0).getString("id"));
        assertEquals("Q b", d.getJsonObject("name").getString("en"), "language maps still update");

        open(); // a restart: the recorded first interaction is not recorded again, and still applies
        writer.write(1, List.of(st(choice("c"))));
        assertEquals("a", definition().getJsonArray("correctResponsesPattern").getString(0));
    }

    @Test
    void s4b5AnInteractionFromAClientWithoutDefineIsNotTheFirst() {
        writer.write(1, List.of(st(choice("x"))), List.of(), false);
        writer.write(1, List.of(st(choice("y"))), List.of(), true);
        writer.write(1, List.of(st(choice("z"))), List.of(), true);
        assertEquals("y", definition().getJsonArray("correctResponsesPattern").getString(0));
    }

    @Test
    void voidingTheFirstInteractionRollsItBackAndMovesLastModified() {
        String first = UUID.randomUUID().toString();
        writer.write(1, List.of(st(first, "Pat", choice("a"))));
        for (int i = 0; i < 4; i++) {
            writer.write(1, List.of(st(choice("b"))));
        }
        long before = definitions.activity(1, ACTIVITY).lastModified().getAsLong();
        writer.write(1, List.of(intake.prepare(JsonIo.parseObject("""
                {"actor":{"mbox":"mailto:admin@x.org"},"verb":{"id":"http://adlnet.gov/expapi/verbs/voided"},
                 "object":{"objectType":"StatementRef","id":"%s"}}""".formatted(first), "test"),
                XapiVersion.V2_0_0, AUTHORITY, "statement")));
        Definitions.Described a = definitions.activity(1, ACTIVITY);
        assertEquals("b", a.object().getJsonObject("definition").getJsonArray("correctResponsesPattern").getString(0),
                "IEEE 9274.1.1 4.2.5: the LRS may roll back what a voided statement introduced");
        assertTrue(a.lastModified().getAsLong() > before, "the voiding statement mentions the Activity");
    }

    @Test
    void withoutDefineAnswersForManySequencesAtOnce() throws Exception {
        List<IncomingStatement> barred = new ArrayList<>();
        for (int i = 0; i < 230; i++) {
            barred.add(st("{}"));
        }
        writer.write(1, barred, List.of(), false);
        writer.write(1, List.of(st("{}")), List.of(), true);
        List<Long> seqs = definitions.reader.query(1, new StatementQuery(Optional.empty(), false, Optional.empty(),
                Optional.of(ACTIVITY), false, Optional.empty(), 0, Long.MAX_VALUE, 500, false, Optional.empty()))
                .statements().stream().map(StoredStatement::seq).toList();
        assertEquals(231, seqs.size());
        try (var c = ds.getConnection()) {
            Set<Long> found = DefinitionTables.withoutDefine(c, seqs);
            assertEquals(230, found.size());
            assertFalse(found.contains(seqs.get(0)), "the newest came from a client with define");
        }
    }

    @Test
    void anAssembledActivityIsKeptUntilAStatementMentionsIt() {
        writer.write(1, List.of(st("{\"name\":{\"en\":\"One\"}}")));
        Definitions.Described first = definitions.activity(1, ACTIVITY);
        assertSame(first, definitions.activity(1, ACTIVITY), "kept: nothing was stored since");

        writer.write(2, List.of(st("{\"name\":{\"en\":\"Other store\"}}")));
        writer.write(1, List.of(intake.prepare(JsonIo.parseObject("""
                {"actor":{"mbox":"mailto:pat@x.org"},"verb":{"id":"https://v/answered"},"object":{"id":"https://ex/q2"}}""",
                "test"), XapiVersion.V2_0_0, AUTHORITY, "statement")));
        assertSame(first, definitions.activity(1, ACTIVITY), "statements about other Activities or stores change nothing");

        // Mentioned only as a SubStatement's context activity, with a new name: dropped and assembled again.
        writer.write(1, List.of(intake.prepare(JsonIo.parseObject("""
                {"actor":{"mbox":"mailto:pat@x.org"},"verb":{"id":"https://v/planned"},
                 "object":{"objectType":"SubStatement","actor":{"mbox":"mailto:pat@x.org"},"verb":{"id":"https://v/x"},
                  "object":{"id":"https://ex/q3"},
                  "context":{"contextActivities":{"parent":[{"id":"%s","definition":{"name":{"en":"Two"}}}]}}}}"""
                .formatted(ACTIVITY), "test"), XapiVersion.V2_0_0, AUTHORITY, "statement")));
        assertEquals("Two", definition().getJsonObject("name").getString("en"));
    }

    /** A statement that names the Activity (as its object) without defining it. */
    private IncomingStatement mention() {
        return intake.prepare(JsonIo.parseObject("""
                {"actor":{"mbox":"mailto:pat@x.org"},"verb":{"id":"https://v/answered"},"object":{"id":"%s"}}"""
                .formatted(ACTIVITY), "test"), XapiVersion.V2_0_0, AUTHORITY, "statement");
    }

    /** The same Activity assembled without a cache, as if nothing had been read before. */
    private Definitions.Described fresh() {
        Definitions uncached = new Definitions();
        uncached.dataSource = ds;
        uncached.reader = reader;
        uncached.writer = writer;
        uncached.scan = definitions.scan;
        uncached.cacheSize = 0;
        uncached.init();
        return uncached.activity(1, ACTIVITY);
    }

    /** The cache never answers differently from a fresh assembly, whatever arrives (scan window 3, so 30 read). */
    @Test
    void theCacheAlwaysEqualsAFreshAssembly() {
        java.util.Random random = new java.util.Random(7);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            int kind = i < 40 ? (i == 0 ? 1 : 0) : random.nextInt(10);
            String id = UUID.randomUUID().toString();
            switch (kind) {
                case 1 -> writer.write(1, List.of(st(id, "Pat", "{\"name\":{\"en\":\"N" + i + "\"}}")));
                case 2 -> writer.write(1, List.of(st(id, "Pat", "{\"name\":{\"de\":\"X" + i + "\"}}")), List.of(),
                        false);
                case 3 -> writer.write(1, List.of(st(id, "Pat", choice("c" + i))));
                case 4 -> {
                    if (!ids.isEmpty()) {
                        writer.write(1, List.of(intake.prepare(JsonIo.parseObject("""
                                {"actor":{"mbox":"mailto:admin@x.org"},"verb":{"id":"http://adlnet.gov/expapi/verbs/voided"},
                                 "object":{"objectType":"StatementRef","id":"%s"}}""".formatted(
                                ids.remove(random.nextInt(ids.size()))), "test"), XapiVersion.V2_0_0, AUTHORITY,
                                "statement")));
                    }
                }
                case 5 -> {
                    // A StatementRef stored before its target: once the target arrives, the older reference is
                    // found under the target's Activity too (Communication 2.1.3.s3)
                    writer.write(1, List.of(intake.prepare(JsonIo.parseObject("""
                            {"actor":{"mbox":"mailto:admin@x.org"},"verb":{"id":"https://v/confirmed"},
                             "object":{"objectType":"StatementRef","id":"%s"}}""".formatted(id), "test"),
                            XapiVersion.V2_0_0, AUTHORITY, "statement")));
                    writer.write(1, List.of(intake.prepare(JsonIo.parseObject("""
                            {"id":"%s","actor":{"mbox":"mailto:pat@x.org"},"verb":{"id":"https://v/answered"},
                             "object":{"id":"%s"}}""".formatted(id, ACTIVITY), "test"), XapiVersion.V2_0_0, AUTHORITY,
                            "statement")));
                }
                default -> writer.write(1, List.of(mention()));
            }
            if (kind == 1 || kind == 3) {
                ids.add(id);
            }
            Definitions.Described cached = definitions.activity(1, ACTIVITY);
            Definitions.Described expected = fresh();
            assertEquals(expected.object(), cached.object(), "after statement " + i);
            assertEquals(expected.lastModified(), cached.lastModified(), "after statement " + i);
            if (i == 29 || i == 30) {
                // 29 plain mentions keep the first definition within the 30 statements read; the 30th pushes it out
                assertEquals(i == 29, cached.object().containsKey("definition"), "after statement " + i);
            }
        }
    }

    /**
     * An Activity nobody defines (like the cmi5 category named by most statements) is assembled once: plain mentions,
     * however many, cannot give it a definition, so they never make it be scanned again; a definition still does.
     */
    @Test
    void anActivityNobodyDefinesIsNotScannedAgainForPlainMentions() {
        int[] queries = {0};
        StatementReader counting = new StatementReader() {
            @Override
            public Page query(long store, StatementQuery q) {
                queries[0]++;
                return super.query(store, q);
            }
        };
        counting.dataSource = ds;
        counting.writer = writer;
        definitions.reader = counting;
        writer.write(1, List.of(mention()));
        assertFalse(definitions.activity(1, ACTIVITY).object().containsKey("definition"));
        int assembling = queries[0];
        assertTrue(assembling > 0, "the first read assembles it");
        for (int i = 0; i < 45; i++) { // more than the 30 statements read (scan window 3)
            writer.write(1, List.of(mention()));
            Definitions.Described cached = definitions.activity(1, ACTIVITY);
            assertEquals(fresh().object(), cached.object(), "after mention " + i);
            assertEquals(fresh().lastModified(), cached.lastModified(), "after mention " + i);
        }
        assertEquals(assembling, queries[0], "45 plain mentions made it be assembled again");
        writer.write(1, List.of(st("{\"name\":{\"en\":\"Late\"}}")));
        assertEquals("Late", definition().getJsonObject("name").getString("en"), "a definition drops the entry");
    }

    /** Communication 2.1.3.s3: a target arriving after its StatementRef makes that older reference a mention too. */
    @Test
    void aTargetArrivingAfterItsReferenceIsNoPlainMention() {
        writer.write(1, List.of(st("{\"name\":{\"en\":\"Defined\"}}")));
        for (int i = 0; i < 28; i++) {
            writer.write(1, List.of(mention()));
        }
        assertTrue(definitions.activity(1, ACTIVITY).object().containsKey("definition"), "29th of 30 read");
        String target = UUID.randomUUID().toString();
        writer.write(1, List.of(intake.prepare(JsonIo.parseObject("""
                {"actor":{"mbox":"mailto:admin@x.org"},"verb":{"id":"https://v/confirmed"},
                 "object":{"objectType":"StatementRef","id":"%s"}}""".formatted(target), "test"),
                XapiVersion.V2_0_0, AUTHORITY, "statement")));
        writer.write(1, List.of(intake.prepare(JsonIo.parseObject("""
                {"id":"%s","actor":{"mbox":"mailto:pat@x.org"},"verb":{"id":"https://v/answered"},"object":{"id":"%s"}}"""
                .formatted(target, ACTIVITY), "test"), XapiVersion.V2_0_0, AUTHORITY, "statement")));
        assertEquals(fresh().object(), definitions.activity(1, ACTIVITY).object());
        assertFalse(definitions.activity(1, ACTIVITY).object().containsKey("definition"),
                "the target and its reference pushed the definition out of the 30 statements read");
    }

    @Test
    void anActivityNoStatementMentionsHasNoLastModified() {
        Definitions.Described a = definitions.activity(1, "https://ex/never");
        assertEquals(OptionalLong.empty(), a.lastModified());
        assertEquals(Json.createObjectBuilder().add("objectType", "Activity").add("id", "https://ex/never").build(),
                a.object());
    }
}
