package org.scorelink.xapi.control;

/** UUIDs in the RFC 4122 standard string form (xAPI Data 4.4): 8-4-4-4-12 hex digits. */
public final class Uuids {

    private Uuids() {
    }

    /** True for the standard string form, either case (variant/version not enforced: Data 4.4 only recommends variant 2). */
    public static boolean isUuid(String value) {
        if (value == null || value.length() != 36) {
            return false;
        }
        for (int i = 0; i < 36; i++) {
            char c = value.charAt(i);
            if (i == 8 || i == 13 || i == 18 || i == 23) {
                if (c != '-') {
                    return false;
                }
            } else if (!Iris.isHex(c)) {
                return false;
            }
        }
        return true;
    }
}
