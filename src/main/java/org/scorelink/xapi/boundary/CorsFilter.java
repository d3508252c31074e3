package org.scorelink.xapi.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Cross-Origin Resource Sharing for {@code /xapi/**}, so content launched in a browser from another origin
 * can reach the LRS (Communication 1.3 motivates it; the Fetch standard defines it).
 *
 * <p>A servlet filter rather than a JAX-RS filter: it answers preflights before JAX-RS (and so before
 * authentication and the version check, which a preflight can never satisfy), and it puts the CORS
 * headers on the response before anything else runs, so every answer carries them — JAX-RS errors,
 * authentication failures and the 400s of {@link AlternateRequestFilter}, which runs after it
 * ({@code WEB-INF/web.xml} fixes the order).
 *
 * <p>Allowed origins come from {@code scorelink.xapi.cors.allowed-origins} (comma-separated, default
 * {@code *}). An allowed origin is echoed, never {@code *}, with {@code Vary: Origin}. A request from any
 * other origin gets no CORS headers, so the browser withholds the response. No
 * {@code Access-Control-Allow-Credentials}: xAPI clients send {@code Authorization} as an explicit header,
 * which CORS allows without it, and the LRS uses no cookies — allowing credentials would only let pages
 * ride on a browser's cached Basic login.
 */
public class CorsFilter extends HttpFilter {

    static final String CONFIG_KEY = "scorelink.xapi.cors.allowed-origins";
    static final String ALLOW_METHODS = "GET, HEAD, PUT, POST, DELETE, OPTIONS";
    static final String ALLOW_HEADERS = "Authorization, Content-Type, X-Experience-API-Version, If-Match, "
            + "If-None-Match, Accept-Language, X-Requested-With";
    static final String EXPOSE_HEADERS = "ETag, Last-Modified, X-Experience-API-Version, "
            + "X-Experience-API-Consistent-Through";
    /** A day; browsers cap it lower (Chrome at 2 hours), which is fine. */
    static final String MAX_AGE = "86400";

    private boolean anyOrigin;
    private Set<String> origins = Set.of();

    @Override
    public void init(FilterConfig config) throws ServletException {
        super.init(config);
        String value = ConfigProvider.getConfig().getOptionalValue(CONFIG_KEY, String.class).orElse("*");
        origins = Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .map(CorsFilter::normalize).collect(Collectors.toUnmodifiableSet());
        anyOrigin = origins.contains("*");
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.addHeader("Vary", "Origin");
        String origin = request.getHeader("Origin");
        if (origin == null || !allowed(origin)) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("Access-Control-Allow-Origin", origin);
        if ("OPTIONS".equals(request.getMethod()) && request.getHeader("Access-Control-Request-Method") != null) {
            response.setHeader("Access-Control-Allow-Methods", ALLOW_METHODS);
            response.setHeader("Access-Control-Allow-Headers", ALLOW_HEADERS);
            response.setHeader("Access-Control-Max-Age", MAX_AGE);
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        response.setHeader("Access-Control-Expose-Headers", EXPOSE_HEADERS);
        chain.doFilter(request, response);
    }

    boolean allowed(String origin) {
        return anyOrigin || origins.contains(normalize(origin));
    }

    /** Origins compare case-insensitively (scheme and host) and without a trailing slash. */
    private static String normalize(String origin) {
        String o = origin.trim().toLowerCase(Locale.ROOT);
        return o.endsWith("/") ? o.substring(0, o.length() - 1) : o;
    }
}
