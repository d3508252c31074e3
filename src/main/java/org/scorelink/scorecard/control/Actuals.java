package org.scorelink.scorecard.control;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.scorelink.scorecard.entity.Actual;
import org.scorelink.scorecard.entity.Aggregation;
import org.scorelink.scorecard.entity.Basis;
import org.scorelink.scorecard.entity.Measure;
import org.scorelink.scorecard.entity.MeasureValue;
import org.scorelink.scorecard.entity.OrgUnit;
import org.scorelink.scorecard.entity.ReportingPeriod;
import org.scorelink.scorecard.entity.Scorecard;
import org.scorelink.scorecard.entity.Source;

/**
 * The actual of any measure for any org unit and period, from the recorded values of one store. One instance
 * answers one request: results are memoised, so a report computes each (measure, unit, period) once.
 *
 * <p>The rules, in the order they are tried for measure {@code m}, unit {@code u}, period {@code p}:
 * <ol>
 *   <li>{@code p} finer than {@code m}'s period: the value of {@code m}'s period containing {@code p}
 *       ({@link Periods#containing}).</li>
 *   <li>{@code p} of {@code m}'s period: a formula measure evaluates its formula with its inputs' actuals for
 *       {@code u} and {@code p} (each input resolved by these same rules, so formulas of formulas work and inputs
 *       of a finer period are first combined into {@code p}). Any other measure takes the value recorded for
 *       {@code u} and {@code p}; without one, it combines its children's actuals by its aggregation (children
 *       without one of their own combine theirs, and so on down the tree).</li>
 *   <li>{@code p} coarser than {@code m}'s period: the actuals of {@code m}'s periods within {@code p}
 *       ({@link Periods#parts}) combined by its aggregation. A formula measure with aggregation {@code rate}
 *       instead evaluates its formula with its inputs combined into {@code p} (a ratio of totals).</li>
 * </ol>
 * Combining by aggregation: {@code sum} adds, {@code mean} averages, {@code weighted_mean} weighs each part by
 * the weight measure's actual for the same unit and period, {@code rate} divides the summed numerators by the
 * summed denominators (× 100 for a measure in {@code %}). Parts without a value (for {@code weighted_mean}: or
 * without a weight; for {@code rate}: without numerator and denominator) are left out and listed in
 * {@link Basis#missing()}; with none left there is no value. Nothing missing ever counts as 0.
 *
 * <p>When several sources recorded a value for the same measure, unit and period, the measure's own
 * {@code source} wins, then {@code manual}, then the others.
 */
public final class Actuals {

    private record Key(String measure, String orgUnit, ReportingPeriod period) {
    }

    private final Scorecard scorecard;
    private final Map<Key, MeasureValue> recorded = new HashMap<>();
    private final Map<Key, Actual> memo = new HashMap<>();
    private final Set<Key> inProgress = new HashSet<>();

    /**
     * @param scorecard the scorecard (validated)
     * @param values    the store's recorded values (any measures, units and periods; formula-sourced ones are
     *                  ignored)
     */
    public Actuals(Scorecard scorecard, Collection<MeasureValue> values) {
        this.scorecard = scorecard;
        for (MeasureValue v : values) {
            if (v.source() == Source.FORMULA) {
                continue;
            }
            recorded.merge(new Key(v.measure(), v.orgUnit(), v.period()), v, this::preferred);
        }
    }

    private MeasureValue preferred(MeasureValue a, MeasureValue b) {
        return rank(b) < rank(a) ? b : a;
    }

    private int rank(MeasureValue v) {
        Optional<Source> own = scorecard.measure(v.measure()).map(Measure::source);
        if (own.filter(v.source()::equals).isPresent()) {
            return -2;
        }
        return v.source() == Source.MANUAL ? -1 : v.source().ordinal();
    }

    /** True when a measure's values are percentages (its unit is {@code %} or {@code percent}). */
    public static boolean percent(Measure m) {
        String unit = m.unit().strip().toLowerCase(Locale.ROOT);
        return unit.equals("%") || unit.equals("percent");
    }

