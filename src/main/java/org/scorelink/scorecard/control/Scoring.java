package org.scorelink.scorecard.control;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import org.scorelink.scorecard.entity.Actual;
import org.scorelink.scorecard.entity.Basis;
import org.scorelink.scorecard.entity.Coverage;
import org.scorelink.scorecard.entity.Direction;
import org.scorelink.scorecard.entity.ExceptionReport;
import org.scorelink.scorecard.entity.Measure;
import org.scorelink.scorecard.entity.MeasureScore;
import org.scorelink.scorecard.entity.MeasureValue;
import org.scorelink.scorecard.entity.Objective;
import org.scorelink.scorecard.entity.ObjectiveScore;
import org.scorelink.scorecard.entity.OrgUnit;
import org.scorelink.scorecard.entity.Perspective;
import org.scorelink.scorecard.entity.PerspectiveScore;
import org.scorelink.scorecard.entity.ReportingPeriod;
import org.scorelink.scorecard.entity.ScoreReport;
import org.scorelink.scorecard.entity.Scorecard;
import org.scorelink.scorecard.entity.Status;
import org.scorelink.scorecard.entity.Target;
import org.scorelink.scorecard.entity.Trend;
import org.scorelink.scorecard.entity.TrendDirection;

/**
 * Scores a scorecard for an org unit and period from a store's recorded values: each measure's actual
 * ({@link Actuals}), the target that applies ({@link Targets}), score and status ({@link Scores}) and trend, then
 * the roll-up.
 *
 * <p>Roll-up: an objective's score is the mean of its measures' scores weighted by measure weight; a perspective's
 * the mean of its objectives' scores weighted by objective weight; the scorecard's the mean of the perspectives'
 * scores weighted by perspective weight. Only what has a score takes part: a measure without a value (or without
 * a target) is left out and counted in the {@link Coverage}, never as 0; a level with nothing scored has no score.
 * Weight-0 measures, objectives and perspectives are shown but not rolled up.
 *
 * <p>The objectives shown for a unit are those of no unit, of the unit itself and of its ancestors (a team sees
 * the organisation's objectives and its business unit's, not another team's). Every measure is shown once per
 * perspective: under its objectives, or else among the perspective's other measures.
 *
 * <p>Pure: no I/O, one instance per request (results are memoised).
 */
public final class Scoring {

    /** Deltas this small relative to the values are "flat" (binary fractions of equal decimal values). */
    private static final double FLAT = 1e-9;

    private final Scorecard scorecard;
    private final Actuals actuals;
    private final Map<String, MeasureScore> scores = new HashMap<>();

    public Scoring(Scorecard scorecard, Collection<MeasureValue> values) {
        this.scorecard = scorecard;
        this.actuals = new Actuals(scorecard, values);
    }

    public Scorecard scorecard() {
        return scorecard;
    }

    /** The org units a report covers when none is asked for: the roots (none for a scorecard without units). */
    public static List<Optional<String>> defaultOrgUnits(Scorecard scorecard) {
        if (scorecard.orgUnits().isEmpty()) {
            return List.of(Optional.empty());
        }
        return scorecard.roots().stream().map(u -> Optional.of(u.key())).toList();
    }

    /** The actual of a measure for an org unit and period (see {@link Actuals}). */
    public Actual actual(String measure, Optional<String> orgUnit, ReportingPeriod period) {
        if (orgUnit.isEmpty()) {
            return Actual.none(measure, "", period, Basis.NONE, "the scorecard has no org units to record values "
                    + "for");
        }
        return actuals.of(measure, orgUnit.get(), period);
    }

    /** One measure scored for an org unit and period. */
    public MeasureScore measure(String key, Optional<String> orgUnit, ReportingPeriod period) {
        String cacheKey = key + "\u0000" + orgUnit.orElse("") + "\u0000" + period;
        MeasureScore done = scores.get(cacheKey);
        if (done == null) {
            done = score(scorecard.measure(key).orElseThrow(() -> new IllegalArgumentException("no measure " + key)),
                    orgUnit, period);
            scores.put(cacheKey, done);
        }
        return done;
    }

    private MeasureScore score(Measure m, Optional<String> orgUnit, ReportingPeriod period) {
        Actual actual = actual(m.key(), orgUnit, period);
        Optional<Target> target = Targets.resolve(scorecard, m.key(), orgUnit, actual.period());
        ReportingPeriod previousPeriod = actual.period().previous();
        Trend trend = trend(m.direction(), previousPeriod, actual.value(),
                actual(m.key(), orgUnit, previousPeriod).value());
        if (actual.value().isEmpty()) {
            return new MeasureScore(m, period, actual, target, OptionalDouble.empty(), Optional.empty(), trend,
                    actual.missing());
        }
        if (target.isEmpty()) {
            return new MeasureScore(m, period, actual, target, OptionalDouble.empty(), Optional.empty(), trend,
                    Optional.of("no target applies to " + m.key() + (orgUnit.map(u -> " in " + u).orElse(""))
                            + " for " + actual.period()));
        }
        Scores.Assessment a = Scores.assess(actual.value().getAsDouble(), target.get(), m.direction());
        return new MeasureScore(m, period, actual, target, OptionalDouble.of(a.score()), Optional.of(a.status()),
                trend, Optional.empty());
    }

