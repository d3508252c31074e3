package org.scorelink.scorecard.entity;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One step of an initiative's rollout: an org unit (and its descendants) takes part from a day on.
 *
 * @param orgUnit key of the org unit
 * @param from    first day of participation
 */
public record Rollout(String orgUnit, LocalDate from) {

    public Rollout {
        Objects.requireNonNull(orgUnit, "orgUnit");
        Objects.requireNonNull(from, "from");
    }
}
