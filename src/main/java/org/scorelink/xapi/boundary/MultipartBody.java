package org.scorelink.xapi.boundary;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.scorelink.xapi.control.XapiException;

/**
 * A binary-safe parser of {@code multipart/mixed} request bodies (RFC 2046 5.1), as statements with attachments
 * arrive (Communication 1.5.2). The body is already in memory, bounded by {@code scorelink.xapi.max-body-bytes};
 * parts are found by searching for the delimiter bytes, never by decoding the content as text.
 */
final class MultipartBody {

    /** One body part: its headers (names lower-case) and octets. */
    record Part(Map<String, String> headers, byte[] body) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private MultipartBody() {
    }

    static boolean isMultipart(String contentType) {
        return contentType != null && contentType.trim().toLowerCase(Locale.ROOT).startsWith("multipart/mixed");
    }

    /** The boundary parameter of a multipart Content-Type. */
    static String boundary(String contentType) {
        for (String param : contentType.split(";")) {
            String p = param.trim();
            int eq = p.indexOf('=');
            if (eq > 0 && p.substring(0, eq).trim().equalsIgnoreCase("boundary")) {
                String v = p.substring(eq + 1).trim();
                if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
                    v = v.substring(1, v.length() - 1);
                }
                if (v.isEmpty() || v.length() > 70) {
                    break;
                }
                return v;
            }
        }
        throw XapiException.badRequest("header Content-Type: multipart/mixed needs a boundary parameter of 1 to 70 "
                + "characters (RFC 2046 5.1.1)");
    }

    /** Splits {@code body} into its parts; preamble and epilogue are ignored. */
    static List<Part> parse(byte[] body, String boundary) {
        byte[] dash = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        byte[] delimiter = crlf(dash);
        // The first delimiter may open the body; otherwise it follows a preamble (possibly empty) and a CRLF,
        // as in a body that starts with CRLF.
        int at;
        if (startsWith(body, 0, dash)) {
            at = 0;
        } else {
            int crlf = indexOf(body, delimiter, 0);
            if (crlf < 0) {
                throw XapiException.badRequest("body: no multipart boundary '" + boundary + "' found (RFC 2046 5.1.1)");
            }
            at = crlf + 2; // the dashes, past the CRLF before them
        }
        List<Part> parts = new ArrayList<>();
        int pos = at + dash.length;
        while (true) {
            if (pos + 1 < body.length && body[pos] == '-' && body[pos + 1] == '-') {
                return parts; // close delimiter
            }
            pos = skipLinearWhitespace(body, pos);
            if (!startsWith(body, pos, new byte[] {'\r', '\n'})) {
                throw XapiException.badRequest("body: malformed multipart delimiter line after part " + parts.size());
            }
            pos += 2;
            int end = indexOf(body, delimiter, pos);
            if (end < 0) {
                throw XapiException.badRequest("body: multipart part " + parts.size() + " is not closed by a "
                        + "boundary delimiter (RFC 2046 5.1.1)");
            }
            parts.add(part(body, pos, end, parts.size()));
            pos = end + delimiter.length;
        }
    }

    private static Part part(byte[] body, int from, int to, int index) {
        Map<String, String> headers = new LinkedHashMap<>();
        int pos = from;
        while (true) {
            int eol = indexOf(body, new byte[] {'\r', '\n'}, pos);
            if (eol < 0 || eol > to) {
                if (pos == to) {
                    return new Part(headers, new byte[0]); // headers only, empty body
                }
                throw XapiException.badRequest("body: multipart part " + index + ": headers not ended by an empty line");
            }
            if (eol == pos) {
                return new Part(headers, Arrays.copyOfRange(body, eol + 2, to));
            }
            String line = new String(body, pos, eol - pos, StandardCharsets.ISO_8859_1);
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw XapiException.badRequest("body: multipart part " + index + ": malformed header line");
            }
            headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
            pos = eol + 2;
        }
    }

    private static byte[] crlf(byte[] dash) {
        byte[] d = new byte[dash.length + 2];
        d[0] = '\r';
        d[1] = '\n';
        System.arraycopy(dash, 0, d, 2, dash.length);
        return d;
    }

    private static int skipLinearWhitespace(byte[] b, int pos) {
        while (pos < b.length && (b[pos] == ' ' || b[pos] == '\t')) {
            pos++;
        }
        return pos;
    }

    private static boolean startsWith(byte[] b, int at, byte[] prefix) {
        if (at < 0 || at + prefix.length > b.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (b[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** First index of {@code needle} in {@code hay} at or after {@code from}, or -1. */
    static int indexOf(byte[] hay, byte[] needle, int from) {
        byte first = needle[0];
        int last = hay.length - needle.length;
        for (int i = Math.max(0, from); i <= last; i++) {
            if (hay[i] != first) {
                continue;
            }
            int j = 1;
            while (j < needle.length && hay[i + j] == needle[j]) {
                j++;
            }
            if (j == needle.length) {
                return i;
            }
        }
        return -1;
    }
}
