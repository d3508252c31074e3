package org.scorelink.xapi.entity;

/**
 * A statement read back from storage.
 *
 * @param seq             storage sequence = stored time in µs
 * @param body            JSON text without {@code stored}
 * @param timestampAbsent the client sent no timestamp: {@code timestamp} reads as {@code stored}
 */
public record StoredStatement(long seq, String body, boolean timestampAbsent) {
}
