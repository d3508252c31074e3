package org.scorelink.scorecard.entity;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The strategy map of one tenant store: perspectives, org units, objectives, measures, targets, causal links and
 * initiatives. Immutable; the aggregate root of the scorecard component.
 *
 * <p>Invariants the constructor guarantees:
 * <ul>
 *   <li>every list is non-null and unmodifiable, and keeps the order it was given in — the order of the source
 *       document, so that a problem path such as {@code measures[3].formula} points into that document;</li>
 *   <li>the four standard perspectives ({@link Perspective#STANDARD}) are always present: missing ones are
 *       appended with their default names, ranks and weights.</li>
 * </ul>
 *
 * <p>Everything else — unique keys, references that resolve, acyclic org units, objective parents, causal links
 * and formulas, consistent targets — is checked by {@code scorecard.control.ScorecardValidator}, not here, so that
 * a faulty model can still be built, inspected and reported on in full. A scorecard that is stored or scored has
 * passed validation with no error. The lookups below tolerate faulty models: with duplicate keys the first element
 * wins, and walks along parents and links stop at cycles.
 *
 * <p>The {@code with…}/{@code without…} methods return changed copies for element-wise editing; they do not
 * touch references to the element (validate the result).
 */
public final class Scorecard {

    /** Most chains {@link #chains()} returns; a guard against pathological link graphs. */
    public static final int MAX_CHAINS = 10_000;

    private final String name;
    private final List<Perspective> perspectives;
    private final List<OrgUnit> orgUnits;
    private final List<Objective> objectives;
    private final List<Measure> measures;
    private final List<Target> targets;
    private final List<CausalLink> links;
    private final List<Initiative> initiatives;

    private final Map<String, Perspective> perspectiveByKey;
    private final Map<String, OrgUnit> orgUnitByKey;
    private final Map<String, Objective> objectiveByKey;
    private final Map<String, Measure> measureByKey;
    private final Map<String, Initiative> initiativeByKey;

    public Scorecard(String name, List<Perspective> perspectives, List<OrgUnit> orgUnits,
                     List<Objective> objectives, List<Measure> measures, List<Target> targets,
                     List<CausalLink> links, List<Initiative> initiatives) {
        this.name = Objects.requireNonNull(name, "name");
        List<Perspective> all = new ArrayList<>(perspectives);
        for (Perspective standard : Perspective.STANDARD) {
            if (all.stream().noneMatch(p -> p.key().equals(standard.key()))) {
                all.add(standard);
            }
        }
        this.perspectives = List.copyOf(all);
        this.orgUnits = List.copyOf(orgUnits);
        this.objectives = List.copyOf(objectives);
        this.measures = List.copyOf(measures);
        this.targets = List.copyOf(targets);
        this.links = List.copyOf(links);
        this.initiatives = List.copyOf(initiatives);
        this.perspectiveByKey = index(this.perspectives, Perspective::key);
        this.orgUnitByKey = index(this.orgUnits, OrgUnit::key);
        this.objectiveByKey = index(this.objectives, Objective::key);
        this.measureByKey = index(this.measures, Measure::key);
        this.initiativeByKey = index(this.initiatives, Initiative::key);
    }

    private static <T> Map<String, T> index(List<T> elements, Function<T, String> key) {
        Map<String, T> map = new LinkedHashMap<>();
        elements.forEach(e -> map.putIfAbsent(key.apply(e), e));
        return map;
    }

    public String name() {
        return name;
    }

    /** Document order; the standard perspectives a document left out come last. See {@link #perspectiveOrder()}. */
    public List<Perspective> perspectives() {
        return perspectives;
    }

    public List<OrgUnit> orgUnits() {
        return orgUnits;
    }

    public List<Objective> objectives() {
        return objectives;
    }

    public List<Measure> measures() {
        return measures;
    }

    public List<Target> targets() {
        return targets;
    }

    public List<CausalLink> links() {
        return links;
    }

    public List<Initiative> initiatives() {
        return initiatives;
    }

    // ---- lookups

    public Optional<Perspective> perspective(String key) {
        return Optional.ofNullable(perspectiveByKey.get(key));
    }

    public Optional<OrgUnit> orgUnit(String key) {
        return Optional.ofNullable(orgUnitByKey.get(key));
    }

    public Optional<Objective> objective(String key) {
        return Optional.ofNullable(objectiveByKey.get(key));
    }

    public Optional<Measure> measure(String key) {
        return Optional.ofNullable(measureByKey.get(key));
    }

    public Optional<Initiative> initiative(String key) {
        return Optional.ofNullable(initiativeByKey.get(key));
    }

    /** The link from {@code from} to {@code to}, if there is one. */
    public Optional<CausalLink> link(String from, String to) {
        return links.stream().filter(l -> l.from().equals(from) && l.to().equals(to)).findFirst();
    }

    /** The perspectives in causal order: by rank, then key. */
    public List<Perspective> perspectiveOrder() {
        return perspectives.stream()
                .sorted(Comparator.comparingDouble(Perspective::rank).thenComparing(Perspective::key))
                .toList();
    }

    /** The objectives of a perspective, in document order. */
    public List<Objective> objectivesOf(String perspective) {
        return filter(objectives, o -> o.perspective().equals(perspective));
    }

    /** The measures of a perspective, in document order. */
    public List<Measure> measuresOf(String perspective) {
        return filter(measures, m -> m.perspective().equals(perspective));
    }

    /** The measures that name {@code objective} among their objectives. */
    public List<Measure> measuresOfObjective(String objective) {
        return filter(measures, m -> m.objectives().contains(objective));
    }

    /** Every target of a measure, in document order; {@code Scoring} picks the most specific one. */
    public List<Target> targetsOf(String measure) {
        return filter(targets, t -> t.measure().equals(measure));
    }

    /** The links whose cause is {@code measure}. */
    public List<CausalLink> linksFrom(String measure) {
        return filter(links, l -> l.from().equals(measure));
    }

    /** The links whose effect is {@code measure}. */
    public List<CausalLink> linksTo(String measure) {
        return filter(links, l -> l.to().equals(measure));
    }

    /** The initiatives meant to move {@code measure}. */
    public List<Initiative> initiativesFor(String measure) {
        return filter(initiatives, i -> i.measures().contains(measure));
    }

    /** The direct children of an org unit. */
    public List<OrgUnit> children(String orgUnit) {
        return filter(orgUnits, u -> u.parent().filter(orgUnit::equals).isPresent());
    }

    /** The org units without a parent. */
    public List<OrgUnit> roots() {
        return filter(orgUnits, u -> u.parent().isEmpty());
    }

    /**
     * The ancestors of an org unit, nearest first, without the unit itself; empty for a root or an unknown key.
     * Stops at an unknown parent or a cycle.
     */
    public List<OrgUnit> ancestors(String orgUnit) {
        List<OrgUnit> result = new ArrayList<>();
        Set<String> seen = new HashSet<>(Set.of(orgUnit));
        Optional<String> parent = orgUnit(orgUnit).flatMap(OrgUnit::parent);
        while (parent.isPresent() && seen.add(parent.get())) {
            Optional<OrgUnit> unit = orgUnit(parent.get());
            if (unit.isEmpty()) {
                break;
            }
            result.add(unit.get());
            parent = unit.get().parent();
        }
        return List.copyOf(result);
    }

    /** The unit itself followed by its ancestors, nearest first (target inheritance order). */
    public List<OrgUnit> selfAndAncestors(String orgUnit) {
        List<OrgUnit> result = new ArrayList<>();
        orgUnit(orgUnit).ifPresent(result::add);
        result.addAll(ancestors(orgUnit));
        return List.copyOf(result);
    }

    /** Every unit below {@code orgUnit} (children, their children...), parents before children. */
    public List<OrgUnit> descendants(String orgUnit) {
        List<OrgUnit> result = new ArrayList<>();
        Set<String> seen = new HashSet<>(Set.of(orgUnit));
        Deque<String> todo = new ArrayDeque<>(List.of(orgUnit));
        while (!todo.isEmpty()) {
            for (OrgUnit child : children(todo.removeFirst())) {
                if (seen.add(child.key())) {
                    result.add(child);
                    todo.addLast(child.key());
                }
            }
        }
        return List.copyOf(result);
    }

    /**
     * Every chain: each simple path along causal links that starts at a learning-and-growth measure and ends at a
     * financial measure (a path may pass through other measures of either perspective, so a chain's prefix can be
     * a chain too). In order of the start measures, then of the links, in document order; at most
     * {@link #MAX_CHAINS}.
     */
    public List<Chain> chains() {
        List<Chain> result = new ArrayList<>();
        for (Measure start : measuresOf(Perspective.LEARNING_GROWTH)) {
            Set<String> onPath = new HashSet<>(Set.of(start.key()));
            walk(start.key(), new ArrayList<>(), onPath, result);
        }
        return List.copyOf(result);
    }

    private void walk(String at, List<CausalLink> path, Set<String> onPath, List<Chain> result) {
        for (CausalLink link : linksFrom(at)) {
            if (result.size() >= MAX_CHAINS || !onPath.add(link.to())) {
                continue;
            }
            path.add(link);
            if (measure(link.to()).filter(m -> m.perspective().equals(Perspective.FINANCIAL)).isPresent()) {
                result.add(new Chain(path));
            }
            walk(link.to(), path, onPath, result);
            path.remove(path.size() - 1);
            onPath.remove(link.to());
        }
    }

    // ---- changed copies

    /** This scorecard with another name. */
    public Scorecard withName(String newName) {
        return new Scorecard(newName, perspectives, orgUnits, objectives, measures, targets, links, initiatives);
    }

    /**
     * This scorecard with {@code perspective} replacing the one with its key (in place), or appended. A standard
     * perspective keeps its rank only if {@code perspective} gives it; the validator checks.
     */
    public Scorecard withPerspective(Perspective perspective) {
        return new Scorecard(name, put(perspectives, perspective, p -> p.key().equals(perspective.key())), orgUnits,
                objectives, measures, targets, links, initiatives);
    }

    /**
     * This scorecard without the perspective {@code key} (references to it are left as they are). A standard
     * perspective comes back with its default name and weight: they always exist.
     */
    public Scorecard withoutPerspective(String key) {
        return new Scorecard(name, remove(perspectives, p -> p.key().equals(key)), orgUnits, objectives, measures,
                targets, links, initiatives);
    }

    /** This scorecard with {@code measure} replacing the one with its key (in place), or appended. */
    public Scorecard withMeasure(Measure measure) {
        return new Scorecard(name, perspectives, orgUnits, objectives,
                put(measures, measure, m -> m.key().equals(measure.key())), targets, links, initiatives);
    }

    /** This scorecard without the measure {@code key} (references to it are left as they are). */
    public Scorecard withoutMeasure(String key) {
        return new Scorecard(name, perspectives, orgUnits, objectives, remove(measures, m -> m.key().equals(key)),
                targets, links, initiatives);
    }

    /** This scorecard with {@code objective} replacing the one with its key (in place), or appended. */
    public Scorecard withObjective(Objective objective) {
        return new Scorecard(name, perspectives, orgUnits,
                put(objectives, objective, o -> o.key().equals(objective.key())), measures, targets, links,
                initiatives);
    }

    /** This scorecard without the objective {@code key} (references to it are left as they are). */
    public Scorecard withoutObjective(String key) {
        return new Scorecard(name, perspectives, orgUnits, remove(objectives, o -> o.key().equals(key)), measures,
                targets, links, initiatives);
    }

    /** This scorecard with {@code unit} replacing the org unit with its key (in place), or appended. */
    public Scorecard withOrgUnit(OrgUnit unit) {
        return new Scorecard(name, perspectives, put(orgUnits, unit, u -> u.key().equals(unit.key())), objectives,
                measures, targets, links, initiatives);
    }

    /** This scorecard without the org unit {@code key} (references to it are left as they are). */
    public Scorecard withoutOrgUnit(String key) {
        return new Scorecard(name, perspectives, remove(orgUnits, u -> u.key().equals(key)), objectives, measures,
                targets, links, initiatives);
    }

    /** This scorecard with {@code link} replacing the link between the same measures (in place), or appended. */
    public Scorecard withLink(CausalLink link) {
        return new Scorecard(name, perspectives, orgUnits, objectives, measures, targets,
                put(links, link, l -> l.from().equals(link.from()) && l.to().equals(link.to())), initiatives);
    }

    /** This scorecard without the link from {@code from} to {@code to}. */
    public Scorecard withoutLink(String from, String to) {
        return new Scorecard(name, perspectives, orgUnits, objectives, measures, targets,
                remove(links, l -> l.from().equals(from) && l.to().equals(to)), initiatives);
    }

    /** This scorecard with {@code initiative} replacing the one with its key (in place), or appended. */
    public Scorecard withInitiative(Initiative initiative) {
        return new Scorecard(name, perspectives, orgUnits, objectives, measures, targets, links,
                put(initiatives, initiative, i -> i.key().equals(initiative.key())));
    }

    /** This scorecard without the initiative {@code key}. */
    public Scorecard withoutInitiative(String key) {
        return new Scorecard(name, perspectives, orgUnits, objectives, measures, targets, links,
                remove(initiatives, i -> i.key().equals(key)));
    }

    /**
     * This scorecard with {@code target} replacing the target of the same measure, org unit and period (in place),
     * or appended.
     */
    public Scorecard withTarget(Target target) {
        return new Scorecard(name, perspectives, orgUnits, objectives, measures,
                put(targets, target, target::sameScope), links, initiatives);
    }

    /** This scorecard with {@code measureTargets} as every target of {@code measure} (the old ones removed). */
    public Scorecard withTargets(String measure, List<Target> measureTargets) {
        List<Target> result = new ArrayList<>(remove(targets, t -> t.measure().equals(measure)));
        result.addAll(measureTargets);
        return new Scorecard(name, perspectives, orgUnits, objectives, measures, result, links, initiatives);
    }

    /** This scorecard without the target of the given measure, org unit and period. */
    public Scorecard withoutTarget(String measure, Optional<String> orgUnit, Optional<ReportingPeriod> period) {
        return new Scorecard(name, perspectives, orgUnits, objectives, measures,
                remove(targets, t -> t.measure().equals(measure) && t.orgUnit().equals(orgUnit)
                        && t.period().equals(period)), links, initiatives);
    }

    private static <T> List<T> filter(List<T> list, Predicate<T> keep) {
        return list.stream().filter(keep).toList();
    }

    private static <T> List<T> put(List<T> list, T element, Predicate<T> same) {
        List<T> result = new ArrayList<>(list);
        for (int i = 0; i < result.size(); i++) {
            if (same.test(result.get(i))) {
                result.set(i, element);
                return result;
            }
        }
        result.add(element);
        return result;
    }

    private static <T> List<T> remove(List<T> list, Predicate<T> drop) {
        return list.stream().filter(drop.negate()).toList();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Scorecard s && name.equals(s.name) && perspectives.equals(s.perspectives)
                && orgUnits.equals(s.orgUnits) && objectives.equals(s.objectives) && measures.equals(s.measures)
                && targets.equals(s.targets) && links.equals(s.links) && initiatives.equals(s.initiatives);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, perspectives, orgUnits, objectives, measures, targets, links, initiatives);
    }

    @Override
    public String toString() {
        return "Scorecard[" + name + ": " + measures.size() + " measures, " + links.size() + " links]";
    }
}
