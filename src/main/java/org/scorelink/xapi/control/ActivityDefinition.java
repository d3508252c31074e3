package org.scorelink.xapi.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The rules that turn the definitions stored statements gave one Activity into its canonical definition
 * (Data 2.4.4.1.s4; IEEE 9274.1.1 4.2.4.3). Pure functions: {@link Definitions} decides which statements count.
 *
 * <ul>
 * <li>{@code name}, {@code description} and each interaction component's {@code description} are language
 * maps: merged per language, the newest definition that has a language winning (corrections, b4).</li>
 * <li>{@code extensions}: merged per key, the newest winning; {@code type} and {@code moreInfo}: the newest
 * definition that has them (b3: a provider allowed to define updates the definition).</li>
 * <li>The interaction — {@code interactionType}, {@code correctResponsesPattern} and the ids and order of the
 * {@code choices}, {@code scale}, {@code source}, {@code target} and {@code steps} components — is what
 * gives an answer its meaning: each of these comes from the oldest definition that supplied it, and only
 * definitions of the same {@code interactionType} are consulted (b5: no significant changes, such as to
 * the correct responses).</li>
 * </ul>
 */
public final class ActivityDefinition {

    static final List<String> COMPONENT_LISTS = List.of("choices", "scale", "source", "target", "steps");
    static final List<String> CONTEXT_LISTS = List.of("parent", "grouping", "category", "other");

    private ActivityDefinition() {
    }

    /**
     * Calls {@code sink} with the id and definition of every Activity a statement defines, in this order: the
     * object, a SubStatement's object and context activities, the context activities.
     */
    static void forEach(JsonObject statement, BiConsumer<String, JsonObject> sink) {
        Consumer<JsonValue> one = v -> {
            if (v instanceof JsonObject a && a.get("id") instanceof JsonString id
                    && "Activity".equals(a.getString("objectType", "Activity"))
                    && a.get("definition") instanceof JsonObject d) {
                sink.accept(id.getString(), d);
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

    /** The canonical definition from an Activity's definitions, newest first; empty when there are none. */
    public static JsonObject merge(List<JsonObject> newestFirst) {
        Map<String, Map<String, JsonValue>> maps = new LinkedHashMap<>();
        Map<String, JsonValue> plain = new LinkedHashMap<>();
        for (JsonObject d : newestFirst) {
            for (String key : List.of("name", "description", "extensions")) {
                if (d.get(key) instanceof JsonObject map) {
                    map.forEach(maps.computeIfAbsent(key, k -> new LinkedHashMap<>())::putIfAbsent);
                }
            }
            for (String key : List.of("type", "moreInfo")) {
                if (d.containsKey(key)) {
                    plain.putIfAbsent(key, d.get(key));
                }
            }
        }
        JsonObjectBuilder out = JsonIo.object();
        addMap(out, "name", maps.get("name"));
        addMap(out, "description", maps.get("description"));
        for (String key : List.of("type", "moreInfo")) {
            if (plain.containsKey(key)) {
                out.add(key, plain.get(key));
            }
        }
        interaction(newestFirst, out);
        addMap(out, "extensions", maps.get("extensions"));
        return out.build();
    }

    private static void interaction(List<JsonObject> newestFirst, JsonObjectBuilder out) {
        List<JsonObject> same = new ArrayList<>(); // definitions of the oldest interactionType, oldest first
        String type = null;
        for (int i = newestFirst.size() - 1; i >= 0; i--) {
            JsonObject d = newestFirst.get(i);
            if (d.get("interactionType") instanceof JsonString t) {
                if (type == null) {
                    type = t.getString();
                }
                if (type.equals(t.getString())) {
                    same.add(d);
                }
            }
        }
        if (type == null) {
            return;
        }
        out.add("interactionType", type);
        same.stream().filter(d -> d.containsKey("correctResponsesPattern")).findFirst()
                .ifPresent(d -> out.add("correctResponsesPattern", d.get("correctResponsesPattern")));
        for (String list : COMPONENT_LISTS) {
            same.stream().filter(d -> d.get(list) instanceof JsonArray).findFirst()
                    .ifPresent(first -> out.add(list, components(list, first.getJsonArray(list), same)));
        }
    }

    /** The first list's components, each with its description merged over every list of the same type. */
    private static JsonArray components(String list, JsonArray first, List<JsonObject> oldestFirst) {
        var array = JsonIo.array();
        for (JsonValue v : first) {
            if (!(v instanceof JsonObject component) || !(component.get("id") instanceof JsonString id)) {
                continue;
            }
            Map<String, JsonValue> description = new LinkedHashMap<>();
            for (int i = oldestFirst.size() - 1; i >= 0; i--) {
                if (oldestFirst.get(i).get(list) instanceof JsonArray other) {
                    for (JsonValue o : other) {
                        if (o instanceof JsonObject c && id.equals(c.get("id"))
                                && c.get("description") instanceof JsonObject map) {
                            map.forEach(description::putIfAbsent);
                        }
                    }
                }
            }
            JsonObjectBuilder c = JsonIo.object().add("id", id);
            addMap(c, "description", description);
            array.add(c);
        }
        return array.build();
    }

    private static void addMap(JsonObjectBuilder out, String key, Map<String, JsonValue> map) {
        if (map != null && !map.isEmpty()) {
            JsonObjectBuilder m = JsonIo.object();
            map.forEach(m::add);
            out.add(key, m);
        }
    }
}