    /**
     * The actual of {@code measure} for {@code orgUnit} and {@code period}. For a period finer than the measure's,
     * the actual is that of the containing period (its {@link Actual#period()} says which).
     */
    public Actual of(String measure, String orgUnit, ReportingPeriod period) {
        Optional<Measure> found = scorecard.measure(measure);
        if (found.isEmpty()) {
            return Actual.none(measure, orgUnit, period, Basis.NONE, "no measure '" + measure + "'");
        }
        Measure m = found.get();
        ReportingPeriod p = Periods.coarser(m.period(), period.unit()) ? Periods.containing(period, m.period())
                : period;
        Key key = new Key(measure, orgUnit, p);
        Actual done = memo.get(key);
        if (done != null) {
            return done;
        }
        if (!inProgress.add(key)) {
            return Actual.none(measure, orgUnit, p, Basis.NONE, "'" + measure + "' depends on itself (through "
                    + "formulas or weight measures)");
        }
        try {
            Actual actual = compute(m, orgUnit, p);
            memo.put(key, actual);
            return actual;
        } finally {
            inProgress.remove(key);
        }
    }

    private Actual compute(Measure m, String unit, ReportingPeriod p) {
        if (p.unit() != m.period()) {
            return m.computed() && m.aggregation() == Aggregation.RATE ? formula(m, unit, p) : overPeriods(m, unit, p);
        }
        if (m.computed()) {
            return formula(m, unit, p);
        }
        MeasureValue value = recorded.get(new Key(m.key(), unit, p));
        return value != null ? fromRecorded(m, value) : overUnits(m, unit, p);
    }

    private Actual fromRecorded(Measure m, MeasureValue v) {
        OptionalDouble value = v.value();
        Optional<String> missing = Optional.empty();
        if (m.aggregation() == Aggregation.RATE && v.hasParts()) {
            value = v.rate(percent(m));
            if (value.isEmpty()) {
                missing = Optional.of("the denominator recorded for " + v.orgUnit() + " in " + v.period() + " is 0");
            }
        } else if (value.isEmpty()) {
            missing = Optional.of("the value recorded for " + v.orgUnit() + " in " + v.period() + " has no value, "
                    + "only a numerator and denominator");
        }
        return new Actual(m.key(), v.orgUnit(), v.period(), value, v.numerator(), v.denominator(), Basis.RECORDED,
                Set.of(v.source()), missing);
    }

    // ---- combining parts

    /** One part of a combination: a child unit's or a finer period's actual, with its label. */
    private record Part(String label, String orgUnit, ReportingPeriod period, Actual actual) {
    }

    private Actual overUnits(Measure m, String unit, ReportingPeriod p) {
        List<OrgUnit> children = scorecard.children(unit);
        if (children.isEmpty()) {
            return Actual.none(m.key(), unit, p, Basis.NONE, "no value recorded for " + unit + " in " + p);
        }
        List<Part> parts = new ArrayList<>();
        for (OrgUnit child : children) {
            parts.add(new Part(child.key(), child.key(), p, of(m.key(), child.key(), p)));
        }
        return combine(m, unit, p, Basis.Kind.ORG_UNITS, parts,
                "no value recorded for " + unit + " or any org unit below it in " + p);
    }

    private Actual overPeriods(Measure m, String unit, ReportingPeriod p) {
        List<Part> parts = new ArrayList<>();
        for (ReportingPeriod part : Periods.parts(p, m.period())) {
            parts.add(new Part(part.toString(), unit, part, of(m.key(), unit, part)));
        }
        String unitName = switch (m.period()) {
            case WEEK -> "week";
            case MONTH -> "month";
            case QUARTER -> "quarter";
        };
        return combine(m, unit, p, Basis.Kind.PERIODS, parts,
                "no value for " + unit + " in any " + unitName + " of " + p + " (" + m.key() + " is "
                        + Periods.adjective(m.period()) + ")");
    }

