package org.scorelink.xapi.entity;

import java.util.Optional;

/**
 * The xAPI versions this LRS speaks. Behaviour is chosen per request from the
 * {@code X-Experience-API-Version} header; statements are stored in one canonical form.
 */
public enum XapiVersion {
    V1_0_3("1.0.3"),
    V2_0_0("2.0.0");

    public static final String HEADER = "X-Experience-API-Version";

    private final String header;

    XapiVersion(String header) {
        this.header = header;
    }

    /** The value sent in the response header. */
    public String header() {
        return header;
    }

    /**
     * Reads a request's version header. 1.0.x (x any patch) maps to 1.0.3 behaviour, 2.0 and 2.0.x
     * to 2.0.0 (IEEE 9274.1.1 4.1.7); anything else is unsupported.
     */
    public static Optional<XapiVersion> fromHeader(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String v = value.trim();
        if (v.matches("1\\.0(\\.\\d+)?")) {
            return Optional.of(V1_0_3);
        }
        if (v.matches("2\\.0(\\.\\d+)?")) {
            return Optional.of(V2_0_0);
        }
        return Optional.empty();
    }

    public boolean isTwo() {
        return this == V2_0_0;
    }
}
