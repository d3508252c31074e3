package org.scorelink.xapi.entity;

/**
 * The raw data of a statement attachment (Data 2.4.11), keyed by its SHA-2.
 *
 * @param sha2        lower-case hex SHA-2 of {@code body}, as the attachment object's {@code sha2}
 * @param contentType its Internet Media Type
 * @param body        the octets
 */
public record AttachmentData(String sha2, String contentType, byte[] body) {
}
