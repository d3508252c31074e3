package org.scorelink.scorecard.control;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.scorelink.scorecard.entity.Aggregation;
import org.scorelink.scorecard.entity.CausalLink;
import org.scorelink.scorecard.entity.Direction;
import org.scorelink.scorecard.entity.Initiative;
import org.scorelink.scorecard.entity.Keywords;
import org.scorelink.scorecard.entity.LinkKind;
import org.scorelink.scorecard.entity.Measure;
import org.scorelink.scorecard.entity.Objective;
import org.scorelink.scorecard.entity.OrgUnit;
import org.scorelink.scorecard.entity.Perspective;
import org.scorelink.scorecard.entity.Rollout;
import org.scorelink.scorecard.entity.Scorecard;
import org.scorelink.scorecard.entity.ScoringRule;
import org.scorelink.scorecard.entity.Source;
import org.scorelink.scorecard.entity.Target;

/**
 * Checks a scorecard model as a whole: keys, references, cycles, targets, formulas, links and initiatives. The
 * rules are listed in {@code docs/scorecard.md}; every problem names the field path (list positions are those of
 * the model's lists, i.e. of the source document) and, given the parser's locations, the place in the text.
 */
public final class ScorecardValidator {

    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    private ScorecardValidator() {
    }

    /** The problems of a model built in code (no locations). */
    public static List<Problem> validate(Scorecard scorecard) {
        return validate(scorecard, Map.of());
    }

    /** The problems of a model read from text; {@code locations} from {@link Parsed#locations()}. */
    public static List<Problem> validate(Scorecard scorecard, Map<String, Location> locations) {
        return new Run(scorecard, locations).run();
    }

    private static final class Run {
        private final Scorecard sc;
        private final Map<String, Location> locations;
        private final List<Problem> problems = new ArrayList<>();

        Run(Scorecard sc, Map<String, Location> locations) {
            this.sc = sc;
            this.locations = locations;
        }

        List<Problem> run() {
            if (sc.name().isBlank()) {
                error("name", "must not be empty");
            }
            perspectives();
            orgUnits();
            objectives();
            measures();
            formulas();
            targets();
            links();
            initiatives();
            return problems;
        }

        // ---- perspectives

        private void perspectives() {
            List<Perspective> ps = sc.perspectives();
            keys("perspectives", "perspective", ps, Perspective::key);
            Map<Double, Integer> byRank = new HashMap<>();
            for (int i = 0; i < ps.size(); i++) {
                Perspective p = ps.get(i);
                String at = "perspectives[" + i + "]";
                if (p.name().isBlank()) {
                    error(at + ".name", "must not be empty");
                }
                Optional<Perspective> standard = Perspective.standard(p.key());
                if (standard.isPresent() && p.rank() != standard.get().rank()) {
                    error(at + ".rank", "the standard perspective '" + p.key() + "' has rank "
                            + number(standard.get().rank()) + "; only custom perspectives choose their rank");
                } else if (!Double.isFinite(p.rank())) {
                    error(at + ".rank", "must be a finite number");
                } else {
                    Integer other = byRank.putIfAbsent(p.rank(), i);
                    if (other != null && !ps.get(other).key().equals(p.key())) {
                        error(at + ".rank", "perspectives '" + ps.get(other).key() + "' and '" + p.key()
                                + "' both have rank " + number(p.rank()) + "; ranks order the perspectives and must "
                                + "differ");
                    }
                }
                weight(at + ".weight", p.weight());
            }
        }

        // ---- org units

        private void orgUnits() {
            List<OrgUnit> units = sc.orgUnits();
            keys("orgUnits", "org unit", units, OrgUnit::key);
            Map<String, List<Edge>> parents = new LinkedHashMap<>();
            for (int i = 0; i < units.size(); i++) {
                OrgUnit u = units.get(i);
                String at = "orgUnits[" + i + "]";
                if (u.name().isBlank()) {
                    error(at + ".name", "must not be empty");
                }
                u.parent().ifPresent(parent -> {
                    if (reference(at + ".parent", "org unit", parent, sc.orgUnit(parent).isPresent(), keys(units,
                            OrgUnit::key))) {
                        parents.computeIfAbsent(u.key(), k -> new ArrayList<>()).add(new Edge(parent, at + ".parent"));
                    }
                });
            }
            cycles(parents, "org units form a cycle through their parents: ");
        }

