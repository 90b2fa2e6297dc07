package io.jcompose.spec.yaml;

import io.jcompose.spec.ComposeException;
import io.jcompose.spec.interpolation.GoQuote;
import io.jcompose.spec.tree.Mark;
import io.jcompose.spec.tree.Marks;
import io.jcompose.spec.tree.Tagged;
import io.jcompose.spec.tree.YamlPath;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns one document's node graph into the plain tree of {@link io.jcompose.spec.tree.ComposeDocument}
 * with go-yaml's decoding rules: aliases expanded (within a node budget, against alias bombs),
 * merge keys {@code <<} applied (explicit keys win, then earlier merged maps), duplicate keys and
 * non-string keys rejected as compose rejects them, {@code !reset}/{@code !override} kept as
 * {@link Tagged}. Records the start mark of every node.
 */
final class TreeBuilder {

    /**
     * Nodes one document may expand to beyond ten times what is written: far above what anchors
     * do in real files, far below a billion laughs.
     */
    static final int MAX_NODES = 200_000;

    private static final String RESET = "!reset";
    private static final String OVERRIDE = "!override";

    private final Marks.Builder marks = Marks.builder();
    private final long limit;
    private long budget;

    private TreeBuilder(long limit) {
        this.limit = limit;
        this.budget = limit;
    }

    /** The document's tree and marks; empty when the document holds nothing (or only null). */
    static Optional<Built> build(YamlNode root) {
        return new TreeBuilder(MAX_NODES + 10L * written(root)).document(root);
    }

    /** Nodes as written, aliases not followed. */
    private static long written(YamlNode root) {
        long count = 0;
        ArrayDeque<YamlNode> todo = new ArrayDeque<>(List.of(root));
        while (!todo.isEmpty()) {
            YamlNode node = todo.pop();
            count++;
            if (node instanceof YamlNode.Sequence seq) {
                seq.items().forEach(todo::push);
            } else if (node instanceof YamlNode.Mapping map) {
                map.entries().forEach(e -> {
                    todo.push(e.key());
                    todo.push(e.value());
                });
            }
        }
        return count;
    }

    record Built(Map<String, Object> root, Marks marks) {
    }

    private Optional<Built> document(YamlNode root) {
        if (root instanceof YamlNode.Scalar scalar && root.tag().isEmpty() && scalar.plain()
                && decode(scalar, YamlPath.ROOT) == null) {
            return Optional.empty();
        }
        if (!(root instanceof YamlNode.Mapping mapping) || isTagged(root)) {
            throw error(root.start(), "top-level object must be a mapping");
        }
        marks.put(YamlPath.ROOT, root.start());
        Map<String, Object> tree = mapping(mapping, YamlPath.ROOT, "");
        return Optional.of(new Built(tree, marks.build()));
    }

    private static boolean isTagged(YamlNode node) {
        return node.tag().filter(t -> t.equals(RESET) || t.equals(OVERRIDE)).isPresent();
    }

    /** The value at {@code path}; an alias's mark is where the alias is written. */
    private Object value(YamlNode node, YamlPath path, String goPath) {
        if (--budget < 0) {
            throw error(node.start(), "document contains excessive aliasing (more than " + limit
                    + " nodes once anchors are expanded)");
        }
        marks.put(path, node.start());
        YamlNode target = YamlNode.resolve(node);
        Optional<String> tag = target.tag();
        if (tag.filter(RESET::equals).isPresent()) {
            return new Tagged.Reset();
        }
        if (tag.filter(OVERRIDE::equals).isPresent()) {
            return new Tagged.Override(content(target, path, goPath, true));
        }
        return content(target, path, goPath, false);
    }

    private Object content(YamlNode node, YamlPath path, String goPath, boolean untagged) {
        if (node instanceof YamlNode.Scalar scalar) {
            if (untagged) {
                return GoScalars.decode(Optional.empty(), scalar.value(), scalar.plain());
            }
            return decode(scalar, path);
        }
        if (node instanceof YamlNode.Sequence seq) {
            List<Object> list = new ArrayList<>(seq.items().size());
            for (int i = 0; i < seq.items().size(); i++) {
                list.add(value(seq.items().get(i), path.index(i), goPath + "[" + i + "]"));
            }
            return list;
        }
        return mapping((YamlNode.Mapping) node, path, goPath);
    }

    private Object decode(YamlNode.Scalar scalar, YamlPath path) {
        try {
            return GoScalars.decode(scalar.tag(), scalar.value(), scalar.plain());
        } catch (IllegalArgumentException e) {
            throw new ComposeException(Optional.of(scalar.start()), Optional.of(path), e.getMessage(), e);
        }
    }

