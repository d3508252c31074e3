package org.scorelink.scorecard.boundary;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.scorelink.scorecard.control.Periods;
import org.scorelink.scorecard.control.ScorecardJson;
import org.scorelink.scorecard.entity.Actual;
import org.scorelink.scorecard.entity.Basis;
import org.scorelink.scorecard.entity.Coverage;
import org.scorelink.scorecard.entity.Direction;
import org.scorelink.scorecard.entity.ExceptionReport;
import org.scorelink.scorecard.entity.Keywords;
import org.scorelink.scorecard.entity.Measure;
import org.scorelink.scorecard.entity.MeasureScore;
import org.scorelink.scorecard.entity.Objective;
import org.scorelink.scorecard.entity.ObjectiveScore;
import org.scorelink.scorecard.entity.OrgUnit;
import org.scorelink.scorecard.entity.PerspectiveScore;
import org.scorelink.scorecard.entity.ReportingPeriod;
import org.scorelink.scorecard.entity.ScoreReport;
import org.scorelink.scorecard.entity.Scorecard;
import org.scorelink.scorecard.entity.ScorecardVersion;
import org.scorelink.scorecard.entity.Target;
import org.scorelink.scorecard.entity.Trend;

/**
 * The JSON of {@code /api/scorecard} and {@code /api/scorecard/exceptions} (shapes in {@code docs/scorecard.md}).
 * Numbers have at most 12 significant digits (no binary-fraction noise such as 0.30000000000000004); whole numbers
 * have no fraction; absent values are {@code null}.
 */
final class ReportJson {

    private static final MathContext DIGITS = new MathContext(12);

    private ReportJson() {
    }

    // ---- scorecard

    static JsonObject scorecard(ScorecardVersion version, ReportingPeriod period, List<ScoreReport> reports) {
        JsonArrayBuilder list = ScorecardJson.array();
        reports.forEach(r -> list.add(report(r)));
        return head(version, period).add("reports", list).build();
    }

    private static JsonObjectBuilder head(ScorecardVersion version, ReportingPeriod period) {
        return ScorecardJson.object().add("scorecard", version.scorecard().name()).add("version", version.version())
                .add("period", period.toString());
    }

    private static JsonObjectBuilder report(ScoreReport r) {
        JsonObjectBuilder o = ScorecardJson.object();
        orgUnit(o, r.orgUnit());
        number(o, "score", r.score());
        o.add("coverage", coverage(r.coverage()));
        JsonArrayBuilder perspectives = ScorecardJson.array();
        r.perspectives().forEach(p -> perspectives.add(perspective(p)));
        return o.add("perspectives", perspectives);
    }

    private static void orgUnit(JsonObjectBuilder o, Optional<OrgUnit> unit) {
        if (unit.isPresent()) {
            o.add("orgUnit", ScorecardJson.object().add("key", unit.get().key()).add("name", unit.get().name()));
        } else {
            o.addNull("orgUnit");
        }
    }

    private static JsonObjectBuilder perspective(PerspectiveScore p) {
        JsonObjectBuilder o = ScorecardJson.object().add("key", p.perspective().key())
                .add("name", p.perspective().name());
        number(o, "rank", p.perspective().rank());
        number(o, "weight", p.perspective().weight());
        number(o, "score", p.score());
        o.add("coverage", coverage(p.coverage()));
        JsonArrayBuilder objectives = ScorecardJson.array();
        p.objectives().forEach(x -> objectives.add(objective(x)));
        return o.add("objectives", objectives).add("otherMeasures", measures(p.otherMeasures()));
    }

    private static JsonObjectBuilder objective(ObjectiveScore s) {
        Objective objective = s.objective();
        JsonObjectBuilder o = ScorecardJson.object().add("key", objective.key()).add("name", objective.name())
                .add("owner", objective.owner());
        objective.orgUnit().ifPresent(u -> o.add("orgUnit", u));
        objective.parent().ifPresent(p -> o.add("parent", p));
        number(o, "weight", objective.weight());
        number(o, "score", s.score());
        return o.add("coverage", coverage(s.coverage())).add("measures", measures(s.measures()));
    }