        // ---- objectives

        private void objectives() {
            List<Objective> os = sc.objectives();
            keys("objectives", "objective", os, Objective::key);
            Map<String, List<Edge>> parents = new LinkedHashMap<>();
            for (int i = 0; i < os.size(); i++) {
                Objective o = os.get(i);
                String at = "objectives[" + i + "]";
                nonEmpty(at + ".name", o.name());
                nonEmpty(at + ".owner", o.owner());
                perspective(at + ".perspective", o.perspective());
                o.orgUnit().ifPresent(u -> orgUnit(at + ".orgUnit", u));
                weight(at + ".weight", o.weight());
                o.parent().ifPresent(parent -> {
                    if (!reference(at + ".parent", "objective", parent, sc.objective(parent).isPresent(),
                            keys(os, Objective::key))) {
                        return;
                    }
                    parents.computeIfAbsent(o.key(), k -> new ArrayList<>()).add(new Edge(parent, at + ".parent"));
                    Objective p = sc.objective(parent).orElseThrow();
                    if (!p.perspective().equals(o.perspective())) {
                        warning(at + ".parent", "cascades from '" + parent + "' in perspective '" + p.perspective()
                                + "' but is in '" + o.perspective() + "'");
                    }
                    if (o.orgUnit().isPresent() && p.orgUnit().isPresent()
                            && sc.selfAndAncestors(o.orgUnit().get()).stream()
                                    .noneMatch(u -> u.key().equals(p.orgUnit().get()))) {
                        warning(at + ".parent", "cascades from '" + parent + "' of org unit '" + p.orgUnit().get()
                                + "', which is not '" + o.orgUnit().get() + "' or one of its ancestors");
                    }
                });
            }
            cycles(parents, "objectives form a cycle through their parents: ");
        }

        // ---- measures

        private void measures() {
            List<Measure> ms = sc.measures();
            keys("measures", "measure", ms, Measure::key);
            for (int i = 0; i < ms.size(); i++) {
                Measure m = ms.get(i);
                String at = "measures[" + i + "]";
                nonEmpty(at + ".name", m.name());
                nonEmpty(at + ".unit", m.unit());
                perspective(at + ".perspective", m.perspective());
                weight(at + ".weight", m.weight());
                if (m.objectives().isEmpty() && m.scored()) {
                    warning(at + ".objectives", "measure '" + m.key() + "' serves no objective: its score rolls up "
                            + "into no objective");
                }
                for (int j = 0; j < m.objectives().size(); j++) {
                    String objective = m.objectives().get(j);
                    String oat = at + ".objectives[" + j + "]";
                    if (reference(oat, "objective", objective, sc.objective(objective).isPresent(),
                            keys(sc.objectives(), Objective::key))) {
                        String op = sc.objective(objective).orElseThrow().perspective();
                        if (!op.equals(m.perspective())) {
                            error(oat, "objective '" + objective + "' is in perspective '" + op + "' but measure '"
                                    + m.key() + "' is in '" + m.perspective() + "'");
                        }
                    }
                }
                if (m.aggregation() == Aggregation.WEIGHTED_MEAN) {
                    if (m.weightMeasure().isEmpty()) {
                        error(at + ".weightMeasure", "aggregation weighted_mean needs weightMeasure: the measure "
                                + "whose values weigh each org unit");
                    }
                } else if (m.weightMeasure().isPresent()) {
                    error(at + ".weightMeasure", "only aggregation weighted_mean uses weightMeasure; this measure's "
                            + "aggregation is " + Keywords.of(m.aggregation()));
                }
                m.weightMeasure().ifPresent(w -> {
                    if (w.equals(m.key())) {
                        error(at + ".weightMeasure", "a measure cannot weigh itself");
                    } else {
                        measureRef(at + ".weightMeasure", w);
                    }
                });
                if (m.scored() && sc.targetsOf(m.key()).isEmpty()) {
                    error(at, "measure '" + m.key() + "' has no target (give it one under targets, or weight 0 if it "
                            + "is only an input)");
                }
            }
        }

