package org.scorelink.credentials.control;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** What a request path needs: nothing, any valid client, or the admin scope. */
public enum Protection {
    PUBLIC,
    CLIENT,
    ADMIN;

    private static final Set<String> DOCUMENT_METHODS = Set.of("GET", "HEAD", "PUT", "POST", "DELETE");

    /**
     * The methods each xAPI resource serves (Communication 2.1-2.8). Any other method is answered 405 by the
     * resource itself, without credentials: the method is wrong whoever asks, and 405 says so (Communication 3.2).
     */
    private static final Map<String, Set<String>> XAPI_METHODS = Map.of(
            "statements", Set.of("GET", "HEAD", "PUT", "POST"),
            "activities", Set.of("GET", "HEAD"),
            "activities/state", DOCUMENT_METHODS,
            "activities/profile", DOCUMENT_METHODS,
            "agents", Set.of("GET", "HEAD"),
            "agents/profile", DOCUMENT_METHODS);

    /**
     * @param method   HTTP method
     * @param segments path segments below the context root, without matrix parameters
     */
    public static Protection of(String method, List<String> segments) {
        List<String> s = segments.stream().filter(x -> !x.isEmpty()).toList();
        if ("OPTIONS".equalsIgnoreCase(method) || s.isEmpty()) {
            return PUBLIC; // CORS preflight never carries credentials
        }
        return switch (s.get(0)) {
            case "xapi" -> s.size() == 2 && s.get(1).equals("about") || notServed(method, s) ? PUBLIC : CLIENT;
            case "api" -> s.size() >= 2 && s.get(1).equals("admin") ? ADMIN : CLIENT;
            default -> PUBLIC;
        };
    }

    /** Whether {@code segments} name an xAPI resource that does not serve {@code method} (it answers 405). */
    private static boolean notServed(String method, List<String> segments) {
        Set<String> served = XAPI_METHODS.get(String.join("/", segments.subList(1, segments.size())));
        return served != null && !served.contains(method.toUpperCase(Locale.ROOT));
    }
}
