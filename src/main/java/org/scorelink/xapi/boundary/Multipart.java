package org.scorelink.xapi.boundary;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.scorelink.xapi.entity.AttachmentData;

/**
 * The multipart/mixed envelope of GET statements with {@code attachments=true} (Communication 1.5.2): the
 * statement JSON is the first part; one binary part per stored attachment follows it. The boundary is a fixed
 * string unless the content holds it, then a random one (RFC 2046 5.1.1: it must not occur in any part).
 */
final class Multipart {

    static final String BOUNDARY = "scorelink-a8f3c1e5b7d94f2e";

    private final String boundary;

    private Multipart(String boundary) {
        this.boundary = boundary;
    }

    /** An envelope whose boundary occurs in none of the statement texts nor the attachment data. */
    static Multipart around(List<String> texts, List<AttachmentData> data) {
        String candidate = BOUNDARY;
        while (occurs(candidate, texts, data)) {
            candidate = "scorelink-" + UUID.randomUUID();
        }
        return new Multipart(candidate);
    }

    String type() {
        return "multipart/mixed; boundary=" + boundary;
    }

    /** The opening delimiter and headers of the statements part. */
    String start() {
        return "--" + boundary + "\r\nContent-Type: application/json\r\n\r\n";
    }

    /** Writes one part per attachment (binary, with its hash and type), then the close delimiter. */
    void writeParts(OutputStream out, List<AttachmentData> data) throws IOException {
        for (AttachmentData a : data) {
            String head = "\r\n--" + boundary + "\r\nContent-Type: " + a.contentType()
                    + "\r\nContent-Transfer-Encoding: binary\r\nX-Experience-API-Hash: " + a.sha2() + "\r\n\r\n";
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            out.write(a.body());
        }
        out.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    private static boolean occurs(String boundary, List<String> texts, List<AttachmentData> data) {
        String dashed = "--" + boundary;
        for (String t : texts) {
            if (t.contains(dashed)) {
                return true;
            }
        }
        byte[] needle = dashed.getBytes(StandardCharsets.ISO_8859_1);
        for (AttachmentData a : data) {
            if (MultipartBody.indexOf(a.body(), needle, 0) >= 0) {
                return true;
            }
        }
        return false;
    }
}
