package org.scorelink.xapi.control;

/**
 * ISO 8601:2004(E) 4.4.3.2 durations (xAPI Data 4.6): {@code PnYnMnDTnHnMnS} or {@code PnW}. At
 * least one component; components in order, each at most once; a {@code T} must be followed by a
 * time component; only the last (lowest-order) component may carry a decimal fraction ({@code .}
 * or {@code ,}). The alternative format (4.4.3.3, e.g. {@code P0003-01-29T04:35:59}) is rejected,
 * as are weeks combined with other components ({@code P4W1D}) and negative durations.
 */
public final class Durations {

    private static final String DATE_DESIGNATORS = "YMD";
    private static final String TIME_DESIGNATORS = "HMS";

    private Durations() {
    }

    /** True when {@code value} is a valid ISO 8601 duration in the format xAPI requires. */
    public static boolean isValid(String value) {
        if (value == null || value.length() < 3 || value.charAt(0) != 'P') {
            return false;
        }
        int n = value.length();
        int i = 1;
        boolean inTime = false;
        int order = 0; // index into designators of the next allowed component
        int components = 0;
        boolean fractionSeen = false;
        boolean timeComponent = false;
        while (i < n) {
            char c = value.charAt(i);
            if (c == 'T') {
                if (inTime) {
                    return false;
                }
                inTime = true;
                order = 0;
                i++;
                if (i == n) {
                    return false;
                }
                continue;
            }
            if (fractionSeen) {
                return false; // a fraction is only allowed on the last component
            }
            int start = i;
            while (i < n && value.charAt(i) >= '0' && value.charAt(i) <= '9') {
                i++;
            }
            if (i == start || i == n) {
                return false;
            }
            if (value.charAt(i) == '.' || value.charAt(i) == ',') {
                i++;
                int fs = i;
                while (i < n && value.charAt(i) >= '0' && value.charAt(i) <= '9') {
                    i++;
                }
                if (i == fs || i == n) {
                    return false;
                }
                fractionSeen = true;
            }
            char d = value.charAt(i++);
            if (!inTime && d == 'W') {
                // weeks stand alone: PnW
                return components == 0 && i == n;
            }
            int idx = (inTime ? TIME_DESIGNATORS : DATE_DESIGNATORS).indexOf(d);
            if (idx < order) {
                return false; // unknown designator (-1), repeated or out of order
            }
            order = idx + 1;
            components++;
            if (inTime) {
                timeComponent = true;
            }
        }
        return components > 0 && (!inTime || timeComponent);
    }
}
