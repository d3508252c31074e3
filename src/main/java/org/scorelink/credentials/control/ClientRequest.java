package org.scorelink.credentials.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Set;
import java.util.regex.Pattern;
import org.scorelink.credentials.entity.Scope;
import org.scorelink.credentials.entity.Store;

/**
 * A validated request for a new client. {@link #from} is the only way in from untrusted JSON: it answers
 * with a request or a 400 naming the field at fault.
 *
 * @param name   display name, also the authority Agent's name
 * @param store  store name; created when missing
 * @param scopes granted scopes
 */
public record ClientRequest(String name, String store, Set<Scope> scopes) {

    public static final int MAX_NAME = 200;
    private static final Pattern STORE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final Set<String> FIELDS = Set.of("name", "store", "scopes");

    public static ClientRequest from(JsonObject body) {
        for (String field : body.keySet()) {
            if (!FIELDS.contains(field)) {
                throw CredentialsException.invalid(field, "unknown property; allowed: name, store, scopes");
            }
        }
        String name = requiredString(body, "name").strip();
        if (name.isEmpty()) {
            throw CredentialsException.invalid("name", "must not be blank");
        }
        if (name.length() > MAX_NAME) {
            throw CredentialsException.invalid("name", "at most " + MAX_NAME + " characters");
        }
        String store = body.containsKey("store") ? storeName("store", requiredString(body, "store")) : Store.DEFAULT;
        Set<Scope> scopes = Scopes.DEFAULT;
        if (body.containsKey("scopes")) {
            JsonValue v = body.get("scopes");
            if (!(v instanceof JsonArray array)) {
                throw CredentialsException.invalid("scopes", "must be an array of scope names");
            }
            scopes = Scopes.parse("scopes", array);
        }
        return new ClientRequest(name, store, scopes);
    }

    /** Checks a store name (body field or query parameter). */
    public static String storeName(String field, String value) {
        if (!STORE_NAME.matcher(value).matches()) {
            throw CredentialsException.invalid(field, "'" + value
                    + "' is not a store name (1-64 letters, digits, '.', '_' or '-', starting with a letter or digit)");
        }
        return value;
    }

    private static String requiredString(JsonObject body, String field) {
        JsonValue v = body.get(field);
        if (v == null || v == JsonValue.NULL) {
            throw CredentialsException.invalid(field, "required");
        }
        if (!(v instanceof JsonString s)) {
            throw CredentialsException.invalid(field, "must be a string");
        }
        return s.getString();
    }
}
