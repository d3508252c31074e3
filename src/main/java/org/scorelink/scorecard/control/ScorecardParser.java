package org.scorelink.scorecard.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import org.scorelink.scorecard.entity.Aggregation;
import org.scorelink.scorecard.entity.CausalLink;
import org.scorelink.scorecard.entity.Cost;
import org.scorelink.scorecard.entity.Direction;
import org.scorelink.scorecard.entity.Initiative;
import org.scorelink.scorecard.entity.LagUnit;
import org.scorelink.scorecard.entity.LinkKind;
import org.scorelink.scorecard.entity.Measure;
import org.scorelink.scorecard.entity.Objective;
import org.scorelink.scorecard.entity.OrgUnit;
import org.scorelink.scorecard.entity.Period;
import org.scorelink.scorecard.entity.Perspective;
import org.scorelink.scorecard.entity.ReportingPeriod;
import org.scorelink.scorecard.entity.Rollout;
import org.scorelink.scorecard.entity.Scorecard;
import org.scorelink.scorecard.entity.ScoringRule;
import org.scorelink.scorecard.entity.Sign;
import org.scorelink.scorecard.entity.Source;
import org.scorelink.scorecard.entity.Target;
import org.scorelink.scorecard.entity.Timing;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Reads a scorecard from YAML 1.2 or JSON text (JSON is YAML) into the model, with every problem located by
 * {@code line:column} and field path ({@code measures[3].formula}); see {@code docs/scorecard.md} for the format.
 *
 * <p>{@link #read(String)} is what boundaries use: it parses, then — when every field could be read — runs
 * {@link ScorecardValidator} with the locations, so one answer lists every problem. {@link #parse(String)} only
 * parses (types, required and unknown properties). The {@code parseMeasure}… methods read one element, for
 * element-wise editing; their paths are relative to the element ({@code formula}).
 */
public final class ScorecardParser {

    static final List<String> SCORECARD = List.of("name", "perspectives", "orgUnits", "objectives", "measures",
            "targets", "links", "initiatives");
    static final List<String> PERSPECTIVE = List.of("key", "name", "rank", "weight");
    static final List<String> ORG_UNIT = List.of("key", "name", "parent");
    static final List<String> OBJECTIVE = List.of("key", "name", "perspective", "owner", "parent", "orgUnit",
            "description", "weight");
    static final List<String> MEASURE = List.of("key", "name", "description", "unit", "perspective", "objectives",
            "direction", "timing", "period", "aggregation", "weightMeasure", "source", "formula", "weight");
    static final List<String> TARGET = List.of("measure", "orgUnit", "period", "baseline", "target", "rule");
    static final List<String> RULE = List.of("amberFrom", "greenFrom", "green", "amber", "cap");
    static final List<String> LINK = List.of("from", "to", "sign", "lagMin", "lagMax", "lagUnit", "rationale",
            "owner", "kind");
    static final List<String> INITIATIVE = List.of("key", "name", "owner", "cost", "activities", "measures",
            "rollout");
    static final List<String> COST = List.of("amount", "currency");
    static final List<String> ROLLOUT = List.of("orgUnit", "from");

    /** Core schema (YAML 1.2: {@code ~}/{@code null}, {@code 0x1F}...; no timestamps, so dates stay strings). */
    private static final LoadSettings SETTINGS = LoadSettings.builder()
            .setLabel("scorecard")
            .setSchema(new CoreSchema())
            .setMaxAliasesForCollections(50)
            .build();

    private ScorecardParser() {
    }

    /** Parses and validates: the model when there is no error, else every problem (warnings in both cases). */
    public static Parsed<Scorecard> read(String text) {
        return validated(compose(text), ScorecardParser::scorecard);
    }

    /** Parses only: types, required, unknown and repeated properties. */
    public static Parsed<Scorecard> parse(String text) {
        return parsed(compose(text), ScorecardParser::scorecard);
    }

    /** Parses and validates an already composed document (ScorecardJson uses it for JSON-P values). */
    static Parsed<Scorecard> read(Node root) {
        return validated(new Composed(new ParseContext(), Optional.of(root)), ScorecardParser::scorecard);
    }

    /** Parses an already composed document. */
    static Parsed<Scorecard> parse(Node root) {
        return parsed(new Composed(new ParseContext(), Optional.of(root)), ScorecardParser::scorecard);
    }

    public static Parsed<Measure> parseMeasure(String text) {
        return parsed(compose(text), ScorecardParser::measure);
    }

    public static Parsed<Objective> parseObjective(String text) {
        return parsed(compose(text), ScorecardParser::objective);
    }

    public static Parsed<OrgUnit> parseOrgUnit(String text) {
        return parsed(compose(text), ScorecardParser::orgUnit);
    }

    public static Parsed<CausalLink> parseLink(String text) {
        return parsed(compose(text), ScorecardParser::link);
    }

    public static Parsed<Initiative> parseInitiative(String text) {
        return parsed(compose(text), ScorecardParser::initiative);
    }

    public static Parsed<Target> parseTarget(String text) {
        return parsed(compose(text), ScorecardParser::target);
    }

    public static Parsed<Perspective> parsePerspective(String text) {
        return parsed(compose(text), ScorecardParser::perspective);
    }

    // ---- elements named by a request path (element-wise editing)

    /**
     * One perspective whose key is {@code key}: the text may leave {@code key} out; a different one is an error.
     * The same holds for the other {@code parse…(text, key)} methods.
     */
    public static Parsed<Perspective> parsePerspective(String text, String key) {
        return parsed(implying(compose(text), Map.of("key", key)), ScorecardParser::perspective);
    }

    public static Parsed<OrgUnit> parseOrgUnit(String text, String key) {
        return parsed(implying(compose(text), Map.of("key", key)), ScorecardParser::orgUnit);
    }

    public static Parsed<Objective> parseObjective(String text, String key) {
        return parsed(implying(compose(text), Map.of("key", key)), ScorecardParser::objective);
    }

    public static Parsed<Measure> parseMeasure(String text, String key) {
        return parsed(implying(compose(text), Map.of("key", key)), ScorecardParser::measure);
    }

    public static Parsed<Initiative> parseInitiative(String text, String key) {
        return parsed(implying(compose(text), Map.of("key", key)), ScorecardParser::initiative);
    }

    /** One link from {@code from} to {@code to}; the text may leave them out. */
    public static Parsed<CausalLink> parseLink(String text, String from, String to) {
        Map<String, String> implied = new LinkedHashMap<>();
        implied.put("from", from);
        implied.put("to", to);
        return parsed(implying(compose(text), implied), ScorecardParser::link);
    }

    /**
     * Every target of one measure: a list of targets whose {@code measure} may be left out (a different one is an
     * error). Paths are {@code [i].baseline}.
     */
    public static Parsed<List<Target>> parseTargets(String text, String measure) {
        Composed doc = compose(text);
        ParseContext ctx = doc.ctx();
        Optional<List<Target>> value = doc.root().map(root -> {
            if (!(root instanceof SequenceNode seq)) {
                ctx.error("", root, "must be a list of targets, not " + Fields.describe(root));
                return List.of();
            }
            List<Target> targets = new ArrayList<>();
            List<Node> items = seq.getValue();
            for (int i = 0; i < items.size(); i++) {
                String at = ParseContext.index("", i);
                imply(ctx, at, items.get(i), Map.of("measure", measure));
                targets.add(target(ctx, at, items.get(i)));
            }
            return targets;
        });
        return ctx.result(value);
    }

    /**
     * Adds the {@code implied} properties the root mapping lacks; where the text gives one with another value,
     * that is an error at the property.
     */
    private static Composed implying(Composed doc, Map<String, String> implied) {
        doc.root().ifPresent(root -> imply(doc.ctx(), "", root, implied));
        return doc;
    }

    private static void imply(ParseContext ctx, String path, Node node, Map<String, String> implied) {
        if (!(node instanceof MappingNode mapping)) {
            return; // reading it reports that it is not a mapping
        }
        List<NodeTuple> tuples = new ArrayList<>(mapping.getValue());
        implied.forEach((name, value) -> {
            Optional<Node> given = tuples.stream()
                    .filter(t -> t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(name))
                    .map(NodeTuple::getValueNode).findFirst();
            if (given.isEmpty()) {
                tuples.add(new NodeTuple(new ScalarNode(Tag.STR, name, ScalarStyle.PLAIN),
                        new ScalarNode(Tag.STR, value, ScalarStyle.PLAIN)));
            } else if (given.get() instanceof ScalarNode v && v.getTag().equals(Tag.STR)
                    && !v.getValue().equals(value)) {
                ctx.error(ParseContext.child(path, name), given.get(), "is '" + v.getValue()
                        + "' but the request path names '" + value + "'");
            }
        });
        mapping.setValue(tuples);
    }

    // ---- plumbing

    private record Composed(ParseContext ctx, Optional<Node> root) {
    }

    private static Composed compose(String text) {
        ParseContext ctx = new ParseContext();
        try {
            Optional<Node> root = new Compose(SETTINGS).composeString(untabbed(text));
            if (root.isEmpty()) {
                ctx.error("", Optional.empty(), "the document is empty");
            }
            return new Composed(ctx, root);
        } catch (MarkedYamlEngineException e) {
            String context = e.getContext() == null ? "" : e.getContext() + ": ";
            ctx.error("", e.getProblemMark().or(e::getContextMark).map(ParseContext::location),
                    "not valid YAML or JSON: " + context + e.getProblem());
        } catch (YamlEngineException e) {
            ctx.error("", Optional.empty(), "not valid YAML or JSON: " + e.getMessage());
        }
        return new Composed(ctx, Optional.empty());
    }

    private static final Pattern LEADING_TABS = Pattern.compile("(?m)^[ \t]*\t[ \t]*");

    /**
     * JSON indented with tabs, as JSON: YAML forbids tabs in indentation and snakeyaml-engine applies that inside
     * flow collections too. In JSON text (it starts with {@code {} or {@code [}) a raw tab can only be whitespace
     * between tokens, so leading tabs become spaces; columns stay the same.
     */
    private static String untabbed(String text) {
        String start = text.stripLeading();
        if (!(start.startsWith("{") || start.startsWith("[")) || text.indexOf('\t') < 0) {
            return text;
        }
        return LEADING_TABS.matcher(text).replaceAll(m -> m.group().replace('\t', ' '));
    }

    private static <T> Parsed<T> parsed(Composed doc, BiFunction<ParseContext, Node, T> reader) {
        Optional<T> value = doc.root().map(root -> reader.apply(doc.ctx(), root));
        return doc.ctx().result(value);
    }

    private static Parsed<Scorecard> validated(Composed doc, BiFunction<ParseContext, Node, Scorecard> reader) {
        ParseContext ctx = doc.ctx();
        Optional<Scorecard> value = doc.root().map(root -> reader.apply(ctx, root));
        if (value.isPresent() && ctx.faithful()) {
            ctx.problems().addAll(ScorecardValidator.validate(value.get(), ctx.locations()));
        }
        return ctx.result(value);
    }

    // ---- elements (each reads a mapping at a path; placeholders stand in for what could not be read)

    private static Scorecard scorecard(ParseContext ctx, Node root) {
        Fields f = new Fields(ctx, "", root, SCORECARD);
        return new Scorecard(f.string("name"),
                f.list("perspectives", element(ctx, ScorecardParser::perspective)),
                f.list("orgUnits", element(ctx, ScorecardParser::orgUnit)),
                f.list("objectives", element(ctx, ScorecardParser::objective)),
                f.list("measures", element(ctx, ScorecardParser::measure)),
                f.list("targets", element(ctx, ScorecardParser::target)),
                f.list("links", element(ctx, ScorecardParser::link)),
                f.list("initiatives", element(ctx, ScorecardParser::initiative)));
    }

    private interface ElementReader<T> {
        T read(ParseContext ctx, String path, Node node);
    }

    private static <T> BiFunction<String, Node, Optional<T>> element(ParseContext ctx, ElementReader<T> reader) {
        return (path, node) -> Optional.of(reader.read(ctx, path, node));
    }

    private static Perspective perspective(ParseContext ctx, Node node) {
        return perspective(ctx, "", node);
    }

    private static Perspective perspective(ParseContext ctx, String path, Node node) {
        Fields f = new Fields(ctx, path, node, PERSPECTIVE);
        String key = f.string("key");
        Optional<Perspective> standard = Perspective.standard(key);
        String name = standard.isPresent() && !f.has("name") ? standard.get().name() : f.string("name");
        double rank = standard.isPresent() && !f.has("rank") ? standard.get().rank() : f.number("rank");
        return new Perspective(key, name, rank, f.number("weight", 1));
    }

    private static OrgUnit orgUnit(ParseContext ctx, Node node) {
        return orgUnit(ctx, "", node);
    }

    private static OrgUnit orgUnit(ParseContext ctx, String path, Node node) {
        Fields f = new Fields(ctx, path, node, ORG_UNIT);
        return new OrgUnit(f.string("key"), f.string("name"), f.optionalString("parent"));
    }

    private static Objective objective(ParseContext ctx, Node node) {
        return objective(ctx, "", node);
    }

    private static Objective objective(ParseContext ctx, String path, Node node) {
        Fields f = new Fields(ctx, path, node, OBJECTIVE);
        return new Objective(f.string("key"), f.string("name"), f.string("perspective"), f.string("owner"),
                f.optionalString("parent"), f.optionalString("orgUnit"), f.optionalString("description"),
                f.number("weight", 1));
    }

    private static Measure measure(ParseContext ctx, Node node) {
        return measure(ctx, "", node);
    }

    private static Measure measure(ParseContext ctx, String path, Node node) {
        Fields f = new Fields(ctx, path, node, MEASURE);
        return new Measure(f.string("key"), f.string("name"), f.optionalString("description"), f.string("unit"),
                f.string("perspective"), f.strings("objectives"), f.enumValue("direction", Direction.class),
                f.enumValue("timing", Timing.class), f.enumValue("period", Period.class),
                f.enumValue("aggregation", Aggregation.class), f.optionalString("weightMeasure"),
                f.enumValue("source", Source.class), f.optionalString("formula"), f.number("weight", 1));
    }

    private static Target target(ParseContext ctx, Node node) {
        return target(ctx, "", node);
    }

    private static Target target(ParseContext ctx, String path, Node node) {
        Fields f = new Fields(ctx, path, node, TARGET);
        String measure = f.string("measure");
        Optional<String> orgUnit = f.optionalString("orgUnit");
        Optional<ReportingPeriod> period = f.optionalString("period").flatMap(text -> {
            Optional<ReportingPeriod> p = ReportingPeriod.parse(text);
            if (p.isEmpty()) {
                f.error("period", "not a period: '" + text + "'; write " + ReportingPeriod.FORMS);
            }
            return p;
        });
        double baseline = f.number("baseline");
        double target = f.number("target");
        ScoringRule rule = f.object("rule", RULE).map(ScorecardParser::rule).orElse(ScoringRule.DEFAULT);
        return new Target(measure, orgUnit, period, baseline, target, rule);
    }

    private static ScoringRule rule(Fields f) {
        return new ScoringRule(f.number("amberFrom", ScoringRule.DEFAULT_AMBER_FROM),
                f.number("greenFrom", ScoringRule.DEFAULT_GREEN_FROM), f.optionalNumber("green"),
                f.optionalNumber("amber"), f.number("cap", ScoringRule.DEFAULT_CAP));
    }

    private static CausalLink link(ParseContext ctx, Node node) {
        return link(ctx, "", node);
    }

    private static CausalLink link(ParseContext ctx, String path, Node node) {
        Fields f = new Fields(ctx, path, node, LINK);
        int lagMin = f.integer("lagMin", 0);
        return new CausalLink(f.string("from"), f.string("to"), f.enumValue("sign", Sign.class, Sign.POSITIVE),
                lagMin, f.integer("lagMax", lagMin), f.enumValue("lagUnit", LagUnit.class, LagUnit.MONTHS),
                f.optionalString("rationale"), f.optionalString("owner"),
                f.enumValue("kind", LinkKind.class, LinkKind.EMPIRICAL));
    }

    private static Initiative initiative(ParseContext ctx, Node node) {
        return initiative(ctx, "", node);
    }

    private static Initiative initiative(ParseContext ctx, String path, Node node) {
        Fields f = new Fields(ctx, path, node, INITIATIVE);
        String key = f.string("key");
        String name = f.string("name");
        Optional<String> owner = f.optionalString("owner");
        Optional<Cost> cost = f.object("cost", COST).map(c -> {
            BigDecimal amount = c.decimal("amount").orElse(BigDecimal.ZERO);
            return new Cost(amount, c.string("currency"));
        });
        return new Initiative(key, name, owner, cost, f.strings("activities"), f.strings("measures"),
                f.list("rollout", (at, n) -> Optional.of(rollout(new Fields(ctx, at, n, ROLLOUT)))));
    }

    private static Rollout rollout(Fields f) {
        String orgUnit = f.string("orgUnit");
        String from = f.string("from");
        LocalDate day = LocalDate.EPOCH;
        if (!from.isEmpty()) {
            try {
                day = LocalDate.parse(from);
            } catch (DateTimeParseException e) {
                f.error("from", "not a date: '" + from + "'; write YYYY-MM-DD");
            }
        }
        return new Rollout(orgUnit, day);
    }
}
