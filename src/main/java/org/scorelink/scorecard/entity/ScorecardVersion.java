package org.scorelink.scorecard.entity;

import java.util.Objects;

/**
 * One version of a store's scorecard: what results are computed under.
 *
 * <p>Stand-in until versioned storage (branch {@code sc-admin}) is merged: that branch's {@code ScorecardVersion}
 * replaces this file. Scoring uses only {@link #version()} and {@link #scorecard()}, which both have.
 *
 * @param storeId   the tenant store
 * @param version   the version number
 * @param scorecard the model
 */
public record ScorecardVersion(long storeId, int version, Scorecard scorecard) {

    public ScorecardVersion {
        Objects.requireNonNull(scorecard, "scorecard");
    }
}
