package org.scorelink.xapi.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.scorelink.xapi.control.StatementKeys.TermKind;
import org.scorelink.xapi.entity.StatementQuery;
import org.scorelink.xapi.entity.StoredStatement;

/**
 * The Activities and Agents resources' objects (Communication 2.4, 2.5), assembled at read time from the
 * newest stored statements that mention the Activity or Agent.
 *
 * <p>Only statements from clients that may define count ({@link DefinitionTables}: the others' ids are known,
 * their definitions and names are not used). Canonical Activity definition: the newest {@code scan}
 * non-voided statements that give the Activity a definition (as object, as a SubStatement's object or among
 * context activities) are read newest first, looking at no more than {@code MAX_PAGES * scan} statements that
 * mention it, plus the first statement that ever gave it an interaction definition; {@link ActivityDefinition}
 * merges them. Each answer carries the stored time of the newest statement that mentions the Activity or Agent
 * at all: whatever changes the answer (a new definition, a voiding statement, which inherits the voided one's
 * keys, a definition sliding out of the window) is such a statement, so it is a safe Last-Modified.
 */
@ApplicationScoped
public class Definitions {

    /** At most this many pages of {@code scan} statements are read looking for definitions. */
    private static final int MAX_PAGES = 10;

    @Resource(lookup = "jdbc/scorelink")
    DataSource dataSource;

    @Inject
    StatementReader reader;

    @Inject
    StatementWriter writer;

    @Inject
    @ConfigProperty(name = "scorelink.xapi.definition-scan", defaultValue = "200")
    int scan;

    @Inject
    @ConfigProperty(name = "scorelink.xapi.definition-cache", defaultValue = "4096")
    int cacheSize;

    private DefinitionCache cache;

    /** The cache of assembled Activities, told by the writer which Activities each commit mentions. */
    @PostConstruct
    void init() {
        cache = new DefinitionCache(Math.max(cacheSize, 0));
        writer.onCommit(cache::committed);
    }

    /**
     * An Activity or Person object and the stored time (µs) of the newest statement that mentions it; empty when
     * no statement does.
     */
    public record Described(JsonObject object, OptionalLong lastModified) {
    }

    /**
     * The Activity object with the canonical definition; only {@code objectType} and {@code id} if none. Kept in
     * a cache until a statement that mentions the Activity is stored ({@link DefinitionCache}).
     */
    public Described activity(long store, String iri) {
        return cache.get(store, iri, () -> assemble(store, iri));
    }

    /**
     * The canonical definitions of one response (format=canonical, Communication 2.1.3): each Activity is looked
     * up once however often the statements name it.
     */
    public StatementFormatter.CanonicalActivities canonicalActivities(long store) {
        Map<String, Optional<JsonObject>> seen = new HashMap<>();
        return iri -> seen.computeIfAbsent(iri, i ->
                Optional.ofNullable(activity(store, i).object().getJsonObject("definition")));
    }

    /**
     * Assembles the Activity and how many plain mentions (statements that contribute nothing) may still arrive
     * before the result could change: each pushes the oldest statement read out of the window of
     * {@code MAX_PAGES * scan}, which matters only once it reaches the oldest contributing one — never when none
     * contributed (an Activity nobody defines, such as a cmi5 category, is not scanned again for plain mentions).
     */
    private DefinitionCache.Assembled assemble(long store, String iri) {
        List<JsonObject> definitions = new ArrayList<>();
        Set<Long> used = new HashSet<>();
        int[] defining = {0};
        int[] read = {0};
        int[] oldestContributor = {0}; // position (1 = newest) of the oldest statement read that contributed
        OptionalLong newest = scan(store, Optional.empty(), Optional.of(iri), page -> {
            Map<Long, List<JsonObject>> given = new LinkedHashMap<>();
            Map<Long, Integer> position = new HashMap<>();
            for (StoredStatement s : page) {
                read[0]++;
                List<JsonObject> mine = of(s, iri);
                if (!mine.isEmpty()) {
                    given.put(s.seq(), mine);
                    position.put(s.seq(), read[0]);
                }
            }
            Set<Long> barred = withoutDefine(given.keySet());
            for (Map.Entry<Long, List<JsonObject>> e : given.entrySet()) {
                if (!barred.contains(e.getKey())) {
                    definitions.addAll(e.getValue());
                    used.add(e.getKey());
                    oldestContributor[0] = position.get(e.getKey());
                    if (++defining[0] >= scan) {
                        return true;
                    }
                }
            }
            return false;
        });
        firstInteraction(store, iri).filter(s -> !used.contains(s.seq()))
                .ifPresent(s -> definitions.addAll(of(s, iri)));
        JsonObjectBuilder out = JsonIo.object().add("objectType", "Activity").add("id", iri);
        JsonObject definition = ActivityDefinition.merge(definitions);
        if (!definition.isEmpty()) {
            out.add("definition", definition);
        }
        // Nothing read contributed: plain mentions only slide more non-contributing statements into the window,
        // so only a statement that may contribute (which drops the entry) can change the answer.
        int slack = oldestContributor[0] == 0 ? Integer.MAX_VALUE : MAX_PAGES * scan - oldestContributor[0];
        return new DefinitionCache.Assembled(new Described(out.build(), newest), slack);
    }