        private void formulas() {
            List<Measure> ms = sc.measures();
            Map<String, List<Edge>> uses = new LinkedHashMap<>();
            for (int i = 0; i < ms.size(); i++) {
                Measure m = ms.get(i);
                String at = "measures[" + i + "].formula";
                if (m.source() == Source.FORMULA && m.formula().isEmpty()) {
                    error(at, "source formula needs a formula");
                }
                if (m.source() != Source.FORMULA && m.formula().isPresent()) {
                    error(at, "only source formula takes a formula; this measure's source is "
                            + Keywords.of(m.source()));
                }
                if (m.formula().isEmpty()) {
                    continue;
                }
                Formulas.Check check = Formulas.check(m.formula().get());
                if (!check.valid()) {
                    error(at, "not a valid formula: " + check.error().orElseThrow());
                    continue;
                }
                if (check.variables().isEmpty()) {
                    warning(at, "the formula references no measure: it is a constant");
                }
                for (String v : check.variables()) {
                    if (measureRef(at, v) && sc.measure(m.key()).filter(first -> first == m).isPresent()) {
                        uses.computeIfAbsent(m.key(), k -> new ArrayList<>()).add(new Edge(v, at));
                    }
                }
            }
            cycles(uses, "formulas form a cycle: ");
        }

        // ---- targets

        private void targets() {
            List<Target> ts = sc.targets();
            for (int i = 0; i < ts.size(); i++) {
                Target t = ts.get(i);
                String at = "targets[" + i + "]";
                for (int j = 0; j < i; j++) {
                    if (ts.get(j).sameScope(t)) {
                        error(at, "a second target for measure '" + t.measure() + "'" + scope(t)
                                + " (the first is targets[" + j + "])");
                        break;
                    }
                }
                t.orgUnit().ifPresent(u -> orgUnit(at + ".orgUnit", u));
                if (!Double.isFinite(t.baseline())) {
                    error(at + ".baseline", "must be a finite number");
                }
                if (!Double.isFinite(t.target())) {
                    error(at + ".target", "must be a finite number");
                }
                Optional<Measure> measure = sc.measure(t.measure());
                if (!measureRef(at + ".measure", t.measure())) {
                    continue;
                }
                Direction direction = measure.orElseThrow().direction();
                Optional<Direction> implied = t.impliedDirection();
                if (implied.isEmpty()) {
                    error(at + ".target", "equals the baseline (" + number(t.baseline()) + "): a target must say "
                            + "which way to move");
                } else if (implied.get() != direction) {
                    error(at + ".target", "measure '" + t.measure() + "' is " + Keywords.of(direction)
                            + " but the target " + number(t.target()) + " is "
                            + (t.target() < t.baseline() ? "below" : "above") + " the baseline "
                            + number(t.baseline()));
                }
                t.period().ifPresent(p -> {
                    if (p.unit().compareTo(measure.get().period()) < 0) {
                        warning(at + ".period", "measure '" + t.measure() + "' is scored by "
                                + Keywords.of(measure.get().period()) + "; a target for the "
                                + Keywords.of(p.unit()) + " " + p + " is never used");
                    }
                });
                rule(at + ".rule", t.rule(), direction);
            }
        }

        private void rule(String at, ScoringRule r, Direction direction) {
            if (!Double.isFinite(r.amberFrom()) || !Double.isFinite(r.greenFrom()) || !Double.isFinite(r.cap())) {
                error(at, "amberFrom, greenFrom and cap must be finite numbers");
                return;
            }
            if (r.amberFrom() > r.greenFrom()) {
                error(at + ".amberFrom", "amberFrom " + number(r.amberFrom()) + " is above greenFrom "
                        + number(r.greenFrom()));
            }
            if (r.cap() <= 0) {
                error(at + ".cap", "must be above 0");
            } else if (r.cap() < r.greenFrom() && r.green().isEmpty()) {
                error(at + ".cap", "cap " + number(r.cap()) + " is below greenFrom " + number(r.greenFrom())
                        + ": green could never be reached");
            }
            if (r.green().isPresent() != r.amber().isPresent()) {
                error(at + (r.green().isPresent() ? ".amber" : ".green"), "explicit thresholds come in pairs: give "
                        + "both green and amber, or neither");
            } else if (r.green().isPresent()) {
                double green = r.green().getAsDouble();
                double amber = r.amber().getAsDouble();
                if (!Double.isFinite(green) || !Double.isFinite(amber)) {
                    error(at, "green and amber must be finite numbers");
                } else if (direction == Direction.HIGHER_IS_BETTER ? green < amber : green > amber) {
                    error(at + ".green", "the measure is " + Keywords.of(direction) + ", so green ("
                            + number(green) + ") must be " + (direction == Direction.HIGHER_IS_BETTER ? "at least"
                            : "at most") + " amber (" + number(amber) + ")");
                }
            }
        }