    private static JsonArrayBuilder measures(List<MeasureScore> measures) {
        JsonArrayBuilder list = ScorecardJson.array();
        measures.forEach(m -> list.add(measure(m)));
        return list;
    }

    private static JsonObjectBuilder measure(MeasureScore s) {
        Measure m = s.measure();
        Actual a = s.actual();
        JsonObjectBuilder o = ScorecardJson.object().add("key", m.key()).add("name", m.name()).add("unit", m.unit())
                .add("direction", Keywords.of(m.direction())).add("timing", Keywords.of(m.timing()))
                .add("source", Keywords.of(m.source()));
        number(o, "weight", m.weight());
        o.add("period", a.period().toString());
        if (s.containingPeriod()) {
            o.add("periodNote", m.key() + " is " + Periods.adjective(m.period()) + ": the value of " + a.period()
                    + ", which contains " + s.requested());
        }
        number(o, "actual", a.value());
        if (a.hasParts()) {
            number(o, "numerator", a.numerator());
            number(o, "denominator", a.denominator());
        }
        JsonArrayBuilder sources = ScorecardJson.array();
        a.sources().stream().sorted().forEach(x -> sources.add(Keywords.of(x)));
        o.add("dataSources", sources).add("basis", basis(a.basis()));
        a.missing().ifPresent(reason -> o.add("missing", reason));
        if (s.target().isPresent()) {
            Target t = s.target().get();
            JsonObjectBuilder target = ScorecardJson.object();
            number(target, "baseline", t.baseline());
            number(target, "target", t.target());
            if (t.orgUnit().isPresent()) {
                target.add("orgUnit", t.orgUnit().get());
            } else {
                target.addNull("orgUnit");
            }
            if (t.period().isPresent()) {
                target.add("period", t.period().get().toString());
            } else {
                target.addNull("period");
            }
            o.add("target", target.add("rule", ScorecardJson.toJson(t.rule())));
        } else {
            o.addNull("target");
        }
        number(o, "score", s.score());
        if (s.status().isPresent()) {
            o.add("status", Keywords.of(s.status().get()));
        } else {
            o.addNull("status");
        }
        s.unscored().ifPresent(reason -> o.add("unscored", reason));
        return o.add("trend", trend(s.trend()));
    }

    private static JsonObjectBuilder basis(Basis b) {
        JsonObjectBuilder o = ScorecardJson.object().add("kind", Keywords.of(b.kind()));
        b.aggregation().ifPresent(x -> o.add("aggregation", Keywords.of(x)));
        b.formula().ifPresent(f -> {
            JsonObjectBuilder inputs = ScorecardJson.object();
            b.inputs().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                    .forEach(e -> number(inputs, e.getKey(), e.getValue()));
            o.add("formula", f).add("inputs", inputs);
        });
        if (b.kind() == Basis.Kind.ORG_UNITS || b.kind() == Basis.Kind.PERIODS) {
            o.add("used", strings(b.used()));
        }
        if (b.kind() != Basis.Kind.RECORDED && b.kind() != Basis.Kind.NONE) {
            o.add("missing", strings(b.missing()));
        }
        return o;
    }

    private static JsonObjectBuilder trend(Trend t) {
        JsonObjectBuilder o = ScorecardJson.object().add("previousPeriod", t.previousPeriod().toString());
        number(o, "previous", t.previous());
        number(o, "delta", t.delta());
        return o.add("direction", Keywords.of(t.direction()));
    }

    private static JsonObjectBuilder coverage(Coverage c) {
        return ScorecardJson.object().add("measures", c.measures()).add("scored", c.scored())
                .add("missing", strings(c.missing()));
    }

    // ---- exceptions

