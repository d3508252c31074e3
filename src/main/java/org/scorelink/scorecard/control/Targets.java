package org.scorelink.scorecard.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.scorelink.scorecard.entity.OrgUnit;
import org.scorelink.scorecard.entity.ReportingPeriod;
import org.scorelink.scorecard.entity.Scorecard;
import org.scorelink.scorecard.entity.Target;

/**
 * Which target applies to a measure for an org unit and period: the most specific one. In order: the unit's own
 * target for the period, the unit's own target for every period, then the same two for its parent, its
 * grandparent... (a unit without a target of its own inherits its nearest ancestor's), then the target of every
 * unit for the period, then the target of every unit and period.
 *
 * <p>A target "for the period" applies when its period is the period scored or contains it: a target for
 * {@code 2026-Q4} applies to {@code 2026-11} and to {@code 2026-Q4}; a finer one wins over a coarser one. A target
 * for a period finer than the one scored never applies (a month's target does not judge a quarter).
 */
public final class Targets {

    private Targets() {
    }

    /**
     * The target for {@code measure} in {@code orgUnit} (empty: no org unit) and {@code period}, if any.
     */
    public static Optional<Target> resolve(Scorecard scorecard, String measure, Optional<String> orgUnit,
                                           ReportingPeriod period) {
        List<Target> targets = scorecard.targetsOf(measure);
        if (targets.isEmpty()) {
            return Optional.empty();
        }
        List<Optional<String>> levels = new ArrayList<>();
        orgUnit.ifPresent(u -> scorecard.selfAndAncestors(u).stream().map(OrgUnit::key).map(Optional::of)
                .forEach(levels::add));
        levels.add(Optional.empty());
        for (Optional<String> level : levels) {
            List<Target> atLevel = targets.stream().filter(t -> t.orgUnit().equals(level)).toList();
            Optional<Target> forPeriod = atLevel.stream()
                    .filter(t -> t.period().filter(p -> covers(p, period)).isPresent())
                    .min(Comparator.comparing(t -> t.period().orElseThrow().unit()));
            if (forPeriod.isPresent()) {
                return forPeriod;
            }
            Optional<Target> always = atLevel.stream().filter(t -> t.period().isEmpty()).findFirst();
            if (always.isPresent()) {
                return always;
            }
        }
        return Optional.empty();
    }

    /** True when {@code outer} is {@code inner} or a coarser period containing it. */
    static boolean covers(ReportingPeriod outer, ReportingPeriod inner) {
        return !Periods.coarser(inner.unit(), outer.unit()) && Periods.containing(inner, outer.unit()).equals(outer);
    }
}
