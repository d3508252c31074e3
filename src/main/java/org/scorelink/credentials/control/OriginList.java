package org.scorelink.credentials.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.scorelink.credentials.entity.AllowedOrigins;
import org.scorelink.credentials.entity.Store;

/**
 * A validated list of browser origins for a store: each entry {@code scheme://host[:port]} or
 * {@value AllowedOrigins#ANY}, in canonical form, without duplicates, in the order given. {@link #from} is the
 * only way in from untrusted JSON: it answers with a list or a 400 naming the entry at fault
 * ({@code allowedOrigins[1]: 'https://a.example/x' is not an origin (no path allowed) ...}).
 */
public record OriginList(List<String> origins) {

    public static final String FIELD = "allowedOrigins";
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*://[^/?#\\s]+/?");
    private static final String EXPECTED = "; expected scheme://host[:port], e.g. https://content.example.com, or *";

    public OriginList {
        origins = List.copyOf(origins);
    }

    /** A JSON array of origin strings; anything else is a 400 naming {@code field} or the entry. */
    public static OriginList from(String field, JsonValue value) {
        if (!(value instanceof JsonArray array)) {
            throw CredentialsException.invalid(field, "must be an array of origins (scheme://host[:port]) or [\"*\"]");
        }
        if (array.size() > Store.MAX_ORIGINS) {
            throw CredentialsException.invalid(field, "at most " + Store.MAX_ORIGINS + " origins; use \"*\" to allow any");
        }
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i < array.size(); i++) {
            String entry = field + "[" + i + "]";
            if (!(array.get(i) instanceof JsonString s)) {
                throw CredentialsException.invalid(entry, "must be a string (an origin or \"*\")");
            }
            out.add(origin(entry, s.getString()));
        }
        return new OriginList(new ArrayList<>(out));
    }

    /** Checks one origin and answers its canonical form; {@value AllowedOrigins#ANY} stays itself. */
    public static String origin(String field, String value) {
        String v = value.strip();
        if (v.equals(AllowedOrigins.ANY)) {
            return v;
        }
        if (v.length() > Store.MAX_ORIGIN_LENGTH) {
            throw bad(field, value, "longer than " + Store.MAX_ORIGIN_LENGTH + " characters");
        }
        if (!SHAPE.matcher(v).matches()) {
            String reason = !v.contains("://") ? "no scheme://"
                    : v.matches(".*://[^/]*[/?#].+") ? "no path, query or fragment allowed" : "malformed";
            throw bad(field, value, reason);
        }
        URI uri;
        try {
            uri = new URI(v);
        } catch (URISyntaxException e) {
            throw bad(field, value, "malformed");
        }
        if (uri.getRawUserInfo() != null) {
            throw bad(field, value, "no user information allowed");
        }
        if (uri.getHost() == null) {
            throw bad(field, value, "no valid host");
        }
        if (uri.getPort() == 0 || uri.getPort() > 65535) {
            throw bad(field, value, "port must be 1-65535");
        }
        return AllowedOrigins.canonical(v);
    }

    public AllowedOrigins allowed() {
        return AllowedOrigins.of(origins);
    }

    private static CredentialsException bad(String field, String value, String reason) {
        return CredentialsException.invalid(field, "'" + value + "' is not an origin (" + reason + ")" + EXPECTED);
    }
}
