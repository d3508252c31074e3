package org.scorelink.xapi.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Map;
import org.scorelink.xapi.entity.XapiVersion;

/**
 * Checks a statement against every rule of the xAPI Data part (xAPI 1.0.3 Data section 2 and 4;
 * xAPI 2.0 = IEEE 9274.1.1 section 4.2), for the version of the request.
 *
 * <p>Rejections are {@link XapiException#invalid(String, String)} with the full property path from
 * the given prefix (e.g. {@code statements[3].context.contextActivities.parent[0].id}) and the rule
 * broken with its spec section. Map keys (language tags, extension IRIs) appear in the path as
 * {@code ["key"]}.
 *
 * <p>Stateless and thread-safe. Built for the ingest hot path: one pass over every JSON object
 * (each property is dispatched by a {@code switch}, which also rejects unknown properties), no
 * regular expressions, no exceptions except the one reporting the rule broken, and paths are only
 * rendered when a rule is broken.
 *
 * <p>Not checkable here: duplicate keys in one JSON object (Data 2.2.s2.b2) are lost by the JSON
 * parser before the statement reaches the validator; the parser has to reject them.
 */
public class StatementValidator {

    /** The reserved voiding verb (Data 2.3.2). */
    public static final String VOIDED = "http://adlnet.gov/expapi/verbs/voided";

    private static final String V2 = "xAPI 2.0 4.2.2.5";

    /**
     * Validates one statement as a client sent it.
     *
     * @param statement the statement
     * @param version   the request's xAPI version
     * @param path      the property path of the statement in the request, e.g. {@code statements[3]}
     * @throws XapiException BAD_REQUEST naming the property path and the rule broken
     */
    public void validate(JsonObject statement, XapiVersion version, String path) {
        Loc root = Loc.root(path);
        if (statement == null) {
            throw XapiException.invalid(root.toString(), "must be a JSON object (Data 2.4)");
        }
        statement(statement, version == null ? XapiVersion.V2_0_0 : version, root, false);
    }

    /** Validates an Agent or Group (as used in the {@code agent} query parameter). */
    public void validateActor(JsonObject actor, XapiVersion version, String path) {
        Loc root = Loc.root(path);
        if (actor == null) {
            throw XapiException.invalid(root.toString(), "must be an Agent or Group object (Data 2.4.2)");
        }
        actor(actor, root, false, ANY, "Data 2.4.2");
    }

    // ------------------------------------------------------------------------------------------
    // Statement / SubStatement

    private void statement(JsonObject s, XapiVersion v, Loc loc, boolean sub) {
        boolean actor = false;
        boolean verb = false;
        boolean object = false;
        for (Map.Entry<String, JsonValue> e : s.entrySet()) {
            String k = e.getKey();
            JsonValue val = e.getValue();
            switch (k) {
                case "id":
                    notInSub(sub, loc, k);
                    uuid(val, loc, k, "Data 2.4.1");
                    break;
                case "actor":
                    actor(object(val, loc, k), loc.child(k), false, ANY, "Data 2.4.2");
                    actor = true;
                    break;
                case "verb":
                    verb(object(val, loc, k), loc.child(k));
                    verb = true;
                    break;
                case "object":
                    statementObject(object(val, loc, k), v, loc.child(k), sub);
                    object = true;
                    break;
                case "result":
                    result(object(val, loc, k), loc.child(k));
                    break;
                case "context":
                    context(object(val, loc, k), v, loc.child(k), isActivity(s.get("object")));
                    break;
                case "timestamp":
                    timestamp(val, v, loc, k, "Data 2.4.7");
                    break;
                case "stored":
                    notInSub(sub, loc, k);
                    timestamp(val, v, loc, k, "Data 2.4.8");
                    break;
                case "authority":
                    notInSub(sub, loc, k);
                    authority(object(val, loc, k), loc.child(k));
                    break;
                case "version":
                    notInSub(sub, loc, k);
                    version(val, v, loc, k);
                    break;
                case "attachments":
                    attachments(array(val, loc, k), loc.child(k));
                    break;
                case "objectType":
                    if (!sub) {
                        throw unknown(loc, k);
                    }
                    if (!"SubStatement".equals(string(val, loc, k))) {
                        throw fail(loc, k, "must be \"SubStatement\" (Data 2.4.4.3.s8.b1)");
                    }
                    break;
                default:
                    throw unknown(loc, k);
            }
        }
        String section = sub ? "Data 2.4.4.3.s8.b2" : "Data 2.2.s2.b3";
        if (!actor) {
            throw fail(loc, "actor", "is required (" + section + ")");
        }
        if (!verb) {
            throw fail(loc, "verb", "is required (" + section + ")");
        }
        if (!object) {
            throw fail(loc, "object", "is required (" + section + ")");
        }
        if (!sub) {
            JsonValue verbId = s.getJsonObject("verb").get("id");
            if (verbId instanceof JsonString && VOIDED.equals(((JsonString) verbId).getString())) {
                JsonValue ot = s.getJsonObject("object").get("objectType");
                if (!(ot instanceof JsonString) || !"StatementRef".equals(((JsonString) ot).getString())) {
                    throw fail(loc.child("object"), "objectType",
                            "must be \"StatementRef\" in a voiding Statement (Data 2.3.2.s2.b1)");
                }
            }
        }
    }

