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

    /** Writes one part per attachment (binary, with its hash and type), then the close delimiter. */
    static void writeParts(java.io.OutputStream out, java.util.List<org.scorelink.xapi.entity.AttachmentData> data)
            throws java.io.IOException {
        for (org.scorelink.xapi.entity.AttachmentData a : data) {
            String head = "\r\n--" + BOUNDARY + "\r\nContent-Type: " + a.contentType()
                    + "\r\nContent-Transfer-Encoding: binary\r\nX-Experience-API-Hash: " + a.sha2() + "\r\n\r\n";
            out.write(head.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            out.write(a.body());
        }
        out.write(END.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        out.flush();
    }
}
