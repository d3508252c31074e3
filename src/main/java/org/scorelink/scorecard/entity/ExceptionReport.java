package org.scorelink.scorecard.entity;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What needs an admin's attention in one org unit's scorecard for one period.
 *
 * @param orgUnit               the org unit (empty only for a scorecard without org units)
 * @param period                the period asked for
 * @param offTarget             amber and red measures, red first, then by score
 * @param noData                measures without a value in the period, with the reason
 * @param redWithoutInitiative  red measures that no initiative is meant to move
 * @param linksWithoutData      causal links whose downstream ({@code to}) measure has no value in the period
 */
public record ExceptionReport(Optional<OrgUnit> orgUnit, ReportingPeriod period, List<MeasureScore> offTarget,
                              List<MeasureScore> noData, List<MeasureScore> redWithoutInitiative,
                              List<LinkGap> linksWithoutData) {

    /**
     * A causal link whose effect cannot be observed in the period.
     *
     * @param link the link
     * @param to   the report's entry for its downstream measure (no value, with the reason)
     */
    public record LinkGap(CausalLink link, MeasureScore to) {
        public LinkGap {
            Objects.requireNonNull(link, "link");
            Objects.requireNonNull(to, "to");
        }
    }

    public ExceptionReport {
        Objects.requireNonNull(orgUnit, "orgUnit");
        Objects.requireNonNull(period, "period");
        offTarget = List.copyOf(offTarget);
        noData = List.copyOf(noData);
        redWithoutInitiative = List.copyOf(redWithoutInitiative);
        linksWithoutData = List.copyOf(linksWithoutData);
    }
}
