package org.scorelink.scorecard.control;

import static org.scorelink.scorecard.control.ParseContext.child;
import static org.scorelink.scorecard.control.ParseContext.index;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.BiFunction;
import org.scorelink.scorecard.entity.Keywords;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Typed reads of one mapping node's properties. Every problem names the property's path and location; a value
 * that cannot be read is replaced by a placeholder and the parse marked unfaithful, so reading goes on and every
 * problem of a document is found in one pass.
 */
final class Fields {

    private final ParseContext ctx;
    private final String path;
    private final Node node;
    private final Map<String, Node> values = new LinkedHashMap<>();

    /**
     * Reads {@code node} as a mapping with the given known property names; unknown and repeated properties are
     * errors (that leave the model faithful: they are ignored).
     */
    Fields(ParseContext ctx, String path, Node node, List<String> known) {
        this.ctx = ctx;
        this.path = path;
        this.node = node;
        ctx.locate(path, node);
        if (!(node instanceof MappingNode mapping)) {
            ctx.error(path, node, "must be a mapping (an object) with " + String.join(", ", known) + ", not "
                    + describe(node));
            return;
        }
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            if (!(keyNode instanceof ScalarNode key) || key.getTag().equals(Tag.NULL)) {
                ctx.ignoredError(path, keyNode, "property names must be strings, not " + describe(keyNode));
                continue;
            }
            String name = key.getValue();
            String at = child(path, name);
            if (values.containsKey(name)) {
                ctx.ignoredError(at, keyNode, "property '" + name + "' appears twice (the first is used)");
            } else if (!known.contains(name)) {
                ctx.ignoredError(at, keyNode, "unknown property '" + name + "'"
                        + Suggestions.closest(name, known).map(c -> "; did you mean '" + c + "'?")
                                .orElse(" (known: " + String.join(", ", known) + ")"));
            } else {
                values.put(name, tuple.getValueNode());
                ctx.locate(at, tuple.getValueNode());
            }
        }
    }

    String path() {
        return path;
    }

    /** The property's node; empty when absent or null. */
    Optional<Node> node(String name) {
        Node value = values.get(name);
        return value == null || isNull(value) ? Optional.empty() : Optional.of(value);
    }

    boolean has(String name) {
        return node(name).isPresent();
    }

    private void missing(String name) {
        ctx.error(child(path, name), node, "missing required property '" + name + "'");
    }

    /** A required, non-empty string ({@code ""} when missing or wrong). */
    String string(String name) {
        if (!has(name)) {
            if (node instanceof MappingNode) {
                missing(name);
            }
            return "";
        }
        String value = optionalString(name).orElse("");
        if (value.isBlank() && values.get(name) instanceof ScalarNode s && s.getTag().equals(Tag.STR)) {
            ctx.error(child(path, name), values.get(name), "must not be empty");
        }
        return value;
    }

    Optional<String> optionalString(String name) {
        return node(name).flatMap(n -> string(child(path, name), n));
    }

    /** A string scalar; anything else (a number, a list...) is an error. */
    Optional<String> string(String at, Node n) {
        if (n instanceof ScalarNode s && s.getTag().equals(Tag.STR)) {
            return Optional.of(s.getValue());
        }
        ctx.error(at, n, "must be a string, not " + describe(n)
                + (n instanceof ScalarNode s ? " (quote it: \"" + s.getValue() + "\")" : ""));
        return Optional.empty();
    }

    double number(String name) {
        if (!has(name)) {
            if (node instanceof MappingNode) {
                missing(name);
            }
            return 0;
        }
        return optionalNumber(name).orElse(0);
    }

    double number(String name, double fallback) {
        return optionalNumber(name).orElse(fallback);
    }

    OptionalDouble optionalNumber(String name) {
        return node(name).flatMap(n -> decimal(child(path, name), n))
                .map(d -> OptionalDouble.of(d.doubleValue())).orElse(OptionalDouble.empty());
    }

    /** An exact decimal (money). */
    Optional<BigDecimal> decimal(String name) {
        if (!has(name)) {
            if (node instanceof MappingNode) {
                missing(name);
            }
            return Optional.empty();
        }
        return node(name).flatMap(n -> decimal(child(path, name), n));
    }

    private Optional<BigDecimal> decimal(String at, Node n) {
        if (n instanceof ScalarNode s && (s.getTag().equals(Tag.INT) || s.getTag().equals(Tag.FLOAT))) {
            Optional<BigDecimal> value = s.getTag().equals(Tag.INT) ? integer(s.getValue()) : real(s.getValue());
            if (value.isEmpty()) {
                ctx.error(at, n, "must be a finite number, not " + s.getValue());
            }
            return value;
        }
        ctx.error(at, n, "must be a number, not " + describe(n));
        return Optional.empty();
    }

    /** A whole number ({@code fallback} when absent). */
    int integer(String name, int fallback) {
        Optional<Node> n = node(name);
        if (n.isEmpty()) {
            return fallback;
        }
        String at = child(path, name);
        Optional<BigDecimal> value = decimal(at, n.get());
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            return value.get().stripTrailingZeros().intValueExact(); // 2.0 is 2 (JSON does not tell them apart)
        } catch (ArithmeticException e) {
            ctx.error(at, n.get(), "must be a whole number between " + Integer.MIN_VALUE + " and "
                    + Integer.MAX_VALUE + ", not " + value.get().toPlainString());
            return fallback;
        }
    }

    /** A required enum constant (the first constant when missing or wrong). */
    <E extends Enum<E>> E enumValue(String name, Class<E> type) {
        if (!has(name)) {
            if (node instanceof MappingNode) {
                ctx.error(child(path, name), node, "missing required property '" + name + "' (one of "
                        + String.join(", ", Keywords.allowed(type)) + ")");
            }
            return type.getEnumConstants()[0];
        }
        return optionalEnum(name, type).orElse(type.getEnumConstants()[0]);
    }

    <E extends Enum<E>> E enumValue(String name, Class<E> type, E fallback) {
        return optionalEnum(name, type).orElse(fallback);
    }

    private <E extends Enum<E>> Optional<E> optionalEnum(String name, Class<E> type) {
        Optional<Node> n = node(name);
        if (n.isEmpty()) {
            return Optional.empty();
        }
        String at = child(path, name);
        List<String> allowed = Keywords.allowed(type);
        if (!(n.get() instanceof ScalarNode s && s.getTag().equals(Tag.STR))) {
            ctx.error(at, n.get(), "must be one of " + String.join(", ", allowed) + ", not " + describe(n.get()));
            return Optional.empty();
        }
        Optional<E> value = Keywords.parse(type, s.getValue());
        if (value.isEmpty()) {
            ctx.error(at, s, "unknown value '" + s.getValue() + "'; allowed: " + String.join(", ", allowed)
                    + Suggestions.didYouMean(s.getValue(), allowed));
        }
        return value;
    }

    /** A list of strings (empty when absent). */
    List<String> strings(String name) {
        return list(name, (at, n) -> string(at, n));
    }

    /** A list whose elements {@code element} reads from (path, node); empty when absent. */
    <T> List<T> list(String name, BiFunction<String, Node, Optional<T>> element) {
        Optional<Node> n = node(name);
        if (n.isEmpty()) {
            return List.of();
        }
        String at = child(path, name);
        if (!(n.get() instanceof SequenceNode seq)) {
            ctx.error(at, n.get(), "must be a list, not " + describe(n.get()));
            return List.of();
        }
        List<T> result = new ArrayList<>();
        List<Node> items = seq.getValue();
        for (int i = 0; i < items.size(); i++) {
            String itemPath = index(at, i);
            ctx.locate(itemPath, items.get(i));
            if (isNull(items.get(i))) {
                ctx.error(itemPath, items.get(i), "must not be empty");
                continue;
            }
            element.apply(itemPath, items.get(i)).ifPresent(result::add);
        }
        return result;
    }

    /** A nested mapping, when present. */
    Optional<Fields> object(String name, List<String> known) {
        return node(name).map(n -> new Fields(ctx, child(path, name), n, known));
    }

    ParseContext context() {
        return ctx;
    }

    void error(String name, String message) {
        ctx.error(child(path, name), values.getOrDefault(name, node), message);
    }

    private static boolean isNull(Node n) {
        return n instanceof ScalarNode s && s.getTag().equals(Tag.NULL);
    }

    private static Optional<BigDecimal> integer(String text) {
        String t = text.startsWith("+") ? text.substring(1) : text;
        try {
            if (t.startsWith("0x")) {
                return Optional.of(new BigDecimal(new BigInteger(t.substring(2), 16)));
            }
            if (t.startsWith("0o")) {
                return Optional.of(new BigDecimal(new BigInteger(t.substring(2), 8)));
            }
            return Optional.of(new BigDecimal(new BigInteger(t)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<BigDecimal> real(String text) {
        try {
            return Optional.of(new BigDecimal(text.startsWith("+") ? text.substring(1) : text));
        } catch (NumberFormatException e) {
            return Optional.empty(); // .inf, .nan
        }
    }

    /** "the number 12", "a list", "a mapping", "true", "null"... for messages. */
    static String describe(Node n) {
        if (n instanceof MappingNode) {
            return "a mapping";
        }
        if (n instanceof SequenceNode) {
            return "a list";
        }
        ScalarNode s = (ScalarNode) n;
        Tag tag = s.getTag();
        if (tag.equals(Tag.INT) || tag.equals(Tag.FLOAT)) {
            return "the number " + s.getValue();
        }
        if (tag.equals(Tag.BOOL)) {
            return "the boolean " + s.getValue();
        }
        if (tag.equals(Tag.NULL)) {
            return "null";
        }
        if (tag.equals(Tag.STR)) {
            return "the string '" + s.getValue() + "'";
        }
        return "a value tagged " + tag;
    }
}
