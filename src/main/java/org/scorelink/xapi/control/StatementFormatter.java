package org.scorelink.xapi.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.scorelink.xapi.entity.StatementFormat;
import org.scorelink.xapi.entity.StoredStatement;

/**
 * Turns a stored statement into response JSON in the requested format (Communication 2.1.3). {@code exact}
 * costs no parsing: {@code stored} (and a defaulted {@code timestamp}) are spliced in front of the stored text.
 */
public final class StatementFormatter {

    private static final Set<String> LANGUAGE_MAPS = Set.of("name", "description", "display");

    /** The LRS's canonical Activity definitions (what {@code GET /xapi/activities} returns), for format=canonical. */
    @FunctionalInterface
    public interface CanonicalActivities {
        /** The canonical definition of the Activity; empty when the LRS has none. */
        Optional<JsonObject> definition(String iri);
    }

    private StatementFormatter() {
    }

    /** format=canonical here filters the language maps of the statement's own definitions. */
    public static String format(StoredStatement s, StatementFormat format, List<Locale.LanguageRange> languages) {
        return format(s, format, languages, null);
    }

    /**
     * With {@code canonical} (format=canonical only), every Activity (object, context activities, a SubStatement's
     * object and context activities) carries the LRS's canonical definition instead of the one the statement gave
     * (none when the LRS has none), then one language per language map is kept (2.1.3.s4). Agents and Groups are
     * returned as in exact; Verbs keep the statement's display, language-filtered.
     */
    public static String format(StoredStatement s, StatementFormat format, List<Locale.LanguageRange> languages,
            CanonicalActivities canonical) {
        String exact = exact(s);
        if (format == StatementFormat.EXACT) {
            return exact;
        }
        JsonObject statement = JsonIo.parseObject(exact, "stored statement");
        if (format == StatementFormat.IDS) {
            return JsonIo.write(idsStatement(statement));
        }
        if (canonical != null) {
            statement = withCanonicalDefinitions(statement, canonical);
        }
        return JsonIo.write(canonical(statement, languages));
    }

    static String exact(StoredStatement s) {
        String stored = Micros.format(s.seq());
        StringBuilder b = new StringBuilder(s.body().length() + 80);
        b.append("{\"stored\":\"").append(stored).append('"');
        if (s.timestampAbsent()) {
            b.append(",\"timestamp\":\"").append(stored).append('"');
        }
        String rest = s.body().substring(1).stripLeading();
        if (!rest.startsWith("}")) {
            b.append(',');
        }
        return b.append(rest).toString();
    }

    // ---- format=ids: only what identifies Agents, Groups, Activities and Verbs (2.1.3; 2.0 4.1.6.1) -----

    private static JsonObject idsStatement(JsonObject st) {
        JsonObjectBuilder b = JsonIo.object();
        for (Map.Entry<String, JsonValue> e : st.entrySet()) {
            switch (e.getKey()) {
                case "actor", "authority" -> b.add(e.getKey(), idsActor(e.getValue().asJsonObject()));
                case "verb" -> b.add("verb", JsonIo.object().add("id", st.getJsonObject("verb").getString("id")));
                case "object" -> b.add("object", idsObject(e.getValue().asJsonObject()));
                case "context" -> b.add("context", idsContext(e.getValue().asJsonObject()));
                default -> b.add(e.getKey(), e.getValue());
            }
        }
        return b.build();
    }

    private static JsonObject idsActor(JsonObject actor) {
        JsonObjectBuilder b = JsonIo.object();
        if (actor.containsKey("objectType")) {
            b.add("objectType", actor.get("objectType"));
        }
        boolean identified = false;
        for (String ifi : AgentKeys.IFIS) {
            if (actor.containsKey(ifi)) {
                b.add(ifi, actor.get(ifi));
                identified = true;
            }
        }
        if (!identified && actor.get("member") instanceof JsonArray members) {
            JsonArrayBuilder m = JsonIo.array();
            members.forEach(v -> m.add(idsActor(v.asJsonObject())));
            b.add("member", m);
        }
        return b.build();
    }

    private static JsonObject idsObject(JsonObject object) {
        String type = object.getString("objectType", "Activity");
        return switch (type) {
            case "Agent", "Group" -> idsActor(object);
            case "StatementRef" -> object;
            case "SubStatement" -> idsStatement(object);
            // An Activity is identified by its id alone; objectType "Activity" is the default (Data 2.4.4.s2)
            default -> JsonIo.object().add("id", object.getString("id")).build();
        };
    }

