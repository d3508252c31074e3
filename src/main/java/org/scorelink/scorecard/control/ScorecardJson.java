package org.scorelink.scorecard.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriterFactory;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.scorelink.scorecard.entity.CausalLink;
import org.scorelink.scorecard.entity.Initiative;
import org.scorelink.scorecard.entity.Keywords;
import org.scorelink.scorecard.entity.Measure;
import org.scorelink.scorecard.entity.Objective;
import org.scorelink.scorecard.entity.OrgUnit;
import org.scorelink.scorecard.entity.Perspective;
import org.scorelink.scorecard.entity.ReportingPeriod;
import org.scorelink.scorecard.entity.Rollout;
import org.scorelink.scorecard.entity.Scorecard;
import org.scorelink.scorecard.entity.ScoringRule;
import org.scorelink.scorecard.entity.Target;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * The canonical JSON form of a scorecard, for storage, the API and diffs.
 *
 * <p>Canonical means: the same model always gives the same JSON, whatever order its source listed things in.
 * Perspectives are sorted by rank then key; org units, objectives, measures and initiatives by key; targets by
 * measure, org unit and period (absent first); links by from then to; the lists inside an element (a measure's
 * objectives, an initiative's activities, measures and rollout) sorted too. Properties come in a fixed order
 * (that of {@code docs/scorecard.md}); every default is written out ({@code weight}, a target's {@code rule}, a
 * link's {@code sign}, lags and {@code kind}); absent optional properties are left out. Property names and values
 * are those of the file format, so the canonical JSON is itself a valid scorecard file. Whole numbers are written
 * without a fraction ({@code 100}, not {@code 100.0}).
 *
 * <p>Diffs between two versions are RFC 6902 JSON Patches ({@link #diff}). JSON-P factories are looked up once
 * and cached: {@code Json.createObjectBuilder()} and friends search the service loader on every call.
 */
public final class ScorecardJson {

    private static final JsonProvider PROVIDER = JsonProvider.provider();
    private static final JsonBuilderFactory BUILDERS = PROVIDER.createBuilderFactory(Map.of());
    private static final JsonReaderFactory READERS = PROVIDER.createReaderFactory(Map.of());
    private static final JsonWriterFactory WRITERS = PROVIDER.createWriterFactory(Map.of());
    private static final JsonWriterFactory PRETTY_WRITERS =
            PROVIDER.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));

    private static final Comparator<Optional<String>> ABSENT_FIRST =
            Comparator.comparing(o -> o.orElse(null), Comparator.nullsFirst(Comparator.naturalOrder()));
    private static final Comparator<Target> TARGET_ORDER = Comparator.comparing(Target::measure)
            .thenComparing(Target::orgUnit, ABSENT_FIRST)
            .thenComparing(Target::period, Comparator.comparing((Optional<ReportingPeriod> p) -> p.orElse(null),
                    Comparator.nullsFirst(Comparator.naturalOrder())));

    private ScorecardJson() {
    }

    // ---- model → JSON

    /** The canonical JSON of {@code scorecard}. */
    public static JsonObject toJson(Scorecard scorecard) {
        return BUILDERS.createObjectBuilder()
                .add("name", scorecard.name())
                .add("perspectives", array(scorecard.perspectiveOrder(), ScorecardJson::toJson))
                .add("orgUnits", array(sorted(scorecard.orgUnits(), Comparator.comparing(OrgUnit::key)),
                        ScorecardJson::toJson))
                .add("objectives", array(sorted(scorecard.objectives(), Comparator.comparing(Objective::key)),
                        ScorecardJson::toJson))
                .add("measures", array(sorted(scorecard.measures(), Comparator.comparing(Measure::key)),
                        ScorecardJson::toJson))
                .add("targets", targets(scorecard.targets()))
                .add("links", array(sorted(scorecard.links(),
                        Comparator.comparing(CausalLink::from).thenComparing(CausalLink::to)), ScorecardJson::toJson))
                .add("initiatives", array(sorted(scorecard.initiatives(), Comparator.comparing(Initiative::key)),
                        ScorecardJson::toJson))
                .build();
    }

    public static JsonObject toJson(Perspective p) {
        return BUILDERS.createObjectBuilder().add("key", p.key()).add("name", p.name())
                .add("rank", number(p.rank())).add("weight", number(p.weight())).build();
    }

    public static JsonObject toJson(OrgUnit u) {
        JsonObjectBuilder b = BUILDERS.createObjectBuilder().add("key", u.key()).add("name", u.name());
        u.parent().ifPresent(v -> b.add("parent", v));
        return b.build();
    }

    public static JsonObject toJson(Objective o) {
        JsonObjectBuilder b = BUILDERS.createObjectBuilder().add("key", o.key()).add("name", o.name())
                .add("perspective", o.perspective()).add("owner", o.owner());
        o.parent().ifPresent(v -> b.add("parent", v));
        o.orgUnit().ifPresent(v -> b.add("orgUnit", v));
        o.description().ifPresent(v -> b.add("description", v));
        return b.add("weight", number(o.weight())).build();
    }

    public static JsonObject toJson(Measure m) {
        JsonObjectBuilder b = BUILDERS.createObjectBuilder().add("key", m.key()).add("name", m.name());
        m.description().ifPresent(v -> b.add("description", v));
        b.add("unit", m.unit()).add("perspective", m.perspective())
                .add("objectives", strings(m.objectives()))
                .add("direction", Keywords.of(m.direction()))
                .add("timing", Keywords.of(m.timing()))
                .add("period", Keywords.of(m.period()))
                .add("aggregation", Keywords.of(m.aggregation()));
        m.weightMeasure().ifPresent(v -> b.add("weightMeasure", v));
        b.add("source", Keywords.of(m.source()));
        m.formula().ifPresent(v -> b.add("formula", v));
        return b.add("weight", number(m.weight())).build();
    }

    /** Targets in canonical order, as in a scorecard's {@code targets}. */
    public static JsonArray targets(List<Target> targets) {
        return array(sorted(targets, TARGET_ORDER), ScorecardJson::toJson).build();
    }

    public static JsonObject toJson(Target t) {
        JsonObjectBuilder b = BUILDERS.createObjectBuilder().add("measure", t.measure());
        t.orgUnit().ifPresent(v -> b.add("orgUnit", v));
        t.period().ifPresent(v -> b.add("period", v.toString()));
        return b.add("baseline", number(t.baseline())).add("target", number(t.target()))
                .add("rule", toJson(t.rule())).build();
    }

    public static JsonObject toJson(ScoringRule r) {
        JsonObjectBuilder b = BUILDERS.createObjectBuilder().add("amberFrom", number(r.amberFrom()))
                .add("greenFrom", number(r.greenFrom()));
        r.green().ifPresent(v -> b.add("green", number(v)));
        r.amber().ifPresent(v -> b.add("amber", number(v)));
        return b.add("cap", number(r.cap())).build();
    }

    public static JsonObject toJson(CausalLink l) {
        JsonObjectBuilder b = BUILDERS.createObjectBuilder().add("from", l.from()).add("to", l.to())
                .add("sign", Keywords.of(l.sign())).add("lagMin", l.lagMin()).add("lagMax", l.lagMax())
                .add("lagUnit", Keywords.of(l.lagUnit()));
        l.rationale().ifPresent(v -> b.add("rationale", v));
        l.owner().ifPresent(v -> b.add("owner", v));
        return b.add("kind", Keywords.of(l.kind())).build();
    }

    public static JsonObject toJson(Initiative i) {
        JsonObjectBuilder b = BUILDERS.createObjectBuilder().add("key", i.key()).add("name", i.name());
        i.owner().ifPresent(v -> b.add("owner", v));
        i.cost().ifPresent(c -> b.add("cost", BUILDERS.createObjectBuilder()
                .add("amount", money(c.amount())).add("currency", c.currency())));
        JsonArrayBuilder rollout = BUILDERS.createArrayBuilder();
        sorted(i.rollout(), Comparator.comparing(Rollout::from).thenComparing(Rollout::orgUnit))
                .forEach(r -> rollout.add(BUILDERS.createObjectBuilder().add("orgUnit", r.orgUnit())
                        .add("from", r.from().toString())));
        return b.add("activities", strings(i.activities())).add("measures", strings(i.measures()))
                .add("rollout", rollout).build();
    }

    // ---- JSON → model

    /**
     * The model in {@code json} (canonical or not), parsed but not validated — for versions already stored, which
     * were valid under the rules of their time.
     *
     * @throws ScorecardException when it cannot be read (missing or mistyped properties...)
     */
    public static Scorecard fromJson(JsonObject json) {
        return ScorecardParser.parse(node(json)).orElseThrow();
    }

    /** Parses and validates {@code json}: the model when there is no error, and every problem (paths, no locations). */
    public static Parsed<Scorecard> read(JsonValue json) {
        return ScorecardParser.read(node(json));
    }

    /** The model in canonical order: {@code fromJson(toJson(scorecard))}. */
    public static Scorecard canonical(Scorecard scorecard) {
        return fromJson(toJson(scorecard));
    }

    // ---- text and diffs

    /** A JSON object builder from the cached factory. */
    public static JsonObjectBuilder object() {
        return BUILDERS.createObjectBuilder();
    }

    /** A JSON array builder from the cached factory. */
    public static JsonArrayBuilder array() {
        return BUILDERS.createArrayBuilder();
    }

    /**
     * Reads JSON text holding an object (a stored version).
     *
     * @throws jakarta.json.JsonException when it is not JSON or not an object
     */
    public static JsonObject readObject(String text) {
        try (var r = READERS.createReader(new StringReader(text))) {
            return r.readObject();
        }
    }

    /**
     * Reads JSON text holding any value (a request body).
     *
     * @throws jakarta.json.JsonException when it is not JSON
     */
    public static JsonValue readValue(String text) {
        try (var r = READERS.createReader(new StringReader(text))) {
            return r.readValue();
        }
    }

    /**
     * Reads JSON text holding an array (a stored patch).
     *
     * @throws jakarta.json.JsonException when it is not JSON or not an array
     */
    public static JsonArray readArray(String text) {
        try (var r = READERS.createReader(new StringReader(text))) {
            return r.readArray();
        }
    }

    /** Compact JSON text. */
    public static String write(JsonStructure json) {
        return write(json, WRITERS);
    }

    /** Indented JSON text, for people. */
    public static String writePretty(JsonStructure json) {
        return write(json, PRETTY_WRITERS);
    }

    private static String write(JsonStructure json, JsonWriterFactory writers) {
        StringWriter out = new StringWriter(4096);
        try (var w = writers.createWriter(out)) {
            w.write(json);
        }
        return out.toString();
    }

    /** The RFC 6902 JSON Patch that turns {@code from} into {@code to} (e.g. two versions' canonical JSON). */
    public static JsonArray diff(JsonObject from, JsonObject to) {
        return PROVIDER.createDiff(from, to).toJsonArray();
    }

    /** Applies an RFC 6902 JSON Patch. */
    public static JsonObject patch(JsonObject target, JsonArray patch) {
        return PROVIDER.createPatch(patch).apply(target);
    }

    // ---- helpers

    private static <T> List<T> sorted(Collection<T> elements, Comparator<T> order) {
        List<T> list = new ArrayList<>(elements);
        list.sort(order);
        return list;
    }

    private interface ToJson<T> {
        JsonValue apply(T element);
    }

    private static <T> JsonArrayBuilder array(List<T> elements, ToJson<T> toJson) {
        JsonArrayBuilder b = BUILDERS.createArrayBuilder();
        elements.forEach(e -> b.add(toJson.apply(e)));
        return b;
    }

    private static JsonArrayBuilder strings(List<String> values) {
        JsonArrayBuilder b = BUILDERS.createArrayBuilder();
        values.stream().sorted().forEach(b::add);
        return b;
    }

    /** Whole numbers without a fraction; others in their shortest decimal form. */
    private static JsonValue number(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return PROVIDER.createValue((long) d);
        }
        return PROVIDER.createValue(BigDecimal.valueOf(d));
    }

    private static JsonValue number(OptionalDouble d) {
        return number(d.getAsDouble());
    }

    private static JsonValue money(BigDecimal amount) {
        BigDecimal plain = amount.stripTrailingZeros();
        return PROVIDER.createValue(plain.scale() < 0 ? plain.setScale(0) : plain);
    }

    /** A JSON-P value as a YAML node (without marks), so that one parser reads both. */
    static Node node(JsonValue value) {
        return switch (value.getValueType()) {
            case OBJECT -> {
                List<NodeTuple> tuples = new ArrayList<>();
                value.asJsonObject().forEach((k, v) -> tuples.add(new NodeTuple(scalar(Tag.STR, k), node(v))));
                yield new MappingNode(Tag.MAP, tuples, FlowStyle.FLOW);
            }
            case ARRAY -> new SequenceNode(Tag.SEQ, value.asJsonArray().stream().map(ScorecardJson::node).toList(),
                    FlowStyle.FLOW);
            case STRING -> scalar(Tag.STR, ((JsonString) value).getString());
            case NUMBER -> {
                JsonNumber n = (JsonNumber) value;
                yield n.isIntegral() ? scalar(Tag.INT, n.bigIntegerValue().toString())
                        : scalar(Tag.FLOAT, n.bigDecimalValue().toString());
            }
            case TRUE -> scalar(Tag.BOOL, "true");
            case FALSE -> scalar(Tag.BOOL, "false");
            case NULL -> scalar(Tag.NULL, "null");
        };
    }

    private static ScalarNode scalar(Tag tag, String text) {
        return new ScalarNode(tag, text, ScalarStyle.PLAIN);
    }
}
