package org.scorelink.xapi.control;

import java.util.Locale;
import java.util.Set;

/**
 * RFC 5646 well-formedness of language tags (xAPI Data 2.2.s4.b2, 4.2): the sequence of subtag
 * kinds and lengths (language, extlang, script, region, variants, extensions, private use) is
 * checked, plus the irregular grandfathered tags. Registry membership is not checked.
 */
public final class LanguageTags {

    private static final Set<String> IRREGULAR = Set.of("en-gb-oed", "i-ami", "i-bnn", "i-default",
            "i-enochian", "i-hak", "i-klingon", "i-lux", "i-mingo", "i-navajo", "i-pwn", "i-tao", "i-tay",
            "i-tsu", "sgn-be-fr", "sgn-be-nl", "sgn-ch-de");

    private LanguageTags() {
    }

    /** True when {@code tag} is a well-formed RFC 5646 language tag. */
    public static boolean isWellFormed(String tag) {
        if (tag == null || tag.isEmpty() || tag.length() > 255) {
            return false;
        }
        return parses(tag) || (tag.length() <= 9 && IRREGULAR.contains(tag.toLowerCase(Locale.ROOT)));
    }

    private static boolean parses(String tag) {
        int n = tag.length();
        // split into subtags without allocating: positions
        int[] starts = new int[Math.min(n / 2 + 1, 64)];
        int[] ends = new int[starts.length];
        int count = 0;
        int s = 0;
        for (int i = 0; i <= n; i++) {
            if (i == n || tag.charAt(i) == '-') {
                int len = i - s;
                if (len < 1 || len > 8 || count == starts.length) {
                    return false;
                }
                starts[count] = s;
                ends[count] = i;
                count++;
                s = i + 1;
            } else if (!isAlnum(tag.charAt(i))) {
                return false;
            }
        }
        int k = 0;
        // private use only: x-...
        if (len(starts, ends, 0) == 1 && (tag.charAt(0) == 'x' || tag.charAt(0) == 'X')) {
            return count > 1;
        }
        // language
        int l = len(starts, ends, k);
        if (!allAlpha(tag, starts[k], ends[k])) {
            return false;
        }
        if (l == 2 || l == 3) {
            k++;
            int ext = 0;
            while (k < count && ext < 3 && len(starts, ends, k) == 3 && allAlpha(tag, starts[k], ends[k])) {
                k++;
                ext++;
            }
        } else if (l >= 4) { // 4 reserved, 5-8 registered
            k++;
        } else {
            return false;
        }
        // script
        if (k < count && len(starts, ends, k) == 4 && allAlpha(tag, starts[k], ends[k])) {
            k++;
        }
        // region
        if (k < count && ((len(starts, ends, k) == 2 && allAlpha(tag, starts[k], ends[k]))
                || (len(starts, ends, k) == 3 && allDigit(tag, starts[k], ends[k])))) {
            k++;
        }
        // variants
        while (k < count) {
            int vl = len(starts, ends, k);
            if (vl >= 5 || (vl == 4 && isDigit(tag.charAt(starts[k])))) {
                k++;
            } else {
                break;
            }
        }
        // extensions
        while (k < count && len(starts, ends, k) == 1 && tag.charAt(starts[k]) != 'x' && tag.charAt(starts[k]) != 'X') {
            k++;
            int parts = 0;
            while (k < count && len(starts, ends, k) >= 2) {
                k++;
                parts++;
            }
            if (parts == 0) {
                return false;
            }
        }
        // private use
        if (k < count && len(starts, ends, k) == 1) { // must be x
            k++;
            if (k == count) {
                return false;
            }
            return true; // remaining subtags are 1-8 alnum, already checked
        }
        return k == count;
    }

    private static int len(int[] starts, int[] ends, int k) {
        return ends[k] - starts[k];
    }

    private static boolean allAlpha(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Iris.isAlpha(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean allDigit(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isAlnum(char c) {
        return Iris.isAlpha(c) || isDigit(c);
    }
}