        private static String scope(Target t) {
            return t.orgUnit().map(u -> " in org unit '" + u + "'").orElse("")
                    + t.period().map(p -> " for " + p).orElse("");
        }

        // ---- causal links

        private void links() {
            List<CausalLink> ls = sc.links();
            Map<String, List<Edge>> graph = new LinkedHashMap<>();
            for (int i = 0; i < ls.size(); i++) {
                CausalLink l = ls.get(i);
                String at = "links[" + i + "]";
                for (int j = 0; j < i; j++) {
                    if (ls.get(j).from().equals(l.from()) && ls.get(j).to().equals(l.to())) {
                        error(at, "a second link " + l.label() + " (the first is links[" + j + "])");
                        break;
                    }
                }
                boolean from = measureRef(at + ".from", l.from());
                boolean to = measureRef(at + ".to", l.to());
                if (l.lagMin() < 0) {
                    error(at + ".lagMin", "must not be negative");
                }
                if (l.lagMin() > l.lagMax()) {
                    error(at + ".lagMax", "lagMax " + l.lagMax() + " is below lagMin " + l.lagMin());
                }
                if (l.kind() == LinkKind.LOGICAL && l.rationale().filter(r -> !r.isBlank()).isEmpty()) {
                    warning(at + ".rationale", "a logical link should say why it holds by definition");
                }
                if (!from || !to) {
                    continue;
                }
                if (l.from().equals(l.to())) {
                    error(at, "a measure cannot cause itself (" + l.label() + ")");
                    continue;
                }
                graph.computeIfAbsent(l.from(), k -> new ArrayList<>()).add(new Edge(l.to(), at));
                Perspective pf = sc.perspective(sc.measure(l.from()).orElseThrow().perspective()).orElse(null);
                Perspective pt = sc.perspective(sc.measure(l.to()).orElseThrow().perspective()).orElse(null);
                if (l.kind() == LinkKind.EMPIRICAL && pf != null && pt != null && pt.rank() < pf.rank()) {
                    warning(at, "link " + l.label() + " runs backwards, from perspective '" + pf.key() + "' to the "
                            + "earlier '" + pt.key() + "'");
                }
            }
            cycles(graph, "causal links form a cycle: ");
        }

        // ---- initiatives

        private void initiatives() {
            List<Initiative> is = sc.initiatives();
            keys("initiatives", "initiative", is, Initiative::key);
            for (int i = 0; i < is.size(); i++) {
                Initiative in = is.get(i);
                String at = "initiatives[" + i + "]";
                nonEmpty(at + ".name", in.name());
                in.cost().ifPresent(c -> {
                    if (c.amount().signum() < 0) {
                        error(at + ".cost.amount", "must not be negative");
                    }
                    if (!CURRENCY.matcher(c.currency()).matches()) {
                        error(at + ".cost.currency", "'" + c.currency() + "' is not an ISO 4217 currency code "
                                + "(three capital letters, e.g. EUR)");
                    }
                });
                for (int j = 0; j < in.activities().size(); j++) {
                    String iri = in.activities().get(j);
                    if (!absoluteIri(iri)) {
                        error(at + ".activities[" + j + "]", "'" + iri + "' is not an absolute IRI");
                    }
                }
                if (in.measures().isEmpty()) {
                    warning(at + ".measures", "initiative '" + in.key() + "' is meant to move no measure");
                }
                for (int j = 0; j < in.measures().size(); j++) {
                    measureRef(at + ".measures[" + j + "]", in.measures().get(j));
                }
                for (int j = 0; j < in.rollout().size(); j++) {
                    Rollout r = in.rollout().get(j);
                    orgUnit(at + ".rollout[" + j + "].orgUnit", r.orgUnit());
                }
            }
        }

