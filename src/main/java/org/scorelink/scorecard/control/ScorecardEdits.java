package org.scorelink.scorecard.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.scorelink.scorecard.control.Scorecards.Candidate;
import org.scorelink.scorecard.control.Scorecards.Edit;
import org.scorelink.scorecard.entity.CausalLink;
import org.scorelink.scorecard.entity.Initiative;
import org.scorelink.scorecard.entity.Measure;
import org.scorelink.scorecard.entity.Objective;
import org.scorelink.scorecard.entity.OrgUnit;
import org.scorelink.scorecard.entity.Perspective;
import org.scorelink.scorecard.entity.Scorecard;
import org.scorelink.scorecard.entity.Target;

/**
 * Element-wise changes of a scorecard, as {@link Edit}s for {@link Scorecards#update}: put (create or replace) and
 * delete one perspective, org unit, objective, measure, link or initiative, or set every target of a measure.
 *
 * <p>The element comes from the request body ({@code ScorecardParser.parseMeasure(text, key)}...), so its problems
 * carry paths relative to the element ({@code formula}) and the body's {@code line:column}. The whole scorecard
 * after the change is validated; its problems inside the element are reported the same way, those elsewhere (a link
 * whose measure is gone) with their path in the scorecard. A deletion of something still referenced is refused with
 * every reference; deleting a measure deletes its targets with it.
 */
public final class ScorecardEdits {

    private ScorecardEdits() {
    }

    /** The element read from a request body, or a refusal with every problem when it has errors. */
    public static <T> T element(Parsed<T> parsed) {
        if (parsed.hasErrors()) {
            throw ScorecardRefused.invalid(parsed.problems());
        }
        return parsed.value().orElseThrow();
    }

    // ---- puts

    public static Edit put(Parsed<Perspective> parsed, Perspective p) {
        return current -> {
            Scorecard next = current.withPerspective(p);
            return candidate(next, "perspectives", indexOf(next.perspectives(), Perspective::key, p.key()), parsed);
        };
    }

    public static Edit put(Parsed<OrgUnit> parsed, OrgUnit u) {
        return current -> {
            Scorecard next = current.withOrgUnit(u);
            return candidate(next, "orgUnits", indexOf(next.orgUnits(), OrgUnit::key, u.key()), parsed);
        };
    }

    public static Edit put(Parsed<Objective> parsed, Objective o) {
        return current -> {
            Scorecard next = current.withObjective(o);
            return candidate(next, "objectives", indexOf(next.objectives(), Objective::key, o.key()), parsed);
        };
    }

    public static Edit put(Parsed<Measure> parsed, Measure m) {
        return current -> {
            Scorecard next = current.withMeasure(m);
            return candidate(next, "measures", indexOf(next.measures(), Measure::key, m.key()), parsed);
        };
    }

    public static Edit put(Parsed<CausalLink> parsed, CausalLink l) {
        return current -> {
            Scorecard next = current.withLink(l);
            return candidate(next, "links", indexOf(next.links(), x -> x.from() + "\u0000" + x.to(),
                    l.from() + "\u0000" + l.to()), parsed);
        };
    }

    public static Edit put(Parsed<Initiative> parsed, Initiative i) {
        return current -> {
            Scorecard next = current.withInitiative(i);
            return candidate(next, "initiatives", indexOf(next.initiatives(), Initiative::key, i.key()), parsed);
        };
    }

    /** Every target of {@code measure} (an existing measure) becomes {@code targets}. */
    public static Edit putTargets(Parsed<List<Target>> parsed, String measure, List<Target> targets) {
        return current -> {
            if (current.measure(measure).isEmpty()) {
                throw notFound("measure", measure);
            }
            Scorecard next = current.withTargets(measure, targets);
            int first = next.targets().size() - targets.size(); // withTargets appends them
            List<Problem> problems = new ArrayList<>();
            for (Problem p : ScorecardValidator.validate(next)) {
                Problem q = p;
                for (int j = 0; j < targets.size(); j++) {
                    q = relative(q, "targets[" + (first + j) + "]", "[" + j + "]", parsed.locations());
                }
                problems.add(q);
            }
            return new Candidate(next, problems);
        };
    }

    // ---- deletes

    public static Edit deletePerspective(String key) {
        return current -> {
            if (current.perspective(key).isEmpty()) {
                throw notFound("perspective", key);
            }
            if (Perspective.standard(key).isPresent()) {
                throw new ScorecardRefused(ScorecardRefused.Kind.CONFLICT, "perspectives/" + key + ": '" + key
                        + "' is a standard perspective: it always exists; rename it with PUT instead");
            }
            refuseIfReferenced("perspective", key, References.toPerspective(current, key));
            return validated(current.withoutPerspective(key));
        };
    }

