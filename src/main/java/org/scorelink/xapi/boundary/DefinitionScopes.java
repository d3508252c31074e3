package org.scorelink.xapi.boundary;

import org.scorelink.credentials.entity.Caller;
import org.scorelink.credentials.entity.Scope;
import org.scorelink.xapi.control.XapiException;

/**
 * Who may read the Activities and Agents resources (Communication 4.2 table): {@code all} and {@code all/read}
 * (unrestricted read); {@code define} (the scope that (re)defines Activities and Actors may read what it
 * defines); {@code statements/read} (the objects are assembled from statements this scope may already read
 * in full, so they disclose nothing more). {@code statements/read/mine} is refused: definitions are merged
 * from every client's statements.
 */
final class DefinitionScopes {

    private DefinitionScopes() {
    }

    static Caller reader(Caller caller, String resource) {
        if (caller.canRead(Scope.DEFINE) || caller.canReadAllStatements()) {
            return caller;
        }
        throw XapiException.forbidden("credential " + caller.clientKey() + ": lacks scope all/read, define or "
                + "statements/read to read the " + resource + " resource (Communication 4.2, 2.4.s3.b2)");
    }
}