    /**
     * The change from {@code previous} to {@code current}: improving when it moved the measure's better way,
     * worsening when the other, flat when it did not move, unknown without both values.
     */
    public static Trend trend(Direction direction, ReportingPeriod previousPeriod, OptionalDouble current,
                              OptionalDouble previous) {
        if (current.isEmpty() || previous.isEmpty()) {
            return new Trend(previousPeriod, previous, OptionalDouble.empty(), TrendDirection.UNKNOWN);
        }
        double now = current.getAsDouble();
        double then = previous.getAsDouble();
        double delta = now - then;
        if (Math.abs(delta) <= FLAT * Math.max(1, Math.max(Math.abs(now), Math.abs(then)))) {
            return new Trend(previousPeriod, previous, OptionalDouble.of(0), TrendDirection.FLAT);
        }
        boolean up = delta > 0;
        boolean better = up == (direction == Direction.HIGHER_IS_BETTER);
        return new Trend(previousPeriod, previous, OptionalDouble.of(delta),
                better ? TrendDirection.IMPROVING : TrendDirection.WORSENING);
    }

    /** The scorecard of {@code orgUnit} (empty: a scorecard without org units) for {@code period}. */
    public ScoreReport report(Optional<String> orgUnit, ReportingPeriod period) {
        Set<String> visibleUnits = new LinkedHashSet<>();
        orgUnit.ifPresent(u -> scorecard.selfAndAncestors(u).forEach(x -> visibleUnits.add(x.key())));
        List<PerspectiveScore> perspectives = new ArrayList<>();
        for (Perspective p : scorecard.perspectiveOrder()) {
            List<ObjectiveScore> objectives = new ArrayList<>();
            Set<String> shown = new LinkedHashSet<>();
            for (Objective o : scorecard.objectivesOf(p.key())) {
                if (o.orgUnit().isPresent() && !visibleUnits.contains(o.orgUnit().get())) {
                    continue;
                }
                List<MeasureScore> measures = new ArrayList<>();
                for (Measure m : scorecard.measuresOfObjective(o.key())) {
                    measures.add(measure(m.key(), orgUnit, period));
                    shown.add(m.key());
                }
                objectives.add(new ObjectiveScore(o, measures, weightedMean(measures, MeasureScore::score,
                        s -> s.measure().weight()), coverage(measures)));
            }
            List<MeasureScore> others = scorecard.measuresOf(p.key()).stream()
                    .filter(m -> !shown.contains(m.key()))
                    .map(m -> measure(m.key(), orgUnit, period))
                    .toList();
            List<ObjectiveScore> rolled = objectives.stream().filter(o -> o.objective().weight() > 0).toList();
            perspectives.add(new PerspectiveScore(p, objectives, others,
                    weightedMean(rolled, ObjectiveScore::score, o -> o.objective().weight()),
                    coverage(rolled.stream().flatMap(o -> o.measures().stream()).toList())));
        }
        List<PerspectiveScore> rolled = perspectives.stream().filter(p -> p.perspective().weight() > 0).toList();
        Optional<OrgUnit> unit = orgUnit.flatMap(scorecard::orgUnit);
        return new ScoreReport(unit, period, perspectives,
                weightedMean(rolled, PerspectiveScore::score, p -> p.perspective().weight()),
                coverage(rolled.stream().flatMap(p -> p.objectives().stream())
                        .filter(o -> o.objective().weight() > 0).flatMap(o -> o.measures().stream()).toList()));
    }

    /** What needs attention in the scorecard of {@code orgUnit} for {@code period}. */
    public ExceptionReport exceptions(Optional<String> orgUnit, ReportingPeriod period) {
        List<MeasureScore> all = report(orgUnit, period).measures();
        List<MeasureScore> offTarget = all.stream().filter(MeasureScore::offTarget)
                .sorted(Comparator.comparing((MeasureScore s) -> s.status().orElseThrow() != Status.RED)
                        .thenComparingDouble(s -> s.score().orElse(0)))
                .toList();
        List<MeasureScore> noData = all.stream().filter(s -> !s.actual().present()).toList();
        List<MeasureScore> redWithoutInitiative = all.stream()
                .filter(s -> s.status().filter(Status.RED::equals).isPresent())
                .filter(s -> scorecard.initiativesFor(s.key()).isEmpty())
                .toList();
        List<ExceptionReport.LinkGap> links = new ArrayList<>();
        for (var link : scorecard.links()) {
            if (scorecard.measure(link.to()).isEmpty()) {
                continue;
            }
            MeasureScore to = measure(link.to(), orgUnit, period);
            if (!to.actual().present()) {
                links.add(new ExceptionReport.LinkGap(link, to));
            }
        }
        return new ExceptionReport(orgUnit.flatMap(scorecard::orgUnit), period, offTarget, noData,
                redWithoutInitiative, links);
    }

    /** Of the scored measures (weight above 0) among {@code measures}, counted once each, how many had a score. */
    static Coverage coverage(List<MeasureScore> measures) {
        Map<String, MeasureScore> distinct = new LinkedHashMap<>();
        measures.stream().filter(s -> s.measure().scored()).forEach(s -> distinct.putIfAbsent(s.key(), s));
        List<String> missing = distinct.values().stream().filter(s -> s.score().isEmpty()).map(MeasureScore::key)
                .toList();
        return new Coverage(distinct.size(), distinct.size() - missing.size(), missing);
    }

    /** The mean of the present scores weighted by {@code weight}, over elements with weight above 0. */
    static <T> OptionalDouble weightedMean(List<T> elements, java.util.function.Function<T, OptionalDouble> score,
                                           ToDoubleFunction<T> weight) {
        double sum = 0;
        double weights = 0;
        for (T e : elements) {
            OptionalDouble s = score.apply(e);
            double w = weight.applyAsDouble(e);
            if (s.isPresent() && w > 0) {
                sum += w * s.getAsDouble();
                weights += w;
            }
        }
        return weights > 0 ? OptionalDouble.of(sum / weights) : OptionalDouble.empty();
    }
}
