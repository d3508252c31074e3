package org.scorelink.credentials.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.scorelink.credentials.entity.Scope;

/** Turns untrusted scope lists into {@link Scope} sets, naming the element at fault. */
public final class Scopes {

    /**
     * What a client gets when none are asked for: the xAPI default for a credential that requested no
     * scope (Communication 4.2), enough for an activity provider to send statements and read back its own.
     */
    public static final Set<Scope> DEFAULT = Set.copyOf(EnumSet.of(Scope.STATEMENTS_WRITE, Scope.STATEMENTS_READ_MINE));

    private Scopes() {
    }

    /**
     * @param field  the field name used in error messages, e.g. {@code scopes}
     * @param values the scope names as given
     * @throws CredentialsException (400) naming {@code field[i]} for an unknown or blank scope, or
     *                              {@code field} for an empty list
     */
    public static Set<Scope> parse(String field, List<String> values) {
        if (values.isEmpty()) {
            throw CredentialsException.invalid(field, "must name at least one scope; known scopes: " + known());
        }
        var scopes = EnumSet.noneOf(Scope.class);
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            String at = field + "[" + i + "]";
            if (value == null) {
                throw CredentialsException.invalid(at, "must be a string");
            }
            scopes.add(Scope.of(value).orElseThrow(() -> CredentialsException.invalid(at,
                    "unknown scope '" + value + "'; known scopes: " + known())));
        }
        return scopes;
    }

    /** Same as {@link #parse(String, List)} for a JSON array, which may hold non-strings. */
    public static Set<Scope> parse(String field, JsonArray array) {
        var values = new java.util.ArrayList<String>(array.size());
        for (int i = 0; i < array.size(); i++) {
            JsonValue v = array.get(i);
            if (!(v instanceof JsonString s)) {
                throw CredentialsException.invalid(field + "[" + i + "]", "must be a string");
            }
            values.add(s.getString());
        }
        return parse(field, values);
    }

    /** Scope names in declaration order (stable output for APIs). */
    public static List<String> names(Collection<Scope> scopes) {
        return EnumSet.copyOf(scopes.isEmpty() ? EnumSet.noneOf(Scope.class) : scopes).stream()
                .map(Scope::value).toList();
    }

    static String known() {
        return String.join(", ", java.util.Arrays.stream(Scope.values()).map(Scope::value).toList());
    }
}
