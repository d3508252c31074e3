package org.scorelink.credentials.entity;

import java.util.Optional;

/** Authorization scopes as xAPI 1.0.3 Communication 4.0 names them, plus Scorelink's own scopes. */
public enum Scope {
    STATEMENTS_WRITE("statements/write"),
    STATEMENTS_READ("statements/read"),
    STATEMENTS_READ_MINE("statements/read/mine"),
    ALL_READ("all/read"),
    ALL("all"),
    STATE("state"),
    DEFINE("define"),
    PROFILE("profile"),
    /** Scorelink administration: manage stores and clients, and the own store's scorecard. Not an xAPI scope. */
    ADMIN("scorelink/admin"),
    /** Read the own store's scorecard reports ({@code /api/scorecard/**}) and nothing else: for executives. */
    REPORTS("scorelink/reports");

    private final String value;

    Scope(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    public static Optional<Scope> of(String value) {
        for (Scope s : values()) {
            if (s.value.equals(value)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
