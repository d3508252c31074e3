package org.scorelink.credentials.entity;

import jakarta.json.JsonObject;
import java.util.Set;

/**
 * The authenticated client of one request: which tenant store it belongs to, what it may do, and the
 * authority Agent the LRS puts on the statements it writes.
 *
 * @param storeId   the tenant store; data of other stores is invisible
 * @param clientKey the credential's key (the Basic auth user name)
 * @param scopes    granted scopes
 * @param authority the Agent used as statement {@code authority}
 */
public record Caller(long storeId, String clientKey, Set<Scope> scopes, JsonObject authority) {

    /** Request attribute under which the authentication filter puts the Caller. */
    public static final String ATTRIBUTE = "org.scorelink.caller";

    public boolean has(Scope scope) {
        return scopes.contains(scope);
    }

    /** Holds {@code scope} or {@code all}, which includes every xAPI scope (Communication 4.2). */
    public boolean canUse(Scope scope) {
        return has(Scope.ALL) || has(scope);
    }

    /** May read what {@code scope} covers: holds it, {@code all/read} or {@code all}. */
    public boolean canRead(Scope scope) {
        return canUse(scope) || has(Scope.ALL_READ);
    }

    public boolean canWriteStatements() {
        return canUse(Scope.STATEMENTS_WRITE);
    }

    /**
     * May (re)define Activities and Agents: its statements' definitions update the canonical ones (xAPI 1.0.3
     * Communication 4.2 scope table, {@code define}; Data 2.4.4.1.s4.b3).
     */
    public boolean canDefine() {
        return canUse(Scope.DEFINE);
    }

    /** May read every statement of the store. */
    public boolean canReadAllStatements() {
        return canRead(Scope.STATEMENTS_READ);
    }

    /** May read only statements whose authority is this client ({@code statements/read/mine}). */
    public boolean canReadOwnStatements() {
        return canReadAllStatements() || has(Scope.STATEMENTS_READ_MINE);
    }

    public boolean isAdmin() {
        return has(Scope.ADMIN);
    }
}
