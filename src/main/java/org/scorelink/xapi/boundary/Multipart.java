package org.scorelink.xapi.boundary;

/**
 * The multipart/mixed envelope of GET statements with {@code attachments=true} (Communication 1.5.2): the
 * statement JSON is the first part; attachment parts follow it when attachment data is stored.
 */
final class Multipart {

    static final String BOUNDARY = "scorelink-a8f3c1e5b7d94f2e";
    static final String TYPE = "multipart/mixed; boundary=" + BOUNDARY;
    static final String START = "--" + BOUNDARY + "\r\nContent-Type: application/json\r\n\r\n";
    static final String END = "\r\n--" + BOUNDARY + "--\r\n";

    private Multipart() {
    }
}
