package org.scorelink.scorecard.control;

import jakarta.enterprise.context.ApplicationScoped;
import org.scorelink.scorecard.entity.Scorecard;
import org.scorelink.scorecard.entity.ScorecardVersion;

/**
 * The current scorecard of each tenant store and its version number.
 *
 * <p>Stand-in until versioned storage (branch {@code sc-admin}) is merged: that branch's {@code Scorecards}, with
 * the same {@link #current(long)}, replaces this file. Until then every store has the shipped default scorecard as
 * version 0.
 */
@ApplicationScoped
public class Scorecards {

    private static final Scorecard DEFAULT = DefaultScorecard.scorecard();

    /** The store's current scorecard and its version. */
    public ScorecardVersion current(long storeId) {
        return new ScorecardVersion(storeId, 0, DEFAULT);
    }
}
