package org.scorelink.credentials.entity;

import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The browser origins allowed to call the LRS (CORS): a set of origins, or any origin ({@value #ANY}).
 * Origins compare in {@link #canonical} form, so {@code HTTPS://Content.Example.com:443/} and
 * {@code https://content.example.com} are the same origin.
 *
 * @param any     {@value #ANY} was listed: every origin is allowed
 * @param origins the listed origins in canonical form (without {@value #ANY})
 */
public record AllowedOrigins(boolean any, Set<String> origins) {

    public static final String ANY = "*";
    /** Allows no origin: browser pages cannot call; server-to-server requests (no Origin) are unaffected. */
    public static final AllowedOrigins NONE = new AllowedOrigins(false, Set.of());

    public AllowedOrigins {
        origins = Set.copyOf(origins);
    }

    /** From listed entries ({@value #ANY} or origins), canonicalised. */
    public static AllowedOrigins of(Collection<String> entries) {
        Set<String> set = new HashSet<>();
        boolean any = false;
        for (String e : entries) {
            String c = canonical(e);
            if (c.equals(ANY)) {
                any = true;
            } else if (!c.isEmpty()) {
                set.add(c);
            }
        }
        return new AllowedOrigins(any, set);
    }

    /** The value of a request's {@code Origin} header is allowed. */
    public boolean allows(String origin) {
        return any || origins.contains(canonical(origin));
    }

    /** Every origin either allows. */
    public AllowedOrigins union(AllowedOrigins other) {
        Set<String> set = new HashSet<>(origins);
        set.addAll(other.origins);
        return new AllowedOrigins(any || other.any, set);
    }

    /**
     * Lower case, without a trailing slash and without the default port of {@code http} (80) or {@code https}
     * (443), which browsers never put in an {@code Origin} header.
     */
    public static String canonical(String origin) {
        String o = origin.strip().toLowerCase(Locale.ROOT);
        if (o.endsWith("/")) {
            o = o.substring(0, o.length() - 1);
        }
        if (o.startsWith("https://") && o.endsWith(":443")) {
            return o.substring(0, o.length() - 4);
        }
        if (o.startsWith("http://") && o.endsWith(":80")) {
            return o.substring(0, o.length() - 3);
        }
        return o;
    }
}
