package org.scorelink.scorecard.entity;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** The spelling of keys and enum constants in scorecard files and JSON. */
public final class Keywords {

    /**
     * Keys of perspectives, org units, objectives, measures and initiatives: a lower-case letter, then lower-case
     * letters, digits and underscores, at most 64 characters. Measure keys are also formula variables.
     */
    public static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]{0,63}");

    private Keywords() {
    }

    /** True when {@code key} is a well-formed key ({@link #KEY}). */
    public static boolean isKey(String key) {
        return KEY.matcher(key).matches();
    }

    /** The written form of an enum constant: {@code HIGHER_IS_BETTER} → {@code higher_is_better}. */
    public static String of(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    /** The constant written {@code text} (case-insensitive), if any. */
    public static <E extends Enum<E>> Optional<E> parse(Class<E> type, String text) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(text)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** Every written form of {@code type}'s constants, in declaration order. */
    public static <E extends Enum<E>> List<String> allowed(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Keywords::of).toList();
    }
}