    private static void notInSub(boolean sub, Loc loc, String k) {
        if (sub) {
            throw fail(loc, k, "must not be used in a SubStatement (Data 2.4.4.3.s8.b3)");
        }
    }

    private static boolean isActivity(JsonValue object) {
        if (!(object instanceof JsonObject)) {
            return true; // the object itself is reported
        }
        JsonValue ot = ((JsonObject) object).get("objectType");
        return ot == null || (ot instanceof JsonString && "Activity".equals(((JsonString) ot).getString()));
    }

    private void version(JsonValue val, XapiVersion v, Loc loc, String k) {
        String s = string(val, loc, k);
        boolean ok = isVersion(s, '1') || (v.isTwo() && isVersion(s, '2'));
        if (!ok) {
            throw fail(loc, k, v.isTwo()
                    ? "must be 1.0, 1.0.x, 2.0 or 2.0.x (xAPI 2.0 4.1.7)"
                    : "must be 1.0 or 1.0.x (Data 2.4.10.s3.b2)");
        }
    }

    /** "M.0" or "M.0.patch". */
    private static boolean isVersion(String s, char major) {
        int n = s.length();
        if (n < 3 || s.charAt(0) != major || s.charAt(1) != '.' || s.charAt(2) != '0') {
            return false;
        }
        if (n == 3) {
            return true;
        }
        if (n == 4 || s.charAt(3) != '.') {
            return false;
        }
        for (int i = 4; i < n; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return n == 5 || s.charAt(4) != '0'; // no leading zeros (SemVer)
    }

    // ------------------------------------------------------------------------------------------
    // Actors

    private static final int ANY = 0;
    private static final int AGENT = 1;
    private static final int GROUP = 2;

    /**
     * Agent or Group.
     *
     * @param requireType objectType must be present (Statement object, Data 2.4.4.2)
     * @param only        ANY, AGENT or GROUP
     */
    private void actor(JsonObject a, Loc loc, boolean requireType, int only, String section) {
        JsonValue ot = a.get("objectType");
        boolean group;
        if (ot == null) {
            if (requireType || only == GROUP) {
                throw fail(loc, "objectType", only == GROUP
                        ? "is required: must be \"Group\" (" + section + ")"
                        : "is required when an Agent or Group is the object (Data 2.4.4.2.s1.b1)");
            }
            group = false;
        } else {
            String t = string(ot, loc, "objectType");
            if ("Agent".equals(t)) {
                group = false;
            } else if ("Group".equals(t)) {
                group = true;
            } else {
                throw fail(loc, "objectType", only == AGENT ? "must be \"Agent\" (" + section + ")"
                        : only == GROUP ? "must be \"Group\" (" + section + ")"
                        : "must be \"Agent\" or \"Group\" (" + section + ")");
            }
        }
        if (only == AGENT && group) {
            throw fail(loc, "objectType", "must be an Agent, not a Group (" + section + ")");
        }
        if (only == GROUP && !group) {
            throw fail(loc, "objectType", "must be \"Group\" (" + section + ")");
        }
        int ifis = 0;
        JsonArray members = null;
        for (Map.Entry<String, JsonValue> e : a.entrySet()) {
            String k = e.getKey();
            JsonValue val = e.getValue();
            switch (k) {
                case "objectType":
                    break;
                case "name":
                    string(val, loc, k);
                    break;
                case "mbox":
                    if (!Iris.isMailtoIri(string(val, loc, k))) {
                        throw fail(loc, k, "must be a mailto IRI \"mailto:email address\" (Data 2.4.2.3)");
                    }
                    ifis++;
                    break;
                case "mbox_sha1sum":
                    if (!isHex(string(val, loc, k), 40)) {
                        throw fail(loc, k, "must be the 40 hex digit SHA1 of a mailto IRI (Data 2.4.2.3)");
                    }
                    ifis++;
                    break;
                case "openid":
                    if (!Iris.isAbsoluteIri(string(val, loc, k))) {
                        throw fail(loc, k, "must be an absolute URI (Data 2.4.2.3)");
                    }
                    ifis++;
                    break;
                case "account":
                    account(object(val, loc, k), loc.child(k));
                    ifis++;
                    break;
                case "member":
                    if (!group) {
                        throw fail(loc, k, "is not an allowed property of an Agent (Data 2.4.2.1)");
                    }
                    members = array(val, loc, k);
                    members(members, loc.child(k));
                    break;
                default:
                    throw unknown(loc, k);
            }
        }
        if (group) {
            if (ifis > 1) {
                throw fail(loc, "an Identified Group must have exactly one Inverse Functional Identifier"
                        + " (Data 2.4.2.2.s5.b1)");
            }
            if (ifis == 0) {
                if (members == null) {
                    throw fail(loc, "member", "is required for an Anonymous Group (Data 2.4.2.2.s4.b1)");
                }
                if (members.isEmpty()) {
                    throw fail(loc, "member", "an Anonymous Group must list its Agents (Data 2.4.2.2.s4.b1)");
                }
            }
        } else if (ifis != 1) {
            throw fail(loc, ifis == 0
                    ? "an Agent must be identified by one Inverse Functional Identifier (Data 2.4.2.1.s2.b1)"
                    : "an Agent must not have more than one Inverse Functional Identifier (Data 2.4.2.1.s2.b2)");
        }
    }

    private void members(JsonArray members, Loc loc) {
        for (int i = 0; i < members.size(); i++) {
            JsonObject m = element(members, i, loc, "must be an Agent object (Data 2.4.2.2)");
            JsonValue ot = m.get("objectType");
            if (ot instanceof JsonString && "Group".equals(((JsonString) ot).getString())) {
                throw fail(loc.at(i), "objectType", "a Group must not contain Groups (Data 2.4.2.2.s4.b2)");
            }
            actor(m, loc.at(i), false, AGENT, "Data 2.4.2.2");
        }
    }

    private void account(JsonObject a, Loc loc) {
        boolean homePage = false;
        boolean name = false;
        for (Map.Entry<String, JsonValue> e : a.entrySet()) {
            String k = e.getKey();
            JsonValue val = e.getValue();
            switch (k) {
                case "homePage":
                    if (!Iris.isIrl(string(val, loc, k))) {
                        throw fail(loc, k, "must be an IRL (Data 2.4.2.4)");
                    }
                    homePage = true;
                    break;
                case "name":
                    string(val, loc, k);
                    name = true;
                    break;
                default:
                    throw unknown(loc, k);
            }
        }
        if (!homePage) {
            throw fail(loc, "homePage", "is required (Data 2.4.2.4)");
        }
        if (!name) {
            throw fail(loc, "name", "is required (Data 2.4.2.4)");
        }
    }

    private void authority(JsonObject a, Loc loc) {
        actor(a, loc, false, ANY, "Data 2.4.9");
        JsonValue ot = a.get("objectType");
        if (ot instanceof JsonString && "Group".equals(((JsonString) ot).getString())) {
            for (String ifi : AgentKeys.IFIS) {
                if (a.containsKey(ifi)) {
                    throw fail(loc, ifi, "an authority Group must be an Anonymous Group of two Agents (Data 2.4.9.s3.b1)");
                }
            }
            JsonValue m = a.get("member");
            if (!(m instanceof JsonArray) || ((JsonArray) m).size() != 2) {
                throw fail(loc, "member", "an authority Group must have exactly two Agents (Data 2.4.9.s3.b1)");
            }
        }
    }

    // ------------------------------------------------------------------------------------------
    // Verb

    private void verb(JsonObject verb, Loc loc) {
        boolean id = false;
        for (Map.Entry<String, JsonValue> e : verb.entrySet()) {
            String k = e.getKey();
            JsonValue val = e.getValue();
            switch (k) {
                case "id":
                    iri(val, loc, k, "Data 2.4.3");
                    id = true;
                    break;
                case "display":
                    languageMap(val, loc, k);
                    break;
                default:
                    throw unknown(loc, k);
            }
        }
        if (!id) {
            throw fail(loc, "id", "is required (Data 2.4.3)");
        }
    }

    // ------------------------------------------------------------------------------------------
    // Object

    private void statementObject(JsonObject o, XapiVersion v, Loc loc, boolean inSub) {
        JsonValue ot = o.get("objectType");
        String type = ot == null ? "Activity" : string(ot, loc, "objectType");
        switch (type) {
            case "Activity":
                activity(o, loc);
                break;
            case "Agent":
            case "Group":
                actor(o, loc, true, ANY, "Data 2.4.4.2");
                break;
            case "StatementRef":
                statementRef(o, loc);
                break;
            case "SubStatement":
                if (inSub) {
                    throw fail(loc, "objectType", "a SubStatement must not contain a SubStatement (Data 2.4.4.3.s8.b4)");
                }
                statement(o, v, loc, true);
                break;
            default:
                throw fail(loc, "objectType",
                        "must be Activity, Agent, Group, SubStatement or StatementRef (Data 2.4.4.s2)");
        }
    }

    private void statementRef(JsonObject o, Loc loc) {
        boolean id = false;
        boolean type = false;
        for (Map.Entry<String, JsonValue> e : o.entrySet()) {
            String k = e.getKey();
            JsonValue val = e.getValue();
            switch (k) {
                case "objectType":
                    if (!"StatementRef".equals(string(val, loc, k))) {
                        throw fail(loc, k, "must be \"StatementRef\" (Data 2.4.4.3.s4.b1)");
                    }
                    type = true;
                    break;
                case "id":
                    uuid(val, loc, k, "Data 2.4.4.3.s4.b2");
                    id = true;
                    break;
                default:
                    throw unknown(loc, k);
            }
        }
        if (!type) {
            throw fail(loc, "objectType", "is required: must be \"StatementRef\" (Data 2.4.4.3.s4.b1)");
        }
        if (!id) {
            throw fail(loc, "id", "is required (Data 2.4.4.3.s4.b2)");
        }
    }

    private void activity(JsonObject o, Loc loc) {
        boolean id = false;
        for (Map.Entry<String, JsonValue> e : o.entrySet()) {
            String k = e.getKey();
            JsonValue val = e.getValue();
            switch (k) {
                case "objectType":
                    if (!"Activity".equals(string(val, loc, k))) {
                        throw fail(loc, k, "must be \"Activity\" (Data 2.4.4.1)");
                    }
                    break;
                case "id":
                    iri(val, loc, k, "Data 2.4.4.1");
                    id = true;
                    break;
                case "definition":
                    definition(object(val, loc, k), loc.child(k));
                    break;
                default:
                    throw unknown(loc, k);
            }
        }
        if (!id) {
            throw fail(loc, "id", "is required (Data 2.4.4.1)");
        }
    }

    private static final String[] COMPONENT_LISTS = {"choices", "scale", "source", "target", "steps"};

    private void definition(JsonObject d, Loc loc) {
        String interactionType = null;
        JsonArray pattern = null;
        int lists = 0; // bit per COMPONENT_LISTS index
        for (Map.Entry<String, JsonValue> e : d.entrySet()) {
            String k = e.getKey();
            JsonValue val = e.getValue();
            switch (k) {
                case "name":
                case "description":
                    languageMap(val, loc, k);
                    break;
                case "type":
                    iri(val, loc, k, "Data 2.4.4.1.s2");
                    break;
                case "moreInfo":
                    irl(val, loc, k, "Data 2.4.4.1.s2");
                    break;
                case "extensions":
                    extensions(val, loc, k);
                    break;
                case "interactionType":
                    interactionType = string(val, loc, k);
                    if (!isInteractionType(interactionType)) {
                        throw fail(loc, k, "must be one of true-false, choice, fill-in, long-fill-in, matching,"
                                + " performance, sequencing, likert, numeric, other (Data 2.4.4.1.s13.b1)");
                    }
                    break;
                case "correctResponsesPattern":
                    pattern = array(val, loc, k);
                    for (int i = 0; i < pattern.size(); i++) {
                        JsonValue p = pattern.get(i);
                        if (p.getValueType() != JsonValue.ValueType.STRING) {
                            throw fail(loc.child(k).at(i), p.getValueType() == JsonValue.ValueType.NULL
                                    ? "must not be null (Data 2.2.s4.b1.b1)"
                                    : "must be a string (Data 2.4.4.1.s8)");
                        }
                    }
                    break;
                case "choices":
                case "scale":
                case "source":
                case "target":
                case "steps":
                    components(array(val, loc, k), loc.child(k));
                    lists |= 1 << componentIndex(k);
                    break;
                default:
                    throw unknown(loc, k);
            }
        }
        if (interactionType == null) {
            if (pattern != null || lists != 0) {
                throw fail(loc, "interactionType",
                        "is required when interaction properties are used (Data 2.4.4.1.s13.b1)");
            }
            return;
        }
        int allowed = allowedLists(interactionType);
        for (int i = 0; i < COMPONENT_LISTS.length; i++) {
            if ((lists & (1 << i)) != 0 && (allowed & (1 << i)) == 0) {
                throw fail(loc, COMPONENT_LISTS[i], "is not supported for interactionType \"" + interactionType
                        + "\" (Data 2.4.4.1.s15)");
            }
        }
        if (pattern != null && "true-false".equals(interactionType)) {
            for (int i = 0; i < pattern.size(); i++) {
                String p = pattern.getString(i);
                if (!"true".equals(p) && !"false".equals(p)) {
                    throw fail(loc.child("correctResponsesPattern").at(i),
                            "must be \"true\" or \"false\" for a true-false interaction (Data 2.4.4.1.s10)");
                }
            }
        }
    }

    private static int componentIndex(String list) {
        switch (list) {
            case "choices":
                return 0;
            case "scale":
                return 1;
            case "source":
                return 2;
            case "target":
                return 3;
            default:
                return 4;
        }
    }

    private static boolean isInteractionType(String t) {
        switch (t) {
            case "true-false":
            case "choice":
            case "fill-in":
            case "long-fill-in":
            case "matching":
            case "performance":
            case "sequencing":
            case "likert":
            case "numeric":
            case "other":
                return true;
            default:
                return false;
        }
    }

    private static int allowedLists(String interactionType) {
        switch (interactionType) {
            case "choice":
            case "sequencing":
                return 1;
            case "likert":
                return 1 << 1;
            case "matching":
                return (1 << 2) | (1 << 3);
            case "performance":
                return 1 << 4;
            default:
                return 0;
        }
    }

    private void components(JsonArray list, Loc loc) {
        int n = list.size();
        String[] ids = n > 1 ? new String[n] : null;
        for (int i = 0; i < n; i++) {
            JsonObject c = element(list, i, loc, "must be an interaction component object (Data 2.4.4.1.s15)");
            Loc cl = loc.at(i);
            String id = null;
            for (Map.Entry<String, JsonValue> e : c.entrySet()) {
                String k = e.getKey();
                JsonValue val = e.getValue();
                switch (k) {
                    case "id":
                        id = string(val, cl, k);
                        if (id.isEmpty()) {
                            throw fail(cl, k, "must not be empty (Data 2.4.4.1.s15)");
                        }
                        break;
                    case "description":
                        languageMap(val, cl, k);
                        break;
                    default:
                        throw unknown(cl, k);
                }
            }
            if (id == null) {
                throw fail(cl, "id", "is required (Data 2.4.4.1.s15)");
            }
            if (ids != null) {
                for (int j = 0; j < i; j++) {
                    if (id.equals(ids[j])) {
                        throw fail(cl, "id", "must be distinct within the list (Data 2.4.4.1.s16.b1)");
                    }
                }
                ids[i] = id;
            }
        }
    }

    // ------------------------------------------------------------------------------------------
    // Result

    private void result(JsonObject r, Loc loc) {
        for (Map.Entry<String, JsonValue> e : r.entrySet()) {
            String k = e.getKey();
            JsonValue val = e.getValue();
            switch (k) {
                case "score":
                    score(object(val, loc, k), loc.child(k));
                    break;
                case "success":
                case "completion":
                    bool(val, loc, k, "Data 2.4.5");
                    break;
                case "response":
                    string(val, loc, k);
                    break;
                case "duration":
                    if (!Durations.isValid(string(val, loc, k))) {
                        throw fail(loc, k, "must be an ISO 8601 duration (Data 4.6)");
                    }
                    break;
                case "extensions":
                    extensions(val, loc, k);
                    break;
                default:
                    throw unknown(loc, k);
            }
        }
    }

    private void score(JsonObject s, Loc loc) {
        double raw = Double.NaN;
        double min = Double.NaN;
        double max = Double.NaN;
        for (Map.Entry<String, JsonValue> e : s.entrySet()) {
            String k = e.getKey();
            JsonValue val = e.getValue();
            switch (k) {
                case "scaled":
                    double scaled = number(val, loc, k);
                    if (scaled < -1 || scaled > 1) {
                        throw fail(loc, k, "must be between -1 and 1 inclusive (Data 2.4.5.1)");
                    }
                    break;
                case "raw":
                    raw = number(val, loc, k);
                    break;
                case "min":
                    min = number(val, loc, k);
                    break;
                case "max":
                    max = number(val, loc, k);
                    break;
                default:
                    throw unknown(loc, k);
            }
        }
        if (!Double.isNaN(min) && !Double.isNaN(max) && !(min < max)) {
            throw fail(loc, "max", "must be greater than min (Data 2.4.5.1)");
        }
        if (!Double.isNaN(raw)) {
            if (!Double.isNaN(min) && raw < min) {
                throw fail(loc, "raw", "must not be less than min (Data 2.4.5.1)");
            }
            if (!Double.isNaN(max) && raw > max) {
                throw fail(loc, "raw", "must not be greater than max (Data 2.4.5.1)");
            }
        }
    }

    // ------------------------------------------------------------------------------------------
    // Context

    private void context(JsonObject c, XapiVersion v, Loc loc, boolean objectIsActivity) {
        for (Map.Entry<String, JsonValue> e : c.entrySet()) {
            String k = e.getKey();
            JsonValue val = e.getValue();
            switch (k) {
                case "registration":
                    uuid(val, loc, k, "Data 2.4.6");
                    break;
                case "instructor":
                    actor(object(val, loc, k), loc.child(k), false, ANY, "Data 2.4.6");
                    break;
                case "team":
                    actor(object(val, loc, k), loc.child(k), false, GROUP, "Data 2.4.6");
                    break;
                case "contextActivities":
                    contextActivities(object(val, loc, k), loc.child(k));
                    break;
                case "revision":
                case "platform":
                    string(val, loc, k);
                    if (!objectIsActivity) {
                        throw fail(loc, k, "must only be used when the Statement's object is an Activity (Data 2.4.6.s4.b"
                                + ("revision".equals(k) ? "1)" : "2)"));
                    }
                    break;
                case "language":
                    if (!LanguageTags.isWellFormed(string(val, loc, k))) {
                        throw fail(loc, k, "must be an RFC 5646 language tag (Data 2.4.6)");
                    }
                    break;
                case "statement":
                    statementRef(object(val, loc, k), loc.child(k));
                    break;
                case "extensions":
                    extensions(val, loc, k);
                    break;
                case "contextAgents":
                case "contextGroups":
                    if (!v.isTwo()) {
                        throw fail(loc, k, "is not an allowed property in xAPI 1.0.3 (Data 2.4.6; added in xAPI 2.0)");
                    }
                    contextAgentsOrGroups(array(val, loc, k), loc.child(k), "contextAgents".equals(k));
                    break;
                default:
                    throw unknown(loc, k);
            }
        }
    }

    private void contextActivities(JsonObject ca, Loc loc) {
        if (ca.isEmpty()) {
            // Data 2.2.s2.b1 (SHOULD NOT send empty objects); the ADL conformance suite requires the 400
            throw fail(loc, "must hold at least one of parent, grouping, category, other; leave it out instead of "
                    + "sending an empty object (Data 2.4.6.2, Data 2.2.s2.b1)");
        }
        for (Map.Entry<String, JsonValue> e : ca.entrySet()) {
            String k = e.getKey();
            JsonValue val = e.getValue();
            switch (k) {
                case "parent":
                case "grouping":
                case "category":
                case "other":
                    switch (val.getValueType()) {
                        case OBJECT:
                            activity((JsonObject) val, loc.child(k));
                            break;
                        case ARRAY:
                            JsonArray arr = (JsonArray) val;
                            Loc al = loc.child(k);
                            for (int i = 0; i < arr.size(); i++) {
                                activity(element(arr, i, al, "must be an Activity object (Data 2.4.6.2.s4.b2)"),
                                        al.at(i));
                            }
                            break;
                        case NULL:
                            throw fail(loc, k, "must not be null (Data 2.2.s4.b1.b1)");
                        default:
                            throw fail(loc, k, "must be an Activity or an array of Activities (Data 2.4.6.2.s4.b2)");
                    }
                    break;
                default:
                    throw fail(loc, k,
                            "is not a context type; must be parent, grouping, category or other (Data 2.4.6.2.s4.b1)");
            }
        }
    }

    private void contextAgentsOrGroups(JsonArray arr, Loc loc, boolean agents) {
        String type = agents ? "contextAgent" : "contextGroup";
        String member = agents ? "agent" : "group";
        for (int i = 0; i < arr.size(); i++) {
            JsonObject o = element(arr, i, loc, "must be a " + type + " object (" + V2 + ")");
            Loc ol = loc.at(i);
            boolean hasType = false;
            boolean hasMember = false;
            for (Map.Entry<String, JsonValue> e : o.entrySet()) {
                String k = e.getKey();
                JsonValue val = e.getValue();
                if ("objectType".equals(k)) {
                    if (!type.equals(string(val, ol, k))) {
                        throw fail(ol, k, "must be \"" + type + "\" (" + V2 + ")");
                    }
                    hasType = true;
                } else if (member.equals(k)) {
                    actor(object(val, ol, k), ol.child(k), false, agents ? AGENT : GROUP, V2);
                    hasMember = true;
                } else if ("relevantTypes".equals(k)) {
                    JsonArray types = array(val, ol, k);
                    if (types.isEmpty()) {
                        throw fail(ol, k, "must contain at least one IRI (" + V2 + ")");
                    }
                    Loc tl = ol.child(k);
                    for (int j = 0; j < types.size(); j++) {
                        JsonValue t = types.get(j);
                        if (t.getValueType() != JsonValue.ValueType.STRING
                                || !Iris.isAbsoluteIri(((JsonString) t).getString())) {
                            throw fail(tl.at(j), t.getValueType() == JsonValue.ValueType.NULL
                                    ? "must not be null (Data 2.2.s4.b1.b1)"
                                    : "must be an absolute IRI (" + V2 + ")");
                        }
                    }
                } else {
                    throw unknown(ol, k);
                }
            }
            if (!hasType) {
                throw fail(ol, "objectType", "is required (" + V2 + ")");
            }
            if (!hasMember) {
                throw fail(ol, member, "is required (" + V2 + ")");
            }
        }
    }

    // ------------------------------------------------------------------------------------------
    // Attachments

    private void attachments(JsonArray arr, Loc loc) {
        for (int i = 0; i < arr.size(); i++) {
            JsonObject a = element(arr, i, loc, "must be an Attachment object (Data 2.4.11)");
            Loc al = loc.at(i);
            int required = 0;
            for (Map.Entry<String, JsonValue> e : a.entrySet()) {
                String k = e.getKey();
                JsonValue val = e.getValue();
                switch (k) {
                    case "usageType":
                        iri(val, al, k, "Data 2.4.11");
                        required |= 1;
                        break;
                    case "display":
                        languageMap(val, al, k);
                        required |= 2;
                        break;
                    case "description":
                        languageMap(val, al, k);
                        break;
                    case "contentType":
                        if (!isMediaType(string(val, al, k))) {
                            throw fail(al, k, "must be an Internet Media Type (Data 2.4.11)");
                        }
                        required |= 4;
                        break;
                    case "length":
                        if (val.getValueType() != JsonValue.ValueType.NUMBER) {
                            throw typeError(val, al, k, "an integer");
                        }
                        JsonNumber len = (JsonNumber) val;
                        if (!isIntegral(len) || len.bigDecimalValue().signum() < 0) {
                            throw fail(al, k, "must be a non-negative integer (Data 2.4.11)");
                        }
                        required |= 8;
                        break;
                    case "sha2":
                        String sha2 = string(val, al, k);
                        int n = sha2.length();
                        if (!(n == 56 || n == 64 || n == 96 || n == 128) || !isHex(sha2, n)) {
                            throw fail(al, k, "must be the hex-encoded SHA-2 of the Attachment data (Data 2.4.11)");
                        }
                        required |= 16;
                        break;
                    case "fileUrl":
                        irl(val, al, k, "Data 2.4.11");
                        break;
                    default:
                        throw unknown(al, k);
                }
            }
            if (required != 31) {
                String missing = (required & 1) == 0 ? "usageType" : (required & 2) == 0 ? "display"
                        : (required & 4) == 0 ? "contentType" : (required & 8) == 0 ? "length" : "sha2";
                throw fail(al, missing, "is required (Data 2.4.11)");
            }
        }
    }

    private static boolean isIntegral(JsonNumber n) {
        if (n.isIntegral()) {
            return true;
        }
        return n.bigDecimalValue().stripTrailingZeros().scale() <= 0;
    }

    /** type "/" subtype [parameters], RFC 2045 tokens (best effort). */
    private static boolean isMediaType(String s) {
        int n = s.length();
        int i = 0;
        int start = 0;
        while (i < n && isTokenChar(s.charAt(i))) {
            i++;
        }
        if (i == start || i >= n || s.charAt(i) != '/') {
            return false;
        }
        start = ++i;
        while (i < n && isTokenChar(s.charAt(i))) {
            i++;
        }
        if (i == start) {
            return false;
        }
        if (i == n) {
            return true;
        }
        // parameters: anything after optional whitespace and ';'
        while (i < n && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i++;
        }
        return i < n && s.charAt(i) == ';';
    }

    private static boolean isTokenChar(char c) {
        return c > 0x20 && c < 0x7F && "()<>@,;:\\\"/[]?={}".indexOf(c) < 0;
    }

    // ------------------------------------------------------------------------------------------
    // Shared data types

    private void languageMap(JsonValue val, Loc loc, String k) {
        JsonObject map = object(val, loc, k);
        if (map.isEmpty()) {
            throw fail(loc, k, "a language map must have at least one entry (Data 4.2)");
        }
        for (Map.Entry<String, JsonValue> e : map.entrySet()) {
            String tag = e.getKey();
            if (!LanguageTags.isWellFormed(tag)) {
                throw fail(loc.child(k).key(tag), "is not an RFC 5646 language tag (Data 4.2)");
            }
            JsonValue text = e.getValue();
            if (text.getValueType() != JsonValue.ValueType.STRING) {
                throw fail(loc.child(k).key(tag), text.getValueType() == JsonValue.ValueType.NULL
                        ? "must not be null (Data 2.2.s4.b1.b1)" : "must be a string (Data 4.2)");
            }
        }
    }

    private void extensions(JsonValue val, Loc loc, String k) {
        JsonObject map = object(val, loc, k);
        for (String key : map.keySet()) {
            if (!Iris.isAbsoluteIri(key)) {
                throw fail(loc.child(k).key(key), "extension keys must be absolute IRIs (Data 4.1.s3.b1)");
            }
        }
    }

    private static void uuid(JsonValue val, Loc loc, String k, String section) {
        if (!Uuids.isUuid(string(val, loc, k))) {
            throw fail(loc, k, "must be a UUID in standard string form (" + section + ", Data 4.4)");
        }
    }

    private static void iri(JsonValue val, Loc loc, String k, String section) {
        if (!Iris.isAbsoluteIri(string(val, loc, k))) {
            throw fail(loc, k, "must be an absolute IRI (" + section + ")");
        }
    }

    private static void irl(JsonValue val, Loc loc, String k, String section) {
        if (!Iris.isIrl(string(val, loc, k))) {
            throw fail(loc, k, "must be an IRL (" + section + ")");
        }
    }

    private static void timestamp(JsonValue val, XapiVersion v, Loc loc, String k, String section) {
        if (!Timestamps.isValid(string(val, loc, k), v)) {
            throw fail(loc, k, v.isTwo()
                    ? "must be an ISO 8601 / RFC 3339 timestamp with a time zone (" + section + ", xAPI 2.0 4.2.7)"
                    : "must be an ISO 8601 timestamp with a time zone (" + section + ", Data 4.5)");
        }
    }

    private static boolean isHex(String s, int length) {
        if (s.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (!Iris.isHex(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    // ------------------------------------------------------------------------------------------
    // JSON types

    private static String string(JsonValue val, Loc loc, String k) {
        if (val.getValueType() == JsonValue.ValueType.STRING) {
            return ((JsonString) val).getString();
        }
        throw typeError(val, loc, k, "a string");
    }

    private static JsonObject object(JsonValue val, Loc loc, String k) {
        if (val.getValueType() == JsonValue.ValueType.OBJECT) {
            return (JsonObject) val;
        }
        throw typeError(val, loc, k, "an object");
    }

    private static JsonArray array(JsonValue val, Loc loc, String k) {
        if (val.getValueType() == JsonValue.ValueType.ARRAY) {
            return (JsonArray) val;
        }
        throw typeError(val, loc, k, "an array");
    }

    private static double number(JsonValue val, Loc loc, String k) {
        if (val.getValueType() == JsonValue.ValueType.NUMBER) {
            return ((JsonNumber) val).doubleValue();
        }
        throw typeError(val, loc, k, "a number");
    }

    private static void bool(JsonValue val, Loc loc, String k, String section) {
        JsonValue.ValueType t = val.getValueType();
        if (t != JsonValue.ValueType.TRUE && t != JsonValue.ValueType.FALSE) {
            throw typeError(val, loc, k, "a boolean");
        }
    }

    private static JsonObject element(JsonArray arr, int i, Loc loc, String rule) {
        JsonValue v = arr.get(i);
        if (v.getValueType() == JsonValue.ValueType.OBJECT) {
            return (JsonObject) v;
        }
        throw fail(loc.at(i), v.getValueType() == JsonValue.ValueType.NULL
                ? "must not be null (Data 2.2.s4.b1.b1)" : rule);
    }

    private static XapiException typeError(JsonValue val, Loc loc, String k, String expected) {
        if (val.getValueType() == JsonValue.ValueType.NULL) {
            return fail(loc, k, "must not be null (Data 2.2.s4.b1.b1)");
        }
        return fail(loc, k, "must be " + expected + " (Data 2.2.s4.b1.b2)");
    }

    private static XapiException unknown(Loc loc, String k) {
        return fail(loc, k, "is not an allowed property (Data 2.2.s4.b1.b7)");
    }

    private static XapiException fail(Loc parent, String k, String rule) {
        return XapiException.invalid(parent.child(k).toString(), rule);
    }

    private static XapiException fail(Loc at, String rule) {
        return XapiException.invalid(at.toString(), rule);
    }

    /** A property path, rendered only when a rule is broken. */
    private static final class Loc {
        private final Loc parent;
        private final String name;
        private final int index;
        private final boolean key;

        private Loc(Loc parent, String name, int index, boolean key) {
            this.parent = parent;
            this.name = name;
            this.index = index;
            this.key = key;
        }

        static Loc root(String path) {
            return new Loc(null, path == null ? "" : path, -1, false);
        }

        Loc child(String property) {
            return new Loc(this, property, -1, false);
        }

        Loc at(int i) {
            return new Loc(this, null, i, false);
        }

        Loc key(String mapKey) {
            return new Loc(this, mapKey, -1, true);
        }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder(64);
            append(sb);
            return sb.toString();
        }

        private void append(StringBuilder sb) {
            if (parent != null) {
                parent.append(sb);
            }
            if (index >= 0) {
                sb.append('[').append(index).append(']');
            } else if (key) {
                sb.append("[\"");
                for (int i = 0; i < name.length(); i++) {
                    char c = name.charAt(i);
                    if (c == '"' || c == '\\') {
                        sb.append('\\');
                    }
                    sb.append(c);
                }
                sb.append("\"]");
            } else {
                if (parent != null && !(parent.parent == null && parent.name.isEmpty())) {
                    sb.append('.');
                }
                sb.append(name);
            }
        }
    }
}
