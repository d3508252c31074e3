package org.scorelink.xapi.boundary;

import jakarta.ws.rs.core.HttpHeaders;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.scorelink.xapi.control.XapiException;

/** Reads request bodies with a size limit (413 beyond it) and checks their media type. */
final class RequestBodies {

    private RequestBodies() {
    }

    /** The key of the limit on a whole statement request (JSON, or multipart with its attachment parts). */
    static final String MAX_BODY_KEY = "scorelink.xapi.max-body-bytes";
    /** The key of the limit on one document (State, Activity Profile, Agent Profile). */
    static final String MAX_DOCUMENT_KEY = "scorelink.xapi.max-document-bytes";
    /** The key of the limit on one attachment part of a multipart statement request. */
    static final String MAX_ATTACHMENT_KEY = "scorelink.xapi.max-attachment-bytes";

    static String readJson(HttpHeaders headers, InputStream in, long maxBytes) {
        String type = headers.getHeaderString(HttpHeaders.CONTENT_TYPE);
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).trim().startsWith("application/json")) {
            throw XapiException.badRequest("header Content-Type: must be application/json, was "
                    + (type == null ? "absent" : "'" + type + "'"));
        }
        byte[] body = readBytes(headers, in, maxBytes, MAX_BODY_KEY);
        if (body.length == 0) {
            throw XapiException.badRequest("body: empty; a Statement or an array of Statements is required");
        }
        return new String(body, StandardCharsets.UTF_8);
    }

    /**
     * Any body, byte for byte (a document: Communication 2.2), up to {@code maxBytes}; may be empty. Beyond it 413
     * naming the limit and its configuration key {@code limitKey} (Communication 3.2.s2.b7; 2.0 4.1.5).
     */
    static byte[] readBytes(HttpHeaders headers, InputStream in, long maxBytes, String limitKey) {
        String length = headers.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            try {
                if (Long.parseLong(length.trim()) > maxBytes) {
                    throw tooLarge("body", maxBytes, limitKey);
                }
            } catch (NumberFormatException e) {
                throw XapiException.badRequest("header Content-Length: not a number");
            }
        }
        try {
            byte[] body = readAtMost(in, maxBytes);
            if (body == null) {
                throw tooLarge("body", maxBytes, limitKey);
            }
            return body;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads {@code in} to its end if it holds at most {@code maxBytes}; {@code null} as soon as it holds more. */
    static byte[] readAtMost(InputStream in, long maxBytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        byte[] buf = new byte[16384];
        long total = 0;
        int n;
        while ((n = in.read(buf)) > 0) {
            total += n;
            if (total > maxBytes) {
                return null;
            }
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }

    /** 413: {@code what} is larger than the limit configured under {@code limitKey}. */
    static XapiException tooLarge(String what, long maxBytes, String limitKey) {
        return new XapiException(XapiException.Kind.PAYLOAD_TOO_LARGE,
                what + ": larger than this LRS accepts (" + maxBytes + " bytes; " + limitKey + ")");
    }
}
