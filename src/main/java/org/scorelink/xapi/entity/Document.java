package org.scorelink.xapi.entity;

import java.util.Locale;

/**
 * One stored document (Communication 2.2): its content byte for byte, the Content-Type it was sent with, its
 * ETag (SHA-1 hex of the content, Communication 3.1.s4.b2) and when it was last modified (µs since the epoch).
 */
public record Document(String contentType, byte[] content, String etag, long updatedMicros) {

    public boolean isJson() {
        return isJson(contentType);
    }

    /** {@code application/json}, with or without parameters. */
    public static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        return contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT).equals("application/json");
    }
}
