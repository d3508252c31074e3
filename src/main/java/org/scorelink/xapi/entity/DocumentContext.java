package org.scorelink.xapi.entity;

import java.util.Optional;

/**
 * What a set of documents hangs off: the store, the resource, and the Activity and/or Agent (and, for State,
 * the registration). Empty strings for the parts a resource does not use.
 *
 * @param storeId      the tenant store
 * @param kind         which Document Resource
 * @param activityId   the Activity IRI (State, Activity Profile), else empty
 * @param agentKey     the Agent's IFI key ({@code AgentKeys.ifiKey}; State, Agent Profile), else empty
 * @param registration the registration UUID in lower case (State only), empty when not given
 */
public record DocumentContext(long storeId, DocumentKind kind, String activityId, String agentKey,
        Optional<String> registration) {
}
