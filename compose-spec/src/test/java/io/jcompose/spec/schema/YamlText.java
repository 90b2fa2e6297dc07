package io.jcompose.spec.schema;

import io.jcompose.spec.tree.ComposeDocument;
import io.jcompose.spec.tree.Mark;
import io.jcompose.spec.tree.Marks;
import io.jcompose.spec.tree.Tagged;
import io.jcompose.spec.tree.YamlPath;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * Test-only YAML text to {@link ComposeDocument}: snakeyaml-engine's node tree with its core
 * schema tags, key marks recorded per path (the production parser lives elsewhere).
 */
public final class YamlText {

    private YamlText() {
    }

    public static ComposeDocument document(String yaml) {
        LoadSettings settings = LoadSettings.builder().build();
        Composer composer = new Composer(settings, new ParserImpl(settings, new StreamReader(settings, yaml)));
        Node node = composer.getSingleNode().orElseThrow();
        Marks.Builder marks = Marks.builder();
        marks.put(YamlPath.ROOT, mark(node));
        @SuppressWarnings("unchecked")
        Map<String, Object> root = (Map<String, Object>) convert(node, YamlPath.ROOT, marks);
        return new ComposeDocument("compose.yaml", root, marks.build());
    }

    /** Just the tree, for checks that take plain maps. */
    public static Map<String, Object> tree(String yaml) {
        return document(yaml).root();
    }

    private static Object convert(Node node, YamlPath path, Marks.Builder marks) {
        String tag = node.getTag().getValue();
        if (tag.equals("!reset")) {
            return new Tagged.Reset();
        }
        if (tag.equals("!override")) {
            node.setTag(node instanceof MappingNode ? Tag.MAP : node instanceof SequenceNode ? Tag.SEQ : Tag.STR);
            return new Tagged.Override(convert(node, path, marks));
        }
        if (node instanceof MappingNode mapping) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                String key = ((ScalarNode) tuple.getKeyNode()).getValue();
                YamlPath child = path.key(key);
                marks.put(child, mark(tuple.getKeyNode()));
                map.put(key, convert(tuple.getValueNode(), child, marks));
            }
            return map;
        }
        if (node instanceof SequenceNode sequence) {
            List<Object> list = new ArrayList<>();
            for (Node item : sequence.getValue()) {
                YamlPath child = path.index(list.size());
                marks.put(child, mark(item));
                list.add(convert(item, child, marks));
            }
            return list;
        }
        ScalarNode scalar = (ScalarNode) node;
        String value = scalar.getValue();
        if (node.getTag().equals(Tag.INT)) {
            return Long.parseLong(value);
        }
        if (node.getTag().equals(Tag.FLOAT)) {
            return Double.parseDouble(value);
        }
        if (node.getTag().equals(Tag.BOOL)) {
            return Boolean.parseBoolean(value);
        }
        if (node.getTag().equals(Tag.NULL)) {
            return null;
        }
        return value;
    }

    private static Mark mark(Node node) {
        return node.getStartMark()
                .map(m -> new Mark("compose.yaml", m.getLine() + 1, m.getColumn() + 1))
                .orElse(new Mark("compose.yaml", 0, 0));
    }
}
