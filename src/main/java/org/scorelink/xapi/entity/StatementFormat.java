package org.scorelink.xapi.entity;

import java.util.Optional;

/** The {@code format} parameter of GET statements (Communication 2.1.3). */
public enum StatementFormat {
    IDS, EXACT, CANONICAL;

    public static Optional<StatementFormat> of(String value) {
        return switch (value) {
            case "ids" -> Optional.of(IDS);
            case "exact" -> Optional.of(EXACT);
            case "canonical" -> Optional.of(CANONICAL);
            default -> Optional.empty();
        };
    }

    public String value() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
