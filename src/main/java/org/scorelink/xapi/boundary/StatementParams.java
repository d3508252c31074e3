package org.scorelink.xapi.boundary;

import jakarta.json.JsonObject;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.scorelink.xapi.control.AgentKeys;
import org.scorelink.xapi.control.JsonIo;
import org.scorelink.xapi.control.StatementValidator;
import org.scorelink.xapi.control.Timestamps;
import org.scorelink.xapi.control.XapiException;
import org.scorelink.xapi.entity.XapiVersion;

/** Strict reading of Statement resource query parameters: every 400 names the parameter. */
final class StatementParams {

    static final Set<String> GET_PARAMS = Set.of("statementId", "voidedStatementId", "agent", "verb", "activity",
            "registration", "related_activities", "related_agents", "since", "until", "limit", "format",
            "attachments", "ascending", "more");

    private final MultivaluedMap<String, String> params;

    StatementParams(MultivaluedMap<String, String> params, Set<String> allowed) {
        this.params = params;
        for (String name : params.keySet()) {
            if (!allowed.contains(name)) {
                boolean caseOnly = allowed.stream().anyMatch(a -> a.equalsIgnoreCase(name));
                throw XapiException.badRequest("parameter " + name + ": "
                        + (caseOnly ? "parameter names are case-sensitive" : "not a parameter of this resource")
                        + " (IEEE 9274.1.1 4.1.5)");
            }
            if (params.get(name).size() > 1) {
                throw XapiException.badRequest("parameter " + name + ": given more than once");
            }
        }
    }

    boolean has(String name) {
        return params.containsKey(name);
    }

    Set<String> names() {
        return params.keySet();
    }

    Optional<String> string(String name) {
        return Optional.ofNullable(params.getFirst(name));
    }

    Optional<UUID> uuid(String name) {
        return string(name).map(v -> {
            if (!v.matches("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")) {
                throw XapiException.badRequest("parameter " + name + ": not a UUID: '" + v + "'");
            }
            return UUID.fromString(v);
        });
    }

    boolean bool(String name) {
        return string(name).map(v -> switch (v) {
            case "true" -> true;
            case "false" -> false;
            default -> throw XapiException.badRequest("parameter " + name + ": must be true or false, was '" + v + "'");
        }).orElse(false);
    }

    Optional<String> iri(String name) {
        return string(name).map(v -> {
            if (!v.matches("[A-Za-z][A-Za-z0-9+.-]*:.+")) {
                throw XapiException.badRequest("parameter " + name + ": not an absolute IRI: '" + v + "'");
            }
            return v;
        });
    }

    Optional<java.time.Instant> timestamp(String name) {
        return string(name).map(v -> Timestamps.parse(v).orElseThrow(() -> XapiException.badRequest(
                "parameter " + name + ": not an ISO 8601 timestamp: '" + v + "'")));
    }

    int limit(int max) {
        return string("limit").map(v -> {
            try {
                int n = Integer.parseInt(v);
                if (n < 0) {
                    throw new NumberFormatException();
                }
                return n == 0 ? max : Math.min(n, max);
            } catch (NumberFormatException e) {
                throw XapiException.badRequest("parameter limit: must be a non-negative integer, was '" + v + "'");
            }
        }).orElse(max);
    }

    /** The agent parameter: an Agent or identified Group as JSON; its IFI key. */
    Optional<String> agent(StatementValidator validator, XapiVersion version) {
        return actor(validator, version, null).map(ActorParam::key);
    }

    /** An actor given as the {@code agent} parameter, with its identity (IFI key). */
    record ActorParam(JsonObject json, String key) {
    }

    /**
     * Reads the {@code agent} parameter: JSON, a valid Agent or Group with an IFI. {@code groupRefused}, when
     * not null, is the rule that forbids a Group here (it becomes the 400's message).
     */
    Optional<ActorParam> actor(StatementValidator validator, XapiVersion version, String groupRefused) {
        return string("agent").map(v -> {
            JsonObject agent = JsonIo.parseObject(v, "parameter agent");
            if (groupRefused != null && AgentKeys.isGroup(agent)) {
                throw XapiException.badRequest("parameter agent: " + groupRefused);
            }
            validator.validateActor(agent, version, "parameter agent");
            String key = AgentKeys.ifiKey(agent).orElseThrow(() -> XapiException.badRequest(
                    "parameter agent: must identify an Agent or Group by mbox, mbox_sha1sum, openid or account"));
            return new ActorParam(agent, key);
        });
    }

}
