package io.jcompose.spec.merge;

import io.jcompose.spec.tree.Tagged;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/** Text blocks to plain trees for the merge tests, with {@code !reset}/{@code !override} kept as tags. */
final class TestTrees {

    private TestTrees() {
    }

    static Map<String, Object> yaml(String text) {
        Node root = new Compose(LoadSettings.builder().build()).composeString(text).orElseThrow();
        return TreeValues.asMap(convert(root));
    }

    private static Object convert(Node node) {
        String tag = node.getTag().getValue();
        if (tag.equals("!reset")) {
            return new Tagged.Reset();
        }
        if (tag.equals("!override")) {
            return new Tagged.Override(plain(node));
        }
        return plain(node);
    }

    private static Object plain(Node node) {
        if (node instanceof MappingNode mapping) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                out.put(((ScalarNode) tuple.getKeyNode()).getValue(), convert(tuple.getValueNode()));
            }
            return out;
        }
        if (node instanceof SequenceNode sequence) {
            List<Object> out = new ArrayList<>();
            sequence.getValue().forEach(n -> out.add(convert(n)));
            return out;
        }
        ScalarNode scalar = (ScalarNode) node;
        String value = scalar.getValue();
        Tag tag = scalar.getTag();
        if (tag.equals(Tag.NULL)) {
            return null;
        }
        if (tag.equals(Tag.INT)) {
            return Long.parseLong(value);
        }
        if (tag.equals(Tag.FLOAT)) {
            return Double.parseDouble(value);
        }
        if (tag.equals(Tag.BOOL)) {
            return Boolean.parseBoolean(value);
        }
        return value;
    }
}
