package org.scorelink.xapi.control;

import jakarta.json.JsonObject;
import org.scorelink.xapi.entity.XapiVersion;

/**
 * Checks a statement against every rule of the xAPI Data part. STUB: replaced by the full validator.
 */
public class StatementValidator {

    /**
     * Validates one statement as a client sent it.
     *
     * @param statement the statement
     * @param version   the request's xAPI version
     * @param path      the property path of the statement in the request, e.g. {@code statements[3]}
     * @throws XapiException BAD_REQUEST naming the property path and the rule broken
     */
    public void validate(JsonObject statement, XapiVersion version, String path) {
    }

    /** Validates an Agent or Group (as used in the {@code agent} query parameter). */
    public void validateActor(JsonObject actor, XapiVersion version, String path) {
    }
}
