package org.scorelink.xapi.entity;

import java.util.Optional;

/**
 * The {@code If-Match} / {@code If-None-Match} headers of a write (Communication 3.1; xAPI 2.0 4.1.4), as sent.
 */
public record DocumentPreconditions(Optional<String> ifMatch, Optional<String> ifNoneMatch) {

    public static final DocumentPreconditions NONE = new DocumentPreconditions(Optional.empty(), Optional.empty());

    public boolean isEmpty() {
        return ifMatch.isEmpty() && ifNoneMatch.isEmpty();
    }

    /**
     * True when the preconditions hold for the current document (empty when there is none), as RFC 7232 3.1 and
     * 3.2 define them: If-Match needs a current document whose ETag is listed (or {@code *}); If-None-Match
     * needs no current document ({@code *}) or one whose ETag is not listed.
     */
    public boolean holdFor(Optional<Document> current) {
        if (ifMatch.isPresent()) {
            if (current.isEmpty() || !matches(ifMatch.get(), current.get().etag())) {
                return false;
            }
        }
        if (ifNoneMatch.isPresent() && current.isPresent() && matches(ifNoneMatch.get(), current.get().etag())) {
            return false;
        }
        return true;
    }

    private static boolean matches(String header, String etag) {
        for (String tag : header.split(",")) {
            String t = tag.trim();
            if (t.equals("*")) {
                return true;
            }
            if (t.startsWith("W/")) {
                t = t.substring(2);
            }
            if (t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")) {
                t = t.substring(1, t.length() - 1);
            }
            if (t.equalsIgnoreCase(etag)) {
                return true;
            }
        }
        return false;
    }
}
