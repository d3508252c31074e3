package org.scorelink.scorecard.control;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Present;
import org.snakeyaml.engine.v2.api.lowlevel.Serialize;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * A scorecard's JSON as YAML, for people who edit YAML: block style, keys in the JSON's order, strings quoted only
 * where YAML would otherwise read them as something else ({@code "123"}, {@code "true"}, {@code "%"}). The result
 * reads back through {@link ScorecardParser} into the same model.
 */
public final class ScorecardYaml {

    private static final DumpSettings SETTINGS = DumpSettings.builder()
            .setSchema(new CoreSchema())
            .setDefaultFlowStyle(FlowStyle.BLOCK)
            .setIndent(2)
            .setIndicatorIndent(2)
            .setIndentWithIndicator(true)
            .setSplitLines(false)
            .setWidth(Integer.MAX_VALUE)
            .build();

    private ScorecardYaml() {
    }

    /**
     * YAML text of {@code json}, after a header of comment lines.
     *
     * @param comments lines written as {@code # line} before the document
     */
    public static String write(JsonValue json, List<String> comments) {
        StringBuilder out = new StringBuilder(8192);
        for (String c : comments) {
            c.lines().forEach(line -> out.append("# ").append(line).append('\n'));
        }
        out.append(new Present(SETTINGS).emitToString(new Serialize(SETTINGS).serializeOne(node(json)).iterator()));
        return out.toString();
    }

    private static Node node(JsonValue value) {
        return switch (value.getValueType()) {
            case OBJECT -> {
                List<NodeTuple> tuples = new ArrayList<>();
                value.asJsonObject().forEach((k, v) -> tuples.add(new NodeTuple(string(k), node(v))));
                yield new MappingNode(Tag.MAP, tuples, FlowStyle.BLOCK);
            }
            case ARRAY -> {
                List<Node> items = value.asJsonArray().stream().map(ScorecardYaml::node).toList();
                // short lists of plain values read best on one line: objectives: [skills, speed]
                boolean flow = items.stream().allMatch(n -> n instanceof ScalarNode);
                yield new SequenceNode(Tag.SEQ, items, flow ? FlowStyle.FLOW : FlowStyle.BLOCK);
            }
            case STRING -> string(((JsonString) value).getString());
            case NUMBER -> {
                JsonNumber n = (JsonNumber) value;
                yield n.isIntegral() ? new ScalarNode(Tag.INT, n.bigIntegerValue().toString(), ScalarStyle.PLAIN)
                        : new ScalarNode(Tag.FLOAT, n.bigDecimalValue().toString(), ScalarStyle.PLAIN);
            }
            case TRUE -> new ScalarNode(Tag.BOOL, "true", ScalarStyle.PLAIN);
            case FALSE -> new ScalarNode(Tag.BOOL, "false", ScalarStyle.PLAIN);
            case NULL -> new ScalarNode(Tag.NULL, "null", ScalarStyle.PLAIN);
        };
    }

    /** Plain when it reads back as the same string, else quoted (the emitter decides); several lines as a block. */
    private static ScalarNode string(String s) {
        return new ScalarNode(Tag.STR, s, s.indexOf('\n') >= 0 ? ScalarStyle.LITERAL : ScalarStyle.PLAIN);
    }
}