    /**
     * The Person object for an Agent (Communication 2.4.s5): its identifier (Scorelink links no identities) and
     * every {@code name} the newest {@code scan} statements that mention it (broadly) give that Agent, newest
     * first. Names given to a Group with the same identifier are not the Agent's.
     */
    public Described person(long store, JsonObject agent, String key) {
        Set<String> names = new LinkedHashSet<>();
        int[] read = {0};
        OptionalLong newest = scan(store, Optional.of(key), Optional.empty(), page -> {
            Map<Long, List<String>> given = new LinkedHashMap<>();
            for (StoredStatement s : page) {
                List<String> mine = new ArrayList<>(1);
                agents(JsonIo.parseObject(s.body(), "stored statement"), a -> {
                    if (!AgentKeys.isGroup(a) && a.get("name") instanceof JsonString n
                            && AgentKeys.ifiKey(a).filter(key::equals).isPresent()) {
                        mine.add(n.getString());
                    }
                });
                if (!mine.isEmpty()) {
                    given.put(s.seq(), mine);
                }
            }
            Set<Long> barred = withoutDefine(given.keySet());
            given.forEach((seq, mine) -> {
                if (!barred.contains(seq)) {
                    names.addAll(mine);
                }
            });
            read[0] += page.size();
            return read[0] >= scan;
        });
        JsonObjectBuilder out = JsonIo.object().add("objectType", "Person");
        if (!names.isEmpty()) {
            JsonArrayBuilder n = JsonIo.array();
            names.forEach(n::add);
            out.add("name", n);
        }
        for (String ifi : AgentKeys.IFIS) {
            if (agent.containsKey(ifi)) {
                out.add(ifi, JsonIo.array().add(agent.get(ifi)));
            }
        }
        return new Described(out.build(), newest);
    }

    /**
     * Feeds the store's non-voided statements about the agent or activity (broadly: related too) to
     * {@code visit} page by page, newest first, until it answers true or {@code MAX_PAGES} pages were read.
     * Answers the storage sequence of the newest statement read.
     */
    private OptionalLong scan(long store, Optional<String> agent, Optional<String> activity,
            Function<List<StoredStatement>, Boolean> visit) {
        StatementQuery q = new StatementQuery(agent, agent.isPresent(), Optional.empty(), activity,
                activity.isPresent(), Optional.empty(), 0, writer.committedSeq(), scan, false, Optional.empty());
        OptionalLong newest = OptionalLong.empty();
        for (int page = 0; page < MAX_PAGES; page++) {
            StatementReader.Page p = reader.query(store, q);
            if (p.statements().isEmpty()) {
                break;
            }
            if (newest.isEmpty()) {
                newest = OptionalLong.of(p.statements().get(0).seq());
            }
            if (visit.apply(p.statements()) || !p.more()) {
                break;
            }
            q = q.next(p.statements().get(p.statements().size() - 1).seq());
        }
        return newest;
    }

    private static List<JsonObject> of(StoredStatement s, String iri) {
        List<JsonObject> out = new ArrayList<>(1);
        ActivityDefinition.forEach(JsonIo.parseObject(s.body(), "stored statement"), (id, d) -> {
            if (id.equals(iri)) {
                out.add(d);
            }
        });
        return out;
    }

    private Set<Long> withoutDefine(Set<Long> seqs) {
        if (seqs.isEmpty()) {
            return Set.of();
        }
        try (Connection c = dataSource.getConnection()) {
            return DefinitionTables.withoutDefine(c, seqs);
        } catch (SQLException e) {
            throw new IllegalStateException("reading definition sources failed", e);
        }
    }

    /** The first non-voided statement that gave the Activity an interaction definition, if recorded. */
    private Optional<StoredStatement> firstInteraction(long store, String iri) {
        try (Connection c = dataSource.getConnection()) {
            OptionalInt tid = writer.terms().find(c, store, TermKind.ACTIVITY, iri);
            if (tid.isEmpty()) {
                return Optional.empty();
            }
            OptionalLong seq = DefinitionTables.firstInteraction(c, tid.getAsInt());
            return seq.isPresent() ? StatementReader.bySeq(c, seq.getAsLong()) : Optional.empty();
        } catch (SQLException e) {
            throw new IllegalStateException("reading the first interaction definition failed", e);
        }
    }

    /** Calls {@code sink} with every Agent or Group object a statement names, Group members included. */
    private static void agents(JsonObject statement, Consumer<JsonObject> sink) {
        Consumer<JsonValue> one = new Consumer<>() {
            @Override
            public void accept(JsonValue v) {
                if (v instanceof JsonObject a) {
                    sink.accept(a);
                    if (a.get("member") instanceof JsonArray members) {
                        members.forEach(this);
                    }
                }
            }
        };
        agentsOf(statement, one);
        one.accept(statement.get("authority"));
        if (statement.get("object") instanceof JsonObject o && "SubStatement".equals(o.getString("objectType", ""))) {
            agentsOf(o, one);
        }
    }

    private static void agentsOf(JsonObject statement, Consumer<JsonValue> one) {
        one.accept(statement.get("actor"));
        if (statement.get("object") instanceof JsonObject o
                && ("Agent".equals(o.getString("objectType", "")) || "Group".equals(o.getString("objectType", "")))) {
            one.accept(o);
        }
        if (statement.get("context") instanceof JsonObject c) {
            one.accept(c.get("instructor"));
            one.accept(c.get("team"));
            if (c.get("contextAgents") instanceof JsonArray list) {
                list.forEach(v -> {
                    if (v instanceof JsonObject ca) {
                        one.accept(ca.get("agent"));
                    }
                });
            }
            if (c.get("contextGroups") instanceof JsonArray list) {
                list.forEach(v -> {
                    if (v instanceof JsonObject cg) {
                        one.accept(cg.get("group"));
                    }
                });
            }
        }
    }
}