    public static Edit deleteOrgUnit(String key) {
        return current -> {
            if (current.orgUnit(key).isEmpty()) {
                throw notFound("org unit", key);
            }
            refuseIfReferenced("org unit", key, References.toOrgUnit(current, key));
            return validated(current.withoutOrgUnit(key));
        };
    }

    public static Edit deleteObjective(String key) {
        return current -> {
            if (current.objective(key).isEmpty()) {
                throw notFound("objective", key);
            }
            refuseIfReferenced("objective", key, References.toObjective(current, key));
            return validated(current.withoutObjective(key));
        };
    }

    /** Deletes the measure and its targets. */
    public static Edit deleteMeasure(String key) {
        return current -> {
            if (current.measure(key).isEmpty()) {
                throw notFound("measure", key);
            }
            refuseIfReferenced("measure", key, References.toMeasure(current, key));
            return validated(current.withoutMeasure(key).withTargets(key, List.of()));
        };
    }

    public static Edit deleteLink(String from, String to) {
        return current -> {
            if (current.link(from, to).isEmpty()) {
                throw new ScorecardRefused(ScorecardRefused.Kind.NOT_FOUND, "links/" + from + "/" + to
                        + ": no link from '" + from + "' to '" + to + "'");
            }
            return validated(current.withoutLink(from, to));
        };
    }

    public static Edit deleteInitiative(String key) {
        return current -> {
            if (current.initiative(key).isEmpty()) {
                throw notFound("initiative", key);
            }
            return validated(current.withoutInitiative(key));
        };
    }

    // ---- helpers

    private static ScorecardRefused notFound(String what, String key) {
        return new ScorecardRefused(ScorecardRefused.Kind.NOT_FOUND, collection(what) + "/" + key + ": no " + what
                + " '" + key + "'");
    }

    /** The path segment of the admin API for a kind of element. */
    private static String collection(String what) {
        return switch (what) {
            case "org unit" -> "org-units";
            default -> what + "s";
        };
    }

    private static void refuseIfReferenced(String what, String key, List<References.Ref> references) {
        if (references.isEmpty()) {
            return;
        }
        List<Problem> problems = references.stream()
                .map(r -> Problem.error(r.path(), Optional.empty(), r.what() + " refers to " + what + " '" + key
                        + "'"))
                .toList();
        String list = references.stream().map(r -> r.what() + " (" + r.path() + ")").distinct()
                .collect(Collectors.joining(", "));
        throw new ScorecardRefused(ScorecardRefused.Kind.CONFLICT, collection(what) + "/" + key + ": " + what + " '"
                + key + "' is still referenced by " + list + "; change or delete those first", problems);
    }

    private static Candidate validated(Scorecard next) {
        return new Candidate(next, ScorecardValidator.validate(next));
    }

    /** Validates {@code next}; problems inside the element at {@code list[index]} get the body's paths and places. */
    private static Candidate candidate(Scorecard next, String list, int index, Parsed<?> parsed) {
        String prefix = list + "[" + index + "]";
        List<Problem> problems = ScorecardValidator.validate(next).stream()
                .map(p -> relative(p, prefix, "", parsed.locations()))
                .toList();
        // the element's own parse warnings (none today, but the parser may add some) come first
        List<Problem> all = new ArrayList<>(parsed.warnings());
        all.addAll(problems);
        return new Candidate(next, all);
    }

    /**
     * {@code p} with its path made relative to the element at {@code prefix} (re-rooted at {@code root}) and located
     * in the body, when it lies inside that element; unchanged otherwise.
     */
    private static Problem relative(Problem p, String prefix, String root, Map<String, Location> locations) {
        String path = p.path();
        if (!(path.equals(prefix) || path.startsWith(prefix + ".") || path.startsWith(prefix + "["))) {
            return p;
        }
        String rest = path.substring(prefix.length());
        String rel = root.isEmpty() && rest.startsWith(".") ? rest.substring(1) : root + rest;
        return new Problem(p.severity(), rel, ScorecardValidator.nearestLocation(locations, rel), p.message());
    }

    private static <T> int indexOf(List<T> elements, Function<T, String> key, String wanted) {
        for (int i = 0; i < elements.size(); i++) {
            if (key.apply(elements.get(i)).equals(wanted)) {
                return i;
            }
        }
        throw new IllegalStateException("element '" + wanted + "' missing after it was put");
    }
}
