package org.scorelink.xapi.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.scorelink.credentials.entity.Caller;
import org.scorelink.xapi.control.OriginPolicy;

/**
 * Cross-Origin Resource Sharing for {@code /xapi/**}, so content launched in a browser from another origin
 * can reach the LRS (Communication 1.3 motivates it; the Fetch standard defines it).
 *
 * <p>A servlet filter rather than a JAX-RS filter: it answers preflights before JAX-RS (and so before
 * authentication and the version check, which a preflight can never satisfy), and it puts the CORS
 * headers on every answer — JAX-RS errors, authentication failures and the 400s of
 * {@link AlternateRequestFilter}, which runs after it ({@code WEB-INF/web.xml} fixes the order).
 *
 * <p>Which origins are allowed is {@link OriginPolicy}'s: per store, or LRS-wide. A preflight carries no
 * credentials, so it is granted when any store (or the LRS-wide list) allows the origin. On an actual request
 * the store is known only once {@code AuthenticationFilter} has run, inside the chain — for the alternate
 * request syntax only after the form was read — so the headers are decided when the response is about to be
 * committed ({@link CorsResponse}): for an authenticated caller by its store's list, otherwise (401, the
 * alternate syntax's own 400s, {@code /xapi/about}) like a preflight. A caller whose store does not allow the
 * origin is refused with 403 before anything is processed ({@link StoreOriginFilter}), and that 403 carries no
 * {@code Access-Control-Allow-Origin}.
 *
 * <p>An allowed origin is echoed, never {@code *}, with {@code Vary: Origin}. A request from any other origin
 * gets no CORS headers, so the browser withholds the response. No {@code Access-Control-Allow-Credentials}:
 * xAPI clients send {@code Authorization} as an explicit header, which CORS allows without it, and the LRS
 * uses no cookies — allowing credentials would only let pages ride on a browser's cached Basic login.
 */
public class CorsFilter extends HttpFilter {

    static final String ALLOW_METHODS = "GET, HEAD, PUT, POST, DELETE, OPTIONS";
    static final String ALLOW_HEADERS = "Authorization, Content-Type, X-Experience-API-Version, If-Match, "
            + "If-None-Match, Accept-Language, X-Requested-With";
    static final String EXPOSE_HEADERS = "ETag, Last-Modified, X-Experience-API-Version, "
            + "X-Experience-API-Consistent-Through";
    /** A day; browsers cap it lower (Chrome at 2 hours), which is fine. */
    static final String MAX_AGE = "86400";

    @Inject
    OriginPolicy policy;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.addHeader("Vary", "Origin");
        String origin = request.getHeader("Origin");
        if (origin == null || !policy.allowsSomewhere(origin)) {
            chain.doFilter(request, response);
            return;
        }
        if ("OPTIONS".equals(request.getMethod()) && request.getHeader("Access-Control-Request-Method") != null) {
            response.setHeader("Access-Control-Allow-Origin", origin);
            response.setHeader("Access-Control-Allow-Methods", ALLOW_METHODS);
            response.setHeader("Access-Control-Allow-Headers", ALLOW_HEADERS);
            response.setHeader("Access-Control-Max-Age", MAX_AGE);
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        CorsResponse deferred = new CorsResponse(response, () -> {
            if (request.getAttribute(Caller.ATTRIBUTE) instanceof Caller caller
                    && !policy.allows(caller.storeId(), origin)) {
                return;
            }
            response.setHeader("Access-Control-Allow-Origin", origin);
            response.setHeader("Access-Control-Expose-Headers", EXPOSE_HEADERS);
        });
        try {
            chain.doFilter(request, deferred);
        } finally {
            if (!response.isCommitted()) {
                deferred.beforeCommit(); // nothing wrote a body (a 204), or the container will write the error
            }
        }
    }
}
