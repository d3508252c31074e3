package org.scorelink.xapi.boundary;

import jakarta.servlet.http.HttpServletRequest;
import org.scorelink.credentials.entity.Caller;
import org.scorelink.xapi.control.XapiException;

/** The authenticated caller the credentials filter put on the request. */
final class Callers {

    private Callers() {
    }

    static Caller of(HttpServletRequest request) {
        Object caller = request.getAttribute(Caller.ATTRIBUTE);
        if (caller instanceof Caller c) {
            return c;
        }
        throw new XapiException(XapiException.Kind.UNAUTHORIZED, "credentials required (HTTP Basic)");
    }
}
