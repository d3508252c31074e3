package org.scorelink.credentials.control;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Optional;
import java.util.Set;

/**
 * A validated request for a new store. {@link #from} is the only way in from untrusted JSON: it answers with a
 * request or a 400 naming the field at fault.
 *
 * @param name           the store name
 * @param allowedOrigins the store's own browser origins; empty to use the LRS-wide list
 */
public record StoreRequest(String name, Optional<OriginList> allowedOrigins) {

    private static final Set<String> FIELDS = Set.of("name", OriginList.FIELD);

    public static StoreRequest from(JsonObject body) {
        for (String field : body.keySet()) {
            if (!FIELDS.contains(field)) {
                throw CredentialsException.invalid(field, "unknown property; allowed: name, allowedOrigins");
            }
        }
        JsonValue name = body.get("name");
        if (name == null || name == JsonValue.NULL) {
            throw CredentialsException.invalid("name", "required");
        }
        if (!(name instanceof JsonString s)) {
            throw CredentialsException.invalid("name", "must be a string");
        }
        JsonValue origins = body.getOrDefault(OriginList.FIELD, JsonValue.NULL);
        return new StoreRequest(ClientRequest.storeName("name", s.getString()),
                origins == JsonValue.NULL ? Optional.empty() : Optional.of(OriginList.from(OriginList.FIELD, origins)));
    }
}
