package org.scorelink.xapi.control;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The identity of an Agent or Identified Group: its Inverse Functional Identifier as one string. Two actors
 * are the same when these keys are equal (Communication 2.1.3, {@code agent} parameter). The domain part of
 * an e-mail address is case-insensitive (Data 2.3.1.b7); we lowercase the whole mailto IRI and the sha1 hex.
 */
public final class AgentKeys {

    /** The Inverse Functional Identifier properties of an Agent or Group (Data 2.4.2.3), in the spec's order. */
    public static final List<String> IFIS = List.of("mbox", "mbox_sha1sum", "openid", "account");

    private AgentKeys() {
    }

    /** The IFI key, or empty for an anonymous Group (or anything without an IFI). */
    public static Optional<String> ifiKey(JsonObject actor) {
        JsonValue mbox = actor.get("mbox");
        if (mbox instanceof jakarta.json.JsonString s) {
            return Optional.of("mbox:" + s.getString().toLowerCase(Locale.ROOT));
        }
        JsonValue sha = actor.get("mbox_sha1sum");
        if (sha instanceof jakarta.json.JsonString s) {
            return Optional.of("sha1:" + s.getString().toLowerCase(Locale.ROOT));
        }
        JsonValue openid = actor.get("openid");
        if (openid instanceof jakarta.json.JsonString s) {
            return Optional.of("openid:" + s.getString());
        }
        JsonValue account = actor.get("account");
        if (account instanceof JsonObject a && a.get("homePage") instanceof jakarta.json.JsonString hp
                && a.get("name") instanceof jakarta.json.JsonString name) {
            return Optional.of("account:" + hp.getString() + "|" + name.getString());
        }
        return Optional.empty();
    }

    public static boolean isGroup(JsonObject actor) {
        return "Group".equals(actor.getString("objectType", null));
    }
}
