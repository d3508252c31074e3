package org.scorelink.xapi.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.scorelink.xapi.entity.StatementQuery;
import org.scorelink.xapi.entity.StoredStatement;

/**
 * The Activities and Agents resources' objects (Communication 2.4, 2.5), assembled at read time from the
 * newest stored statements that mention the Activity or Agent. Nothing is written on the ingest path.
 *
 * <p>Canonical Activity definition (Data 2.4.4.1.s4): the newest {@code scan} non-voided statements that give
 * the Activity a definition (as object, as a SubStatement's object or among context activities) are read
 * newest first, looking at no more than {@code MAX_PAGES * scan} statements that mention it;
 * language maps ({@code name}, {@code description}) and {@code extensions} are merged per key, the newest
 * statement winning; every other property comes from the newest statement that has it.
 */
@ApplicationScoped
public class Definitions {

    private static final List<String> CONTEXT_LISTS = List.of("parent", "grouping", "category", "other");
    private static final Set<String> MERGED = Set.of("name", "description", "extensions");
    /** At most this many pages of {@code scan} statements are read looking for definitions. */
    private static final int MAX_PAGES = 10;

    @Inject
    StatementReader reader;

    @Inject
    StatementWriter writer;

    @Inject
    @ConfigProperty(name = "scorelink.xapi.definition-scan", defaultValue = "200")
    int scan;

    /** The Activity object with the canonical definition; only {@code objectType} and {@code id} if none. */
    public JsonObject activity(long store, String iri) {
        Map<String, Map<String, JsonValue>> merged = new LinkedHashMap<>();
        Map<String, JsonValue> plain = new LinkedHashMap<>();
        int[] defining = {0};
        scan(store, Optional.empty(), Optional.of(iri), s -> {
            JsonObject body = JsonIo.parseObject(s.body(), "stored statement");
            boolean[] found = {false};
            activities(body, iri, definition -> {
                found[0] = true;
                for (Map.Entry<String, JsonValue> e : definition.entrySet()) {
                    if (MERGED.contains(e.getKey()) && e.getValue() instanceof JsonObject map) {
                        Map<String, JsonValue> into = merged.computeIfAbsent(e.getKey(), k -> new LinkedHashMap<>());
                        map.forEach(into::putIfAbsent);
                    } else {
                        plain.putIfAbsent(e.getKey(), e.getValue());
                    }
                }
            });
            return found[0] && ++defining[0] >= scan;
        });
        JsonObjectBuilder out = JsonIo.object().add("objectType", "Activity").add("id", iri);
        if (!merged.isEmpty() || !plain.isEmpty()) {
            JsonObjectBuilder def = JsonIo.object();
            merged.forEach((k, map) -> {
                JsonObjectBuilder m = JsonIo.object();
                map.forEach(m::add);
                def.add(k, m);
            });
            plain.forEach(def::add);
            out.add("definition", def);
        }
        return out.build();
    }

    /**
     * The Person object for an Agent: its identifier (Scorelink links no identities) and every {@code name}
     * the newest {@code scan} statements that mention it (broadly) give it, newest first.
     */
    public JsonObject person(long store, JsonObject agent, String key) {
        Set<String> names = new LinkedHashSet<>();
        int[] read = {0};
        scan(store, Optional.of(key), Optional.empty(), s -> {
            JsonObject body = JsonIo.parseObject(s.body(), "stored statement");
            agents(body, a -> {
                if (a.get("name") instanceof JsonString n && AgentKeys.ifiKey(a).filter(key::equals).isPresent()) {
                    names.add(n.getString());
                }
            });
            return ++read[0] >= scan;
        });
        JsonObjectBuilder out = JsonIo.object().add("objectType", "Person");
        if (!names.isEmpty()) {
            JsonArrayBuilder n = JsonIo.array();
            names.forEach(n::add);
            out.add("name", n);
        }
        for (String ifi : List.of("mbox", "mbox_sha1sum", "openid", "account")) {
            if (agent.containsKey(ifi)) {
                out.add(ifi, JsonIo.array().add(agent.get(ifi)));
            }
        }
        return out.build();
    }

    /**
     * Feeds the store's non-voided statements about the agent or activity (broadly: related too) to
     * {@code visit}, newest first, page by page, until it answers true or {@code MAX_PAGES} pages were read.
     */
    private void scan(long store, Optional<String> agent, Optional<String> activity,
            Predicate<StoredStatement> visit) {
        StatementQuery q = new StatementQuery(agent, agent.isPresent(), Optional.empty(), activity,
                activity.isPresent(), Optional.empty(), 0, writer.committedSeq(), scan, false, Optional.empty());
        for (int page = 0; page < MAX_PAGES; page++) {
            StatementReader.Page p = reader.query(store, q);
            for (StoredStatement s : p.statements()) {
                if (visit.test(s)) {
                    return;
                }
            }
            if (!p.more()) {
                return;
            }
            q = q.next(p.statements().get(p.statements().size() - 1).seq());
        }
    }

    /** Calls {@code sink} with each definition given to Activity {@code iri} in a statement. */
    private static void activities(JsonObject statement, String iri, Consumer<JsonObject> sink) {
        Consumer<JsonValue> one = v -> {
            if (v instanceof JsonObject a && iri.equals(a.getString("id", null))
                    && "Activity".equals(a.getString("objectType", "Activity"))
                    && a.get("definition") instanceof JsonObject d) {
                sink.accept(d);
            }
        };
        one.accept(statement.get("object"));
        if (statement.get("object") instanceof JsonObject o && "SubStatement".equals(o.getString("objectType", ""))) {
            one.accept(o.get("object"));
            contextActivities(o, one);
        }
        contextActivities(statement, one);
    }

    private static void contextActivities(JsonObject statement, Consumer<JsonValue> one) {
        if (statement.get("context") instanceof JsonObject c && c.get("contextActivities") instanceof JsonObject ca) {
            for (String list : CONTEXT_LISTS) {
                JsonValue v = ca.get(list);
                if (v instanceof JsonArray a) {
                    a.forEach(one);
                } else if (v != null) {
                    one.accept(v);
                }
            }
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