    static JsonObject exceptions(ScorecardVersion version, ReportingPeriod period, List<ExceptionReport> reports) {
        Scorecard sc = version.scorecard();
        JsonArrayBuilder list = ScorecardJson.array();
        for (ExceptionReport r : reports) {
            JsonObjectBuilder o = ScorecardJson.object();
            orgUnit(o, r.orgUnit());
            JsonArrayBuilder off = ScorecardJson.array();
            r.offTarget().forEach(s -> off.add(offTarget(sc, s)));
            JsonArrayBuilder noData = ScorecardJson.array();
            r.noData().forEach(s -> noData.add(measureRef(sc, s).add("source", Keywords.of(s.measure().source()))
                    .add("missing", s.actual().missing().orElse(""))));
            JsonArrayBuilder red = ScorecardJson.array();
            r.redWithoutInitiative().forEach(s -> red.add(offTarget(sc, s)));
            JsonArrayBuilder links = ScorecardJson.array();
            for (ExceptionReport.LinkGap gap : r.linksWithoutData()) {
                JsonObjectBuilder l = ScorecardJson.object()
                        .add("from", key(gap.link().from(), sc.measure(gap.link().from()).map(Measure::name)))
                        .add("to", key(gap.link().to(), Optional.of(gap.to().measure().name())))
                        .add("kind", Keywords.of(gap.link().kind())).add("sign", Keywords.of(gap.link().sign()));
                gap.link().owner().ifPresent(x -> l.add("owner", x));
                links.add(l.add("period", gap.to().actual().period().toString())
                        .add("missing", gap.to().actual().missing().orElse("")));
            }
            list.add(o.add("offTarget", off).add("noData", noData).add("redWithoutInitiative", red)
                    .add("linksWithoutData", links));
        }
        return head(version, period).add("reports", list).build();
    }

    /** A measure with its perspective and objectives (keys, names and owners) and the period of its value. */
    private static JsonObjectBuilder measureRef(Scorecard sc, MeasureScore s) {
        Measure m = s.measure();
        JsonArrayBuilder objectives = ScorecardJson.array();
        for (String key : m.objectives()) {
            sc.objective(key).ifPresent(obj -> objectives.add(ScorecardJson.object().add("key", obj.key())
                    .add("name", obj.name()).add("owner", obj.owner())));
        }
        return ScorecardJson.object().add("measure", key(m.key(), Optional.of(m.name())))
                .add("perspective", key(m.perspective(), sc.perspective(m.perspective()).map(p -> p.name())))
                .add("objectives", objectives).add("period", s.actual().period().toString());
    }

    private static JsonObjectBuilder offTarget(Scorecard sc, MeasureScore s) {
        JsonObjectBuilder o = measureRef(sc, s).add("status", Keywords.of(s.status().orElseThrow()));
        number(o, "score", s.score());
        number(o, "actual", s.actual().value());
        o.add("unit", s.measure().unit());
        Target t = s.target().orElseThrow();
        number(o, "target", t.target());
        number(o, "baseline", t.baseline());
        double actual = s.actual().value().getAsDouble();
        double shortfall = s.measure().direction() == Direction.HIGHER_IS_BETTER ? t.target() - actual
                : actual - t.target();
        number(o, "shortfall", shortfall);
        JsonArrayBuilder initiatives = ScorecardJson.array();
        sc.initiativesFor(s.key()).forEach(i -> initiatives.add(key(i.key(), Optional.of(i.name()))));
        return o.add("initiatives", initiatives);
    }

    private static JsonObjectBuilder key(String key, Optional<String> name) {
        JsonObjectBuilder o = ScorecardJson.object().add("key", key);
        name.ifPresent(n -> o.add("name", n));
        return o;
    }

    // ---- numbers

    private static JsonArrayBuilder strings(List<String> values) {
        JsonArrayBuilder b = ScorecardJson.array();
        values.forEach(b::add);
        return b;
    }

    /** {@code name: value} rounded to 12 significant digits, or {@code name: null}. */
    static void number(JsonObjectBuilder o, String name, OptionalDouble value) {
        if (value.isPresent()) {
            number(o, name, value.getAsDouble());
        } else {
            o.addNull(name);
        }
    }

    static void number(JsonObjectBuilder o, String name, double value) {
        BigDecimal d = BigDecimal.valueOf(value).round(DIGITS).stripTrailingZeros();
        if (d.scale() <= 0 && d.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) < 0) {
            o.add(name, d.longValueExact());
        } else {
            o.add(name, d);
        }
    }
}
