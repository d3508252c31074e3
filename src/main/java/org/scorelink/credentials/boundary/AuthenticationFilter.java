package org.scorelink.credentials.boundary;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.PathSegment;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;
import org.scorelink.credentials.control.Authenticator;
import org.scorelink.credentials.control.BasicCredentials;
import org.scorelink.credentials.control.CredentialsException;
import org.scorelink.credentials.control.Protection;
import org.scorelink.credentials.entity.Caller;
import org.scorelink.credentials.entity.Scope;

/**
 * HTTP Basic authentication for {@code /xapi/**} (except {@code /xapi/about}) and {@code /api/**};
 * {@code /api/admin/**} also needs {@link Scope#ADMIN}. On success the {@link Caller} is put under
 * {@link Caller#ATTRIBUTE} as request property and servlet request attribute.
 *
 * <p>Pre-matching, so it runs before the xAPI header checks and also guards paths no resource matches.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class AuthenticationFilter implements ContainerRequestFilter {

    private static final System.Logger LOG = System.getLogger(AuthenticationFilter.class.getName());

    @Inject
    Authenticator authenticator;

    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        var segments = request.getUriInfo().getPathSegments().stream().map(PathSegment::getPath).toList();
        Protection protection = Protection.of(request.getMethod(), segments);
        if (protection == Protection.PUBLIC) {
            return;
        }
        Caller caller;
        try {
            var credentials = BasicCredentials.parse(Optional.ofNullable(request.getHeaderString(HttpHeaders.AUTHORIZATION)))
                    .orElseThrow(() -> CredentialsException.unauthorized(
                            "Authorization: HTTP Basic credentials required"));
            caller = authenticator.authenticate(credentials.key(), credentials.secret());
        } catch (CredentialsException e) {
            LOG.log(System.Logger.Level.DEBUG, "401 for {0} {1}: {2}", request.getMethod(),
                    request.getUriInfo().getPath(), e.getMessage());
            request.abortWith(ErrorResponses.error(401, e.getMessage()));
            return;
        }
        if (protection == Protection.ADMIN && !caller.isAdmin()) {
            request.abortWith(ErrorResponses.error(403, "scope '" + Scope.ADMIN.value()
                    + "' required for /api/admin; client '" + caller.clientKey() + "' lacks it"));
            return;
        }
        request.setProperty(Caller.ATTRIBUTE, caller);
        if (servletRequest != null) {
            servletRequest.setAttribute(Caller.ATTRIBUTE, caller);
        }
    }
}