    private static JsonObject idsContext(JsonObject context) {
        JsonObjectBuilder b = JsonIo.object();
        for (Map.Entry<String, JsonValue> e : context.entrySet()) {
            switch (e.getKey()) {
                case "instructor", "team" -> b.add(e.getKey(), idsActor(e.getValue().asJsonObject()));
                case "contextAgents" -> b.add(e.getKey(), idsContextActors(e.getValue(), "agent"));
                case "contextGroups" -> b.add(e.getKey(), idsContextActors(e.getValue(), "group"));
                case "contextActivities" -> {
                    JsonObjectBuilder ca = JsonIo.object();
                    e.getValue().asJsonObject().forEach((k, v) -> ca.add(k, mapActivities(v, StatementFormatter::idsObject)));
                    b.add(e.getKey(), ca);
                }
                default -> b.add(e.getKey(), e.getValue());
            }
        }
        return b.build();
    }

    /** xAPI 2.0 contextAgents / contextGroups: the Agent or Group in each reduced to what identifies it. */
    private static JsonArray idsContextActors(JsonValue list, String member) {
        JsonArrayBuilder a = JsonIo.array();
        for (JsonValue v : list.asJsonArray()) {
            JsonObjectBuilder b = JsonIo.object(v.asJsonObject());
            b.add(member, idsActor(v.asJsonObject().getJsonObject(member)));
            a.add(b);
        }
        return a.build();
    }

    private static JsonValue mapActivities(JsonValue v, java.util.function.UnaryOperator<JsonObject> f) {
        if (v instanceof JsonArray list) {
            JsonArrayBuilder a = JsonIo.array();
            list.forEach(item -> a.add(f.apply(item.asJsonObject())));
            return a.build();
        }
        return f.apply(v.asJsonObject());
    }

    // ---- format=canonical: the LRS's definitions (2.1.3 format table) ------------------------------------

    private static JsonObject withCanonicalDefinitions(JsonObject st, CanonicalActivities canonical) {
        JsonObjectBuilder b = JsonIo.object(st);
        if (st.get("object") instanceof JsonObject o) {
            String type = o.getString("objectType", "Activity");
            if ("Activity".equals(type)) {
                b.add("object", withCanonicalDefinition(o, canonical));
            } else if ("SubStatement".equals(type)) {
                JsonObjectBuilder sub = JsonIo.object(o);
                if (o.get("object") instanceof JsonObject so && "Activity".equals(so.getString("objectType", "Activity"))) {
                    sub.add("object", withCanonicalDefinition(so, canonical));
                }
                contextActivities(o, sub, canonical);
                b.add("object", sub);
            }
        }
        contextActivities(st, b, canonical);
        return b.build();
    }

    private static void contextActivities(JsonObject st, JsonObjectBuilder b, CanonicalActivities canonical) {
        if (!(st.get("context") instanceof JsonObject context)
                || !(context.get("contextActivities") instanceof JsonObject ca)) {
            return;
        }
        JsonObjectBuilder lists = JsonIo.object(ca);
        for (String list : ActivityDefinition.CONTEXT_LISTS) {
            if (ca.containsKey(list)) {
                lists.add(list, mapActivities(ca.get(list), a -> withCanonicalDefinition(a, canonical)));
            }
        }
        b.add("context", JsonIo.object(context).add("contextActivities", lists));
    }

    /** The Activity with the canonical definition in place of its own, or without one when the LRS has none. */
    private static JsonObject withCanonicalDefinition(JsonObject activity, CanonicalActivities canonical) {
        if (!(activity.get("id") instanceof JsonString id)) {
            return activity;
        }
        Optional<JsonObject> definition = canonical.definition(id.getString());
        JsonObjectBuilder b = JsonIo.object(activity);
        if (definition.isPresent() && !definition.get().isEmpty()) {
            b.add("definition", definition.get());
        } else {
            b.remove("definition");
        }
        return b.build();
    }

    // ---- format=canonical: one language per language map, chosen by Accept-Language (2.1.3.s4) ----------

    private static JsonObject canonical(JsonObject value, List<Locale.LanguageRange> languages) {
        return (JsonObject) canonicalValue(value, null, languages);
    }

    private static JsonValue canonicalValue(JsonValue value, String key, List<Locale.LanguageRange> languages) {
        if (value instanceof JsonObject o) {
            if ("extensions".equals(key)) {
                return o;
            }
            if (key != null && LANGUAGE_MAPS.contains(key)) {
                return LanguageMaps.pick(o, languages);
            }
            JsonObjectBuilder b = JsonIo.object();
            o.forEach((k, v) -> b.add(k, canonicalValue(v, k, languages)));
            return b.build();
        }
        if (value instanceof JsonArray a) {
            JsonArrayBuilder b = JsonIo.array();
            boolean components = key != null && ActivityDefinition.COMPONENT_LISTS.contains(key);
            a.forEach(v -> b.add(components || v instanceof JsonObject || v instanceof JsonArray
                    ? canonicalValue(v, null, languages) : v));
            return b.build();
        }
        return value;
    }
}