    private Map<String, Object> mapping(YamlNode.Mapping mapping, YamlPath path, String goPath) {
        rejectDuplicates(mapping);
        List<YamlNode.Entry> entries = mapping.entries();
        List<String> keys = new ArrayList<>();
        Set<String> explicit = new HashSet<>();
        for (YamlNode.Entry entry : entries) {
            String key = isMerge(entry.key()) ? null : key(entry.key(), goPath);
            keys.add(key);
            if (key != null) {
                explicit.add(key);
            }
        }
        // merged maps first, so that the marks of explicit entries (converted next) win
        Map<String, Object> merged = new LinkedHashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            if (keys.get(i) == null) {
                merge(entries.get(i).value(), path, goPath, explicit, merged);
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            String key = keys.get(i);
            if (key == null) {
                out.putAll(merged);
                merged.clear();
            } else {
                out.put(key, value(entries.get(i).value(), path.key(key), goPath.isEmpty() ? key : goPath + "." + key));
            }
        }
        return out;
    }

    /** Merged keys fill in what the mapping does not set itself; the first merged map wins. */
    private void merge(YamlNode value, YamlPath path, String goPath, Set<String> explicit, Map<String, Object> out) {
        List<YamlNode> sources = new ArrayList<>();
        // as in go-yaml, a list of maps must be written in place: an alias must name a map
        if (value instanceof YamlNode.Sequence seq) {
            sources.addAll(seq.items());
        } else {
            sources.add(value);
        }
        for (YamlNode source : sources) {
            if (!(YamlNode.resolve(source) instanceof YamlNode.Mapping)) {
                throw error(source.start(), "map merge requires map or sequence of maps as the value");
            }
        }
        // converted last to first, so that the marks of the winning (earlier) map are the ones kept
        List<Map<String, Object>> converted = new ArrayList<>();
        for (int i = sources.size() - 1; i >= 0; i--) {
            converted.add(0, mapping((YamlNode.Mapping) YamlNode.resolve(sources.get(i)), path, goPath));
        }
        for (Map<String, Object> map : converted) {
            map.forEach((key, v) -> {
                if (!explicit.contains(key)) {
                    out.putIfAbsent(key, v);
                }
            });
        }
    }

    /** compose rejects keys that do not decode to strings ({@code 80:}, {@code true:}, {@code ~:}). */
    private String key(YamlNode keyNode, String goPath) {
        YamlNode target = YamlNode.resolve(keyNode);
        String location = goPath.isEmpty() ? "at top level" : "in " + goPath;
        if (!(target instanceof YamlNode.Scalar scalar)) {
            throw error(keyNode.start(), "non-string key " + location + ": "
                    + (target instanceof YamlNode.Mapping ? "a mapping" : "a sequence"));
        }
        if (isTagged(target)) {
            return scalar.value();
        }
        Object key;
        try {
            key = GoScalars.decode(scalar.tag(), scalar.value(), scalar.plain());
        } catch (IllegalArgumentException e) {
            throw error(keyNode.start(), e.getMessage());
        }
        if (key instanceof String text) {
            return text;
        }
        throw error(keyNode.start(), "non-string key " + location + ": " + goValue(key));
    }

    private static boolean isMerge(YamlNode key) {
        return key instanceof YamlNode.Scalar scalar && scalar.value().equals("<<")
                && (scalar.tag().isEmpty() && scalar.plain() || scalar.tag().filter(GoScalars.MERGE::equals).isPresent());
    }

    /** go-yaml compares keys as written: {@code a} and {@code "a"} collide, {@code 1} and {@code 01} do not. */
    private void rejectDuplicates(YamlNode.Mapping mapping) {
        Map<String, YamlNode> seen = new LinkedHashMap<>();
        for (YamlNode.Entry entry : mapping.entries()) {
            YamlNode key = entry.key();
            String identity;
            if (key instanceof YamlNode.Scalar scalar) {
                identity = "scalar:" + scalar.value();
            } else if (key instanceof YamlNode.Alias alias) {
                identity = "alias:" + alias.name();
            } else {
                continue;
            }
            YamlNode first = seen.putIfAbsent(identity, key);
            if (first != null) {
                String text = key instanceof YamlNode.Scalar s ? s.value() : ((YamlNode.Alias) key).name();
                throw error(key.start(), "mapping key " + GoQuote.quote(text) + " already defined at line "
                        + first.start().line());
            }
        }
    }

    /** A key value as Go's {@code %#v} prints it. */
    private static String goValue(Object value) {
        if (value == null) {
            return "<nil>";
        }
        if (value instanceof Double d) {
            if (d.isNaN()) {
                return "NaN";
            }
            if (d.isInfinite()) {
                return d > 0 ? "+Inf" : "-Inf";
            }
            if (d == Math.rint(d) && Math.abs(d) < 1e21) {
                return Long.toString(d.longValue());
            }
        }
        return value.toString();
    }

    private ComposeException error(Mark mark, String problem) {
        return new ComposeException(Optional.of(mark), Optional.empty(), problem);
    }
}
