package org.scorelink.xapi.boundary;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import org.scorelink.credentials.entity.Caller;
import org.scorelink.xapi.control.OriginPolicy;

/**
 * Refuses, with 403 and before anything is processed, an xAPI request from a browser origin that the caller's
 * store does not allow ({@link OriginPolicy}). Requests without {@code Origin} (an LMS calling from its server)
 * and pages served by the LRS's own host are not concerned.
 *
 * <p>Why here: the store is known once {@code AuthenticationFilter} ({@code AUTHENTICATION}) has run, and this
 * filter runs right after it ({@code AUTHORIZATION}), still pre-matching, so before the version check and any
 * resource. Both request syntaxes get here the same way: {@link AlternateRequestFilter} has already turned a
 * form's {@code Authorization} into the header authentication reads, and the browser's {@code Origin} header is
 * the real request's. Without this check CORS would only hide the answer from the page, while a simple
 * cross-origin request (the alternate syntax's form POST needs no preflight) would still write.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHORIZATION)
public class StoreOriginFilter implements ContainerRequestFilter {

    private static final System.Logger LOG = System.getLogger(StoreOriginFilter.class.getName());

    @Inject
    OriginPolicy policy;

    @Override
    public void filter(ContainerRequestContext request) {
        String origin = request.getHeaderString("Origin");
        if (origin == null || !(request.getProperty(Caller.ATTRIBUTE) instanceof Caller caller)
                || !XapiHeadersFilter.isXapi(request.getUriInfo().getPath())
                || policy.allows(caller.storeId(), origin)
                || OriginPolicy.sameOrigin(origin, request.getHeaderString("Host"))) {
            return;
        }
        LOG.log(System.Logger.Level.DEBUG, "403 for {0} {1}: origin {2} not allowed for client {3}",
                request.getMethod(), request.getUriInfo().getPath(), origin, caller.clientKey());
        request.abortWith(XapiExceptionMapper.error(403, "header Origin: '" + origin + "' is not an allowed origin "
                + "for this client's store; an administrator can allow it (PUT /api/admin/stores/{store}/allowed-origins)"
                + " or the LRS-wide scorelink.xapi.cors.allowed-origins for stores without their own list"));
    }
}
