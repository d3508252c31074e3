package org.scorelink.scorecard.entity;

import jakarta.json.JsonObject;
import java.util.Objects;

/**
 * One stored version of a store's scorecard. Versions are immutable: a change stores a new one.
 *
 * @param storeId   the tenant store
 * @param info      number, author, time, reason
 * @param document  the scorecard's canonical JSON as stored
 * @param scorecard the model it describes
 */
public record ScorecardVersion(long storeId, VersionInfo info, JsonObject document, Scorecard scorecard) {

    public ScorecardVersion {
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(scorecard, "scorecard");
    }

    public int version() {
        return info.version();
    }
}