    private Actual combine(Measure m, String unit, ReportingPeriod p, Basis.Kind kind, List<Part> parts,
                           String noneReason) {
        List<String> used = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        Set<Source> sources = EnumSet.noneOf(Source.class);
        double sum = 0;
        double weights = 0;
        double numerators = 0;
        double denominators = 0;
        for (Part part : parts) {
            Actual a = part.actual();
            double weight = 1;
            if (m.aggregation() == Aggregation.RATE) {
                if (!a.hasParts()) {
                    missing.add(part.label());
                    continue;
                }
                numerators += a.numerator().getAsDouble();
                denominators += a.denominator().getAsDouble();
            } else {
                if (!a.present()) {
                    missing.add(part.label());
                    continue;
                }
                if (m.aggregation() == Aggregation.WEIGHTED_MEAN) {
                    Actual w = of(m.weightMeasure().orElseThrow(), part.orgUnit(), part.period());
                    if (!w.present()) {
                        missing.add(part.label());
                        continue;
                    }
                    weight = w.value().getAsDouble();
                    sources.addAll(w.sources());
                }
                sum += weight * a.value().getAsDouble();
                weights += weight;
            }
            used.add(part.label());
            sources.addAll(a.sources());
        }
        Basis basis = Basis.combined(kind, m.aggregation(), used, missing);
        if (used.isEmpty()) {
            String reason = m.aggregation() == Aggregation.WEIGHTED_MEAN && parts.stream().anyMatch(x -> x.actual()
                    .present()) ? "no part has both a value and a weight (" + m.weightMeasure().orElseThrow() + ")"
                    : noneReason;
            return Actual.none(m.key(), unit, p, basis, reason);
        }
        return switch (m.aggregation()) {
            case SUM -> value(m, unit, p, sum, basis, sources);
            case MEAN -> value(m, unit, p, sum / used.size(), basis, sources);
            case WEIGHTED_MEAN -> weights > 0 ? value(m, unit, p, sum / weights, basis, sources)
                    : Actual.none(m.key(), unit, p, basis, "the weights (" + m.weightMeasure().orElseThrow()
                            + ") of " + String.join(", ", used) + " add up to 0");
            case RATE -> new Actual(m.key(), unit, p,
                    denominators > 0 ? OptionalDouble.of((percent(m) ? 100 : 1) * numerators / denominators)
                            : OptionalDouble.empty(),
                    OptionalDouble.of(numerators), OptionalDouble.of(denominators), basis,
                    denominators > 0 ? sources : Set.of(),
                    denominators > 0 ? Optional.empty()
                            : Optional.of("the denominators of " + String.join(", ", used) + " add up to 0"));
        };
    }

    private static Actual value(Measure m, String unit, ReportingPeriod p, double value, Basis basis,
                                Set<Source> sources) {
        return new Actual(m.key(), unit, p, OptionalDouble.of(value), OptionalDouble.empty(), OptionalDouble.empty(),
                basis, sources, Optional.empty());
    }

    // ---- formulas

    private Actual formula(Measure m, String unit, ReportingPeriod p) {
        String formula = m.formula().orElse("");
        Map<String, Double> inputs = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        Set<Source> sources = EnumSet.noneOf(Source.class);
        for (String input : Formulas.variables(formula)) {
            Actual a = of(input, unit, p);
            if (a.present()) {
                inputs.put(input, a.value().getAsDouble());
                sources.addAll(a.sources());
            } else {
                missing.add(input);
                reasons.add(input + ": " + a.missing().orElseThrow());
            }
        }
        Basis basis = Basis.formula(formula, inputs, missing);
        if (!missing.isEmpty()) {
            return Actual.none(m.key(), unit, p, basis, (missing.size() == 1 ? "input " : "inputs ")
                    + String.join(", ", missing) + " without a value (" + String.join("; ", reasons) + ")");
        }
        Formulas.Result result = Formulas.evaluate(formula, inputs);
        if (result.value().isEmpty()) {
            return Actual.none(m.key(), unit, p, basis, result.reason().orElseThrow() + " in " + formula);
        }
        return value(m, unit, p, result.value().getAsDouble(), basis, sources);
    }
}
