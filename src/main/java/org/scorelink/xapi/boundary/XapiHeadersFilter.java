package org.scorelink.xapi.boundary;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import org.scorelink.xapi.control.Micros;
import org.scorelink.xapi.control.StatementWriter;
import org.scorelink.xapi.entity.XapiVersion;

/**
 * Checks {@code X-Experience-API-Version} on every xAPI request except {@code /xapi/about}
 * (Communication 3.3, 2.8.s5.b4) and sends it on every xAPI response, errors included: the negotiated version,
 * or 2.0.0 when the request named none this LRS speaks. CORS headers are
 * {@link CorsFilter}'s.
 *
 * <p>Runs before authentication: a request without a supported version is a 400 whether or not it carries
 * credentials (Communication 3.3.s3.b4.1, 3.3.s3.b7), so a client learns what is wrong with the request first.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class XapiHeadersFilter implements ContainerRequestFilter, ContainerResponseFilter {

    @Inject
    StatementWriter writer;

    /** Request property holding the negotiated {@link XapiVersion}. */
    public static final String VERSION = "org.scorelink.xapi.version";

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!isXapi(path) || "OPTIONS".equals(request.getMethod())) {
            return;
        }
        String header = request.getHeaderString(XapiVersion.HEADER);
        if (path.endsWith("about")) {
            // never rejected for its version header (2.8.s5.b4), but a version it names is answered in
            XapiVersion.fromHeader(header).ifPresent(v -> request.setProperty(VERSION, v));
            return;
        }
        if (header == null) {
            request.abortWith(XapiExceptionMapper.error(400,
                    "header " + XapiVersion.HEADER + ": required on every xAPI request (Communication 3.3)"));
            return;
        }
        var version = XapiVersion.fromHeader(header);
        if (version.isEmpty()) {
            request.abortWith(XapiExceptionMapper.error(400, "header " + XapiVersion.HEADER
                    + ": unsupported version '" + header + "'; this LRS accepts 1.0.x and 2.0.x"));
            return;
        }
        request.setProperty(VERSION, version.get());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!isXapi(request.getUriInfo().getPath())) {
            return;
        }
        Object v = request.getProperty(VERSION);
        XapiVersion version = v instanceof XapiVersion xv ? xv : XapiVersion.V2_0_0;
        response.getHeaders().putSingle(XapiVersion.HEADER, version.header());
        if (isStatements(request.getUriInfo().getPath())) {
            // Communication 2.1.3.s2.b5: on every Statement resource response, errors included
            response.getHeaders().putSingle("X-Experience-API-Consistent-Through",
                    Micros.format(writer.consistentThroughMicros()));
        }
    }

    static boolean isStatements(String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        return p.startsWith("xapi/statements");
    }

    static boolean isXapi(String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        return p.equals("xapi") || p.startsWith("xapi/");
    }

    /**
     * The version negotiated for this request (2.0.0 when the filter did not run). Request properties are
     * servlet request attributes on this runtime, so resources read them from the servlet request.
     */
    public static XapiVersion version(jakarta.servlet.http.HttpServletRequest request) {
        Object v = request.getAttribute(VERSION);
        return v instanceof XapiVersion xv ? xv : XapiVersion.V2_0_0;
    }

}
