package org.scorelink.xapi.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Decides whether a statement received again under an existing id is "the same" statement (Data 2.3.1.s9):
 * differences that the immutability exceptions allow (Data 2.3.1.b1-b7) are ignored, everything else counts.
 */
public final class StatementComparator {

    /** Properties the LRS may assign (Data 2.3.1.b1). Timestamp is compared as an instant when both have one. */
    private static final Set<String> LRS_ASSIGNED = Set.of("id", "authority", "stored", "version", "timestamp");

    private StatementComparator() {
    }

    public static boolean same(JsonObject stored, JsonObject received) {
        if (!timestampsAgree(stored, received)) {
            return false;
        }
        return normalize(stored, true).equals(normalize(received, true));
    }

    private static boolean timestampsAgree(JsonObject a, JsonObject b) {
        if (a.get("timestamp") instanceof JsonString ta && b.get("timestamp") instanceof JsonString tb) {
            var ia = Timestamps.parse(ta.getString());
            var ib = Timestamps.parse(tb.getString());
            return ia.isPresent() && ia.equals(ib);
        }
        return true; // one side had it assigned by the LRS
    }

    private static JsonValue normalize(JsonValue value, boolean top) {
        return switch (value.getValueType()) {
            case OBJECT -> normalizeObject(value.asJsonObject(), top);
            case ARRAY -> {
                JsonArrayBuilder b = JsonIo.array();
                value.asJsonArray().forEach(v -> b.add(normalize(v, false)));
                yield b.build();
            }
            default -> value;
        };
    }

    private static JsonObject normalizeObject(JsonObject o, boolean top) {
        JsonObjectBuilder b = JsonIo.object();
        for (Map.Entry<String, JsonValue> e : o.entrySet()) {
            String k = e.getKey();
            if (top && LRS_ASSIGNED.contains(k)) {
                continue;
            }
            if (k.equals("definition") || k.equals("display")) {
                continue; // activity definitions and verb displays are not part of the statement (b2, b3)
            }
            if (k.equals("extensions")) {
                b.add(k, e.getValue()); // compared exactly
            } else if (k.equals("mbox") && e.getValue() instanceof JsonString s) {
                b.add(k, s.getString().toLowerCase(Locale.ROOT));
            } else if (k.equals("member") && e.getValue() instanceof JsonArray members) {
                b.add(k, sortedMembers(members)); // group members are unordered (b5)
            } else if (k.equals("timestamp") && e.getValue() instanceof JsonString s) {
                b.add(k, Timestamps.parse(s.getString()).map(Object::toString).orElse(s.getString()));
            } else {
                b.add(k, normalize(e.getValue(), false));
            }
        }
        return b.build();
    }

    private static JsonArray sortedMembers(JsonArray members) {
        List<JsonValue> list = new ArrayList<>();
        members.forEach(m -> list.add(normalize(m, false)));
        list.sort(Comparator.comparing(JsonValue::toString));
        JsonArrayBuilder b = JsonIo.array();
        list.forEach(b::add);
        return b.build();
    }
}
