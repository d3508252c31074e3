package org.scorelink.xapi.entity;

/** The three Document Resources (Communication 2.2); the code is the {@code kind} column of {@code XS_DOC}. */
public enum DocumentKind {
    STATE("S", "stateId", "Communication 2.3"),
    ACTIVITY_PROFILE("A", "profileId", "Communication 2.7"),
    AGENT_PROFILE("G", "profileId", "Communication 2.6");

    private final String code;
    private final String idParam;
    private final String section;

    DocumentKind(String code, String idParam, String section) {
        this.code = code;
        this.idParam = idParam;
        this.section = section;
    }

    public String code() {
        return code;
    }

    /** The query parameter naming one document: {@code stateId} or {@code profileId}. */
    public String idParam() {
        return idParam;
    }

    /** The spec section describing the resource, for error messages. */
    public String section() {
        return section;
    }
}
