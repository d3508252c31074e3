package org.scorelink.credentials.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.Set;
import org.scorelink.credentials.entity.Caller;
import org.scorelink.credentials.entity.LrsClient;
import org.scorelink.credentials.entity.Scope;

/**
 * What authentication needs of an {@link LrsClient}, detached from JPA and immutable, so it can be
 * cached and shared between request threads. The {@link Caller} is built once here, not per request.
 */
public record ClientSnapshot(String key, String name, long storeId, String storeName, boolean enabled,
                             SecretHash secret, Caller caller) {

    public static ClientSnapshot of(LrsClient client, String authorityHomePage) {
        Set<Scope> scopes = client.scopes();
        var caller = new Caller(client.store().id(), client.key(), scopes,
                authority(authorityHomePage, client.name(), client.key()));
        return new ClientSnapshot(client.key(), client.name(), client.store().id(), client.store().name(),
                client.enabled(), new SecretHash(client.secretHash(), client.secretSalt(), client.hashIterations()),
                caller);
    }

    /** The xAPI Agent a client's statements carry as {@code authority}: an account under our home page. */
    public static JsonObject authority(String homePage, String name, String key) {
        return Json.createObjectBuilder()
                .add("objectType", "Agent")
                .add("name", name)
                .add("account", Json.createObjectBuilder().add("homePage", homePage).add("name", key))
                .build();
    }
}
