package org.scorelink.credentials.control;

import java.util.List;

/** What a request path needs: nothing, any valid client, or the admin scope. */
public enum Protection {
    PUBLIC,
    CLIENT,
    ADMIN;

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
            case "xapi" -> s.size() == 2 && s.get(1).equals("about") ? PUBLIC : CLIENT;
            case "api" -> s.size() >= 2 && s.get(1).equals("admin") ? ADMIN : CLIENT;
            default -> PUBLIC;
        };
    }
}
