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

    static String readJson(HttpHeaders headers, InputStream in, long maxBytes) {
        String type = headers.getHeaderString(HttpHeaders.CONTENT_TYPE);
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).trim().startsWith("application/json")) {
            throw XapiException.badRequest("header Content-Type: must be application/json, was "
                    + (type == null ? "absent" : "'" + type + "'"));
        }
        byte[] body = readBytes(headers, in, maxBytes);
        if (body.length == 0) {
            throw XapiException.badRequest("body: empty; a Statement or an array of Statements is required");
        }
        return new String(body, StandardCharsets.UTF_8);
    }

    /** Any body, byte for byte (a document: Communication 2.2), up to {@code maxBytes}; may be empty. */
    static byte[] readBytes(HttpHeaders headers, InputStream in, long maxBytes) {
        String length = headers.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            try {
                if (Long.parseLong(length.trim()) > maxBytes) {
                    throw tooLarge(maxBytes);
                }
            } catch (NumberFormatException e) {
                throw XapiException.badRequest("header Content-Length: not a number");
            }
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
            byte[] buf = new byte[16384];
            long total = 0;
            int n;
            while ((n = in.read(buf)) > 0) {
                total += n;
                if (total > maxBytes) {
                    throw tooLarge(maxBytes);
                }
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static XapiException tooLarge(long maxBytes) {
        return new XapiException(XapiException.Kind.PAYLOAD_TOO_LARGE,
                "body: larger than this LRS accepts (" + maxBytes + " bytes; scorelink.xapi.max-body-bytes)");
    }
}
