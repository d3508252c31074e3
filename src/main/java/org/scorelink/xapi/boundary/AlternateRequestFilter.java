package org.scorelink.xapi.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.microprofile.config.ConfigProvider;
import org.scorelink.credentials.boundary.ErrorResponses;
import org.scorelink.xapi.control.Micros;
import org.scorelink.xapi.control.StatementWriter;
import org.scorelink.xapi.entity.XapiVersion;

/**
 * The xAPI 1.0.3 alternate request syntax (Communication 1.3) for every {@code /xapi/**} resource:
 * {@code POST ...?method=PUT} with an {@code application/x-www-form-urlencoded} form carrying the headers,
 * the resource's parameters and the body ({@code content}). The request is replaced by the normal request it
 * stands for ({@link AlternateRequest}), so resources, authentication and the version check see no
 * difference. Removed in xAPI 2.0: a 2.0 request using it gets a 400 saying so.
 *
 * <p>A servlet filter because the {@code Authorization} form field must be honoured: the rewrite has to
 * happen before {@code AuthenticationFilter}, and wrapping the servlet request is the one way that changes
 * method, headers, query and body together for everything downstream, JAX-RS and servlet API alike.
 */
public class AlternateRequestFilter extends HttpFilter {

    private static final System.Logger LOG = System.getLogger(AlternateRequestFilter.class.getName());

    /** Header fields a form may carry (Communication 1.3.s3.b6), matched case-insensitively like headers. */
    static final Set<String> FORM_HEADERS = Set.of("authorization", "x-experience-api-version", "content-type",
            "content-length", "if-match", "if-none-match");
    static final Set<String> METHODS = Set.of("GET", "HEAD", "PUT", "POST", "DELETE");
    private static final String FORM = "application/x-www-form-urlencoded";

    @Inject
    StatementWriter writer;

    private long maxFormBytes;

    @Override
    public void init(FilterConfig config) throws ServletException {
        super.init(config);
        var mp = ConfigProvider.getConfig();
        // The form carries a statement request or a document: the larger limit bounds its content.
        long maxBody = Math.max(
                mp.getOptionalValue(RequestBodies.MAX_BODY_KEY, Long.class).orElse(16_777_216L),
                mp.getOptionalValue(RequestBodies.MAX_DOCUMENT_KEY, Long.class).orElse(16_777_216L));
        // URL encoding at most triples the content; the rest of the form is a few headers and parameters.
        maxFormBytes = maxBody * 3 + 65_536;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Map<String, List<String>> query = decode(request.getQueryString());
        if (!"POST".equals(request.getMethod()) || query == null || !query.containsKey("method")) {
            chain.doFilter(request, response);
            return;
        }
        Optional<XapiVersion> headerVersion = XapiVersion.fromHeader(request.getHeader(XapiVersion.HEADER));
        String type = request.getContentType();
        if (type != null && !type.toLowerCase(Locale.ROOT).trim().startsWith(FORM)) {
            if (headerVersion.filter(XapiVersion::isTwo).isPresent()) {
                removedInTwo(request, response);
            } else {
                error(request, response, 400, headerVersion, "header Content-Type: must be " + FORM
                        + " with the alternate request syntax (method=...), was '" + type + "' (Communication 1.3)");
            }
            return;
        }
        byte[] body = RequestBodies.readAtMost(request.getInputStream(), maxFormBytes);
        if (body == null) {
            error(request, response, 413, headerVersion, "body: form larger than this LRS accepts ("
                    + maxFormBytes + " bytes; 3 x the larger of scorelink.xapi.max-body-bytes and "
                    + "scorelink.xapi.max-document-bytes, + 64 KiB)");
            return;
        }
        Map<String, List<String>> form = decode(new String(body, StandardCharsets.ISO_8859_1));
        if (form == null) {
            error(request, response, 400, headerVersion, "body: not a valid URL-encoded form (Communication 1.3)");
            return;
        }
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        Map<String, List<String>> params = new LinkedHashMap<>();
        String content = null;
        for (var field : form.entrySet()) {
            String name = field.getKey();
            if (name.equals("content")) {
                content = field.getValue().get(0);
            } else if (FORM_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                headers.put(name, field.getValue().get(0));
            } else {
                params.put(name, field.getValue());
            }
        }
        Optional<XapiVersion> version = headers.containsKey(XapiVersion.HEADER)
                ? XapiVersion.fromHeader(headers.get(XapiVersion.HEADER)) : headerVersion;
        if (version.filter(XapiVersion::isTwo).isPresent()) {
            removedInTwo(request, response);
            return;
        }
        for (String name : query.keySet()) {
            if (!name.equals("method")) {
                error(request, response, 400, version, "parameter " + name + ": only 'method' may be in the query "
                        + "string with the alternate request syntax; send it as a form field (Communication 1.3.s3.b3)");
                return;
            }
        }
        String method = query.get("method").get(0).toUpperCase(Locale.ROOT);
        if (query.get("method").size() > 1 || !METHODS.contains(method)) {
            error(request, response, 400, version, "parameter method: must be one of GET, HEAD, PUT, POST, DELETE,"
                    + " was '" + String.join(",", query.get("method")) + "' (Communication 1.3.s3.b2)");
            return;
        }
        if (content == null && (method.equals("PUT") || method.equals("POST"))) {
            error(request, response, 400, version, "form field content: required for method=" + method
                    + "; the body goes URL-encoded into a form field named content (Communication 1.3.s3.b4)");
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (content != null && !headers.containsKey("Content-Type") && XapiHeadersFilter.isStatements(path)) {
            // 1.3.s3.b10 only says SHOULD* name the content's type; statements sent this way can only be JSON
            // (attachments cannot be sent with this syntax, 1.3), so that is what an unnamed type means.
            headers.put("Content-Type", "application/json");
        }
        LOG.log(System.Logger.Level.DEBUG, "alternate syntax: {0} {1}", method, request.getRequestURI());
        chain.doFilter(new AlternateRequest(request, method, headers, params, content), response);
    }

    private void removedInTwo(HttpServletRequest request, HttpServletResponse response) throws IOException {
        error(request, response, 400, Optional.of(XapiVersion.V2_0_0), "parameter method: the alternate request "
                + "syntax (xAPI 1.0.3 Communication 1.3) was removed in xAPI 2.0; send a normal request, or "
                + "X-Experience-API-Version 1.0.3");
    }

    /** The error shape and xAPI headers JAX-RS would give, written here because JAX-RS never sees the request. */
    private void error(HttpServletRequest request, HttpServletResponse response, int status,
            Optional<XapiVersion> version, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader(XapiVersion.HEADER, version.orElse(XapiVersion.V2_0_0).header());
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (XapiHeadersFilter.isStatements(path)) {
            response.setHeader("X-Experience-API-Consistent-Through", Micros.format(writer.consistentThroughMicros()));
        }
        response.getWriter().write(ErrorResponses.body(status, message));
    }

    /**
     * {@code a=1&b=2} to names and values, decoded as UTF-8; empty for {@code null}; {@code null} when an
     * escape is malformed. The text is ASCII once encoded, so decoding its bytes as ISO-8859-1 is lossless.
     */
    static Map<String, List<String>> decode(String encoded) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return out;
        }
        try {
            for (String pair : encoded.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                out.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            }
        } catch (IllegalArgumentException e) {
            return null;
        }
        return out;
    }
}
