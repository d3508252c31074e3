package org.scorelink.xapi.boundary;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * An alternate-syntax request (Communication 1.3) seen as the normal request it stands for: the intended
 * method, the form's header fields as headers, its other fields as the query string, {@code content} as the
 * body. Everything else (attributes, the real URL and the remaining headers) is the real request's.
 */
final class AlternateRequest extends HttpServletRequestWrapper {

    private final String method;
    /** Header overrides, case-insensitive; a {@code null} value hides the real header. */
    private final Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private final Map<String, List<String>> params;
    private final String query;
    private final byte[] content;

    /**
     * @param formHeaders the form's header fields (any of {@link AlternateRequestFilter#FORM_HEADERS})
     * @param params      the form's other fields except {@code content}
     * @param content     {@code content}, or {@code null} when the form had none
     */
    AlternateRequest(HttpServletRequest request, String method, Map<String, String> formHeaders,
            Map<String, List<String>> params, String content) {
        super(request);
        this.method = method;
        this.params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
        this.query = encode(params);
        this.content = content == null ? new byte[0] : content.getBytes(StandardCharsets.UTF_8);
        // The real Content-Type and Content-Length describe the form, never the content.
        headers.put("Content-Type", null);
        headers.put("Content-Length", content == null ? null : Integer.toString(this.content.length));
        formHeaders.forEach((name, value) -> {
            // Content-Length is what the content really is: a wrong form value must not mislead the reader.
            if (!name.equalsIgnoreCase("Content-Length")) {
                headers.put(name, value);
            }
        });
    }

    @Override
    public String getMethod() {
        return method;
    }

    @Override
    public String getHeader(String name) {
        return headers.containsKey(name) ? headers.get(name) : super.getHeader(name);
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
        if (headers.containsKey(name)) {
            String v = headers.get(name);
            return Collections.enumeration(v == null ? List.of() : List.of(v));
        }
        return super.getHeaders(name);
    }

    @Override
    public Enumeration<String> getHeaderNames() {
        Set<String> names = new LinkedHashSet<>();
        for (String n : Collections.list(super.getHeaderNames())) {
            if (!headers.containsKey(n)) {
                names.add(n);
            }
        }
        headers.forEach((n, v) -> {
            if (v != null) {
                names.add(n);
            }
        });
        return Collections.enumeration(names);
    }

    @Override
    public int getIntHeader(String name) {
        String v = getHeader(name);
        return v == null ? -1 : Integer.parseInt(v.trim());
    }

    @Override
    public String getContentType() {
        return getHeader("Content-Type");
    }

    @Override
    public int getContentLength() {
        return content.length;
    }

    @Override
    public long getContentLengthLong() {
        return content.length;
    }

    @Override
    public String getCharacterEncoding() {
        return StandardCharsets.UTF_8.name(); // Communication 1.3.s3.b5: content is a UTF-8 string
    }

    @Override
    public String getQueryString() {
        return query.isEmpty() ? null : query;
    }

    @Override
    public String getParameter(String name) {
        List<String> v = params.get(name);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        Map<String, String[]> m = new LinkedHashMap<>();
        params.forEach((k, v) -> m.put(k, v.toArray(String[]::new)));
        return Collections.unmodifiableMap(m);
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return Collections.enumeration(params.keySet());
    }

    @Override
    public String[] getParameterValues(String name) {
        List<String> v = params.get(name);
        return v == null ? null : v.toArray(String[]::new);
    }

    @Override
    public ServletInputStream getInputStream() {
        ByteArrayInputStream in = new ByteArrayInputStream(content);
        return new ServletInputStream() {
            @Override
            public int read() {
                return in.read();
            }

            @Override
            public int read(byte[] b, int off, int len) {
                return in.read(b, off, len);
            }

            @Override
            public boolean isFinished() {
                return in.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                throw new IllegalStateException("alternate-syntax content is already in memory");
            }
        };
    }

    @Override
    public BufferedReader getReader() {
        return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(content), StandardCharsets.UTF_8));
    }

    private static String encode(Map<String, List<String>> params) {
        StringBuilder b = new StringBuilder();
        params.forEach((name, values) -> values.forEach(v -> {
            if (b.length() > 0) {
                b.append('&');
            }
            b.append(URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20")).append('=')
                    .append(URLEncoder.encode(v, StandardCharsets.UTF_8).replace("+", "%20"));
        }));
        return b.toString();
    }
}
