package org.scorelink.xapi.control;

/**
 * Best-effort IRI / IRL checks (xAPI Data 2.2.s4.b6, 4.3): an absolute IRI has a scheme
 * ({@code ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) ":"}) and a non-empty remainder made only of
 * characters RFC 3987 allows (no spaces, controls or {@code "<>\^`{|}}), with well-formed
 * percent-encodings and at most one fragment delimiter. Hand-written (no regex) because it runs
 * for every IRI of every statement.
 */
public final class Iris {

    /** ASCII characters allowed anywhere after the scheme without special handling ('%' and '#' are checked apart). */
    private static final boolean[] ALLOWED = new boolean[128];

    static {
        for (char c = 0x21; c < 0x7F; c++) {
            ALLOWED[c] = "\"<>\\^`{|}%#".indexOf(c) < 0;
        }
    }

    private Iris() {
    }

    /** True when {@code value} is an absolute IRI (has a scheme and a non-empty rest). */
    public static boolean isAbsoluteIri(String value) {
        if (value == null) {
            return false;
        }
        int n = value.length();
        int colon = schemeEnd(value);
        if (colon < 0 || colon == n - 1) {
            return false;
        }
        int hashes = 0;
        for (int i = colon + 1; i < n; i++) {
            char c = value.charAt(i);
            if (c < 0x80) {
                if (!ALLOWED[c]) {
                    if (c == '%') {
                        if (i + 2 >= n || !isHex(value.charAt(i + 1)) || !isHex(value.charAt(i + 2))) {
                            return false;
                        }
                        i += 2;
                    } else if (c != '#' || ++hashes > 1) {
                        return false;
                    }
                }
            } else if (Character.isISOControl(c) || Character.isSpaceChar(c) || c == '\uFFFE' || c == '\uFFFF') {
                return false;
            }
        }
        // "scheme://" must be followed by an authority; for http(s) the host is mandatory
        if (value.startsWith("//", colon + 1)) {
            int start = colon + 3;
            int end = start;
            while (end < n) {
                char c = value.charAt(end);
                if (c == '/' || c == '?' || c == '#') {
                    break;
                }
                end++;
            }
            if (end == start && isHttp(value, colon)) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when {@code value} is an IRL: an absolute IRI that can be resolved. Best effort: an
     * absolute IRI, and when the scheme is http(s) it has a host.
     */
    public static boolean isIrl(String value) {
        return isAbsoluteIri(value);
    }

    /** True for {@code mailto:local@domain} (Data 2.4.2.3: "mailto:email address"). */
    public static boolean isMailtoIri(String value) {
        if (value == null || !value.startsWith("mailto:") || !isAbsoluteIri(value)) {
            return false;
        }
        int at = value.indexOf('@', 7);
        return at > 7 && at < value.length() - 1 && value.indexOf('@', at + 1) < 0
                && value.indexOf('?') < 0 && value.indexOf('#') < 0;
    }

    /** Index of the scheme's ':' or -1 when there is no valid scheme. */
    private static int schemeEnd(String value) {
        int n = value.length();
        if (n == 0 || !isAlpha(value.charAt(0))) {
            return -1;
        }
        for (int i = 1; i < n; i++) {
            char c = value.charAt(i);
            if (c == ':') {
                return i;
            }
            if (!(isAlpha(c) || (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.')) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean isHttp(String value, int colon) {
        return (colon == 4 && value.regionMatches(true, 0, "http", 0, 4))
                || (colon == 5 && value.regionMatches(true, 0, "https", 0, 5));
    }

    static boolean isAlpha(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