        private static boolean absoluteIri(String iri) {
            try {
                URI uri = new URI(iri);
                return uri.isAbsolute() && !iri.isBlank();
            } catch (URISyntaxException e) {
                return false;
            }
        }

        // ---- shared checks

        private <T> void keys(String list, String what, List<T> elements, Function<T, String> key) {
            Map<String, Integer> first = new HashMap<>();
            for (int i = 0; i < elements.size(); i++) {
                String k = key.apply(elements.get(i));
                String at = list + "[" + i + "].key";
                if (!Keywords.isKey(k)) {
                    error(at, "'" + k + "' is not a valid key: a lower-case letter, then lower-case letters, "
                            + "digits and _ (at most 64)");
                }
                Integer earlier = first.putIfAbsent(k, i);
                if (earlier != null) {
                    error(at, "duplicate " + what + " key '" + k + "' (first at " + list + "[" + earlier + "])");
                }
            }
        }

        private void perspective(String at, String key) {
            reference(at, "perspective", key, sc.perspective(key).isPresent(), keys(sc.perspectives(),
                    Perspective::key));
        }

        private void orgUnit(String at, String key) {
            reference(at, "org unit", key, sc.orgUnit(key).isPresent(), keys(sc.orgUnits(), OrgUnit::key));
        }

        private boolean measureRef(String at, String key) {
            return reference(at, "measure", key, sc.measure(key).isPresent(), keys(sc.measures(), Measure::key));
        }

        private boolean reference(String at, String what, String key, boolean exists, Collection<String> known) {
            if (!exists) {
                error(at, "unknown " + what + " '" + key + "'" + Suggestions.didYouMean(key, known));
            }
            return exists;
        }

        private static <T> List<String> keys(List<T> elements, Function<T, String> key) {
            return elements.stream().map(key).toList();
        }

        private void nonEmpty(String at, String value) {
            if (value.isBlank()) {
                error(at, "must not be empty");
            }
        }

        private void weight(String at, double weight) {
            if (!Double.isFinite(weight) || weight < 0) {
                error(at, "must be a finite number, at least 0");
            }
        }

        /** An edge of a graph checked for cycles: to a node, declared at a path. */
        private record Edge(String to, String at) {
        }

        /** Reports each cycle once, at the edge that closes it, naming it {@code a → b → a}. */
        private void cycles(Map<String, List<Edge>> graph, String message) {
            Set<String> done = new HashSet<>();
            for (String start : graph.keySet()) {
                if (!done.contains(start)) {
                    visit(start, graph, new ArrayList<>(), new HashSet<>(), done, message);
                }
            }
        }

        private void visit(String node, Map<String, List<Edge>> graph, List<String> stack, Set<String> onStack,
                           Set<String> done, String message) {
            stack.add(node);
            onStack.add(node);
            for (Edge e : graph.getOrDefault(node, List.of())) {
                if (onStack.contains(e.to())) {
                    List<String> cycle = new ArrayList<>(stack.subList(stack.indexOf(e.to()), stack.size()));
                    cycle.add(e.to());
                    error(e.at(), message + String.join(" → ", cycle));
                } else if (!done.contains(e.to())) {
                    visit(e.to(), graph, stack, onStack, done, message);
                }
            }
            stack.remove(stack.size() - 1);
            onStack.remove(node);
            done.add(node);
        }

        // ---- reporting

        private void error(String path, String message) {
            problems.add(Problem.error(path, locate(path), message));
        }

        private void warning(String path, String message) {
            problems.add(Problem.warning(path, locate(path), message));
        }

        private Optional<Location> locate(String path) {
            return nearestLocation(locations, path);
        }

        private static String number(double d) {
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
        }
    }

    /** The location of the path, or of its nearest ancestor ({@code a.b[2].c} → {@code a.b[2]} → …) that has one. */
    static Optional<Location> nearestLocation(Map<String, Location> locations, String path) {
        String p = path;
        while (true) {
            Location l = locations.get(p);
            if (l != null) {
                return Optional.of(l);
            }
            if (p.isEmpty()) {
                return Optional.empty();
            }
            p = p.substring(0, Math.max(0, Math.max(p.lastIndexOf('.'), p.lastIndexOf('['))));
        }
    }
}
