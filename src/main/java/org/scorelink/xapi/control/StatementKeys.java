package org.scorelink.xapi.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a statement is found by: the single-valued keys that become indexed columns, and the multi-valued
 * "postings" (group members, related agents and activities) that go to the posting table. Extracted once,
 * from the validated statement, on the ingest path.
 */
public record StatementKeys(
        String verb,
        String actor,
        ObjectKind objectKind,
        String object,
        String registration,
        String authority,
        List<Posting> postings) {

    public static final String VOIDED_VERB = "http://adlnet.gov/expapi/verbs/voided";

    /** The kind of a statement's object. */
    public enum ObjectKind {
        ACTIVITY, AGENT, STATEMENT_REF, SUB_STATEMENT;

        public int code() {
            return ordinal();
        }
    }

    /** Interned-term kinds: each kind has its own id space within a store. */
    public enum TermKind {
        VERB('V'), AGENT('A'), ACTIVITY('X'), REGISTRATION('G');

        private final char code;

        TermKind(char code) {
            this.code = code;
        }

        public char code() {
            return code;
        }
    }

    /**
     * Why a statement is in a posting list. Direct matches use indexed columns; postings hold the rest:
     * group members, the broad (related_*) matches and keys inherited from a targeted statement
     * (Communication 2.1.3.s3).
     */
    public enum Role {
        AGENT(1), ACTIVITY(2), VERB(3), REGISTRATION(4), RELATED_AGENT(5), RELATED_ACTIVITY(6);

        private final int code;

        Role(int code) {
            this.code = code;
        }

        public int code() {
            return code;
        }
    }

    /** One posting: the statement is found under term ({@code kind}, {@code value}) in {@code role}. */
    public record Posting(Role role, TermKind kind, String value) {
    }

    public boolean isVoiding() {
        return VOIDED_VERB.equals(verb) && objectKind == ObjectKind.STATEMENT_REF;
    }

    /** Extracts the keys of a validated statement (authority already set by the LRS). */
    public static StatementKeys of(JsonObject statement) {
        List<Posting> postings = new ArrayList<>(6);
        String verb = statement.getJsonObject("verb").getString("id");
        JsonObject actorJson = statement.getJsonObject("actor");
        String actor = AgentKeys.ifiKey(actorJson).orElse(null);
        addMembers(actorJson, Role.AGENT, postings);

        JsonObject object = statement.getJsonObject("object");
        String type = object.getString("objectType", "Activity");
        ObjectKind kind;
        String objectKey = null;
        switch (type) {
            case "Agent", "Group" -> {
                kind = ObjectKind.AGENT;
                objectKey = AgentKeys.ifiKey(object).orElse(null);
                addMembers(object, Role.AGENT, postings);
            }
            case "StatementRef" -> {
                kind = ObjectKind.STATEMENT_REF;
                objectKey = object.getString("id").toLowerCase(Locale.ROOT);
            }
            case "SubStatement" -> {
                kind = ObjectKind.SUB_STATEMENT;
                addSubStatement(object, postings);
            }
            default -> {
                kind = ObjectKind.ACTIVITY;
                objectKey = object.getString("id");
            }
        }
        String registration = null;
        if (statement.get("context") instanceof JsonObject context) {
            if (context.get("registration") instanceof JsonString r) {
                registration = r.getString().toLowerCase(Locale.ROOT);
            }
            addContext(context, postings);
        }
        String authority = null;
        if (statement.get("authority") instanceof JsonObject auth) {
            authority = AgentKeys.ifiKey(auth).orElse(null);
            addMembers(auth, Role.RELATED_AGENT, postings);
        }
        return new StatementKeys(verb, actor, kind, objectKey, registration, authority, postings);
    }

    private static void addSubStatement(JsonObject sub, List<Posting> postings) {
        addAgent(sub.getJsonObject("actor"), Role.RELATED_AGENT, postings);
        JsonObject object = sub.getJsonObject("object");
        String type = object.getString("objectType", "Activity");
        switch (type) {
            case "Agent", "Group" -> addAgent(object, Role.RELATED_AGENT, postings);
            case "StatementRef" -> {
                // a reference inside a SubStatement does not take part in filtering
            }
            default -> postings.add(new Posting(Role.RELATED_ACTIVITY, TermKind.ACTIVITY, object.getString("id")));
        }
        if (sub.get("context") instanceof JsonObject context) {
            addContext(context, postings);
        }
    }

    private static void addContext(JsonObject context, List<Posting> postings) {
        if (context.get("instructor") instanceof JsonObject instructor) {
            addAgent(instructor, Role.RELATED_AGENT, postings);
        }
        if (context.get("team") instanceof JsonObject team) {
            addAgent(team, Role.RELATED_AGENT, postings);
        }
        if (context.get("contextAgents") instanceof JsonArray agents) {
            for (JsonValue v : agents) {
                if (v instanceof JsonObject ca && ca.get("agent") instanceof JsonObject a) {
                    addAgent(a, Role.RELATED_AGENT, postings);
                }
            }
        }
        if (context.get("contextGroups") instanceof JsonArray groups) {
            for (JsonValue v : groups) {
                if (v instanceof JsonObject cg && cg.get("group") instanceof JsonObject g) {
                    addAgent(g, Role.RELATED_AGENT, postings);
                }
            }
        }
        if (context.get("contextActivities") instanceof JsonObject ca) {
            for (JsonValue v : ca.values()) {
                if (v instanceof JsonObject activity) {
                    postings.add(new Posting(Role.RELATED_ACTIVITY, TermKind.ACTIVITY, activity.getString("id")));
                } else if (v instanceof JsonArray list) {
                    for (JsonValue item : list) {
                        if (item instanceof JsonObject activity) {
                            postings.add(new Posting(Role.RELATED_ACTIVITY, TermKind.ACTIVITY,
                                    activity.getString("id")));
                        }
                    }
                }
            }
        }
    }

    private static void addAgent(JsonObject actor, Role role, List<Posting> postings) {
        AgentKeys.ifiKey(actor).ifPresent(k -> postings.add(new Posting(role, TermKind.AGENT, k)));
        addMembers(actor, role, postings);
    }

    /** Groups match the agent filter through their members (Communication 2.1.3, agent parameter). */
    private static void addMembers(JsonObject actor, Role role, List<Posting> postings) {
        if (actor.get("member") instanceof JsonArray members) {
            for (JsonValue m : members) {
                if (m instanceof JsonObject member) {
                    AgentKeys.ifiKey(member).ifPresent(k -> postings.add(new Posting(role, TermKind.AGENT, k)));
                }
            }
        }
    }

    /** The single-valued keys of a StatementRef statement, which it keeps in postings, not columns. */
    public List<Posting> ownKeysAsPostings() {
        List<Posting> out = new ArrayList<>(3);
        out.add(new Posting(Role.VERB, TermKind.VERB, verb));
        if (actor != null) {
            out.add(new Posting(Role.AGENT, TermKind.AGENT, actor));
        }
        if (registration != null) {
            out.add(new Posting(Role.REGISTRATION, TermKind.REGISTRATION, registration));
        }
        return out;
    }

    /**
     * The postings a statement that targets this one (by StatementRef) inherits: it matches every filter
     * this statement matches (Communication 2.1.3.s3), except time and sequence.
     */
    public List<Posting> inheritedBy() {
        List<Posting> out = new ArrayList<>(postings.size() + 6);
        out.add(new Posting(Role.VERB, TermKind.VERB, verb));
        if (actor != null) {
            out.add(new Posting(Role.AGENT, TermKind.AGENT, actor));
        }
        if (objectKind == ObjectKind.AGENT && object != null) {
            out.add(new Posting(Role.AGENT, TermKind.AGENT, object));
        } else if (objectKind == ObjectKind.ACTIVITY) {
            out.add(new Posting(Role.ACTIVITY, TermKind.ACTIVITY, object));
        }
        if (registration != null) {
            out.add(new Posting(Role.REGISTRATION, TermKind.REGISTRATION, registration));
        }
        if (authority != null) {
            out.add(new Posting(Role.RELATED_AGENT, TermKind.AGENT, authority));
        }
        out.addAll(postings);
        return out;
    }
}
