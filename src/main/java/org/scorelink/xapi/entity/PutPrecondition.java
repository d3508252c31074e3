package org.scorelink.xapi.entity;

/**
 * When a PUT onto a Document Resource must carry {@code If-Match} or {@code If-None-Match} (Communication 3.1;
 * xAPI 2.0 4.1.4). Without either header an LRS must answer 409 for a document that exists (3.1.s4.b13); the
 * profile resources also refuse to create one (400), because their clients must always send one (3.1.s3.b1).
 */
public enum PutPrecondition {
    /** xAPI 1.0.3 State: PUT without concurrency headers replaces (3.1.s3). */
    OPTIONAL,
    /** xAPI 2.0 State: needed to replace an existing document (409), not to create one (4.1.4). */
    TO_REPLACE,
    /** Agent and Activity Profile: always; 409 when the document exists, 400 when it does not (3.1.s3.b1). */
    ALWAYS
}
