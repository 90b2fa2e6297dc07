package io.jcompose.spec.yaml;

import io.jcompose.spec.ComposeException;
import io.jcompose.spec.tree.Mark;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;

/**
 * Builds one {@link YamlNode} graph per document from snakeyaml-engine's event stream, without
 * recursion, so that depth and self-referencing anchors are rejected with a message instead of
 * exhausting the stack. Anchors are scoped to their document, as in go-yaml.
 */
final class NodeReader {

    /** go-yaml allows 10000; no Compose file comes near this, and it keeps later walks shallow. */
    static final int MAX_DEPTH = 500;

    private static final String CORE_TAG_PREFIX = "tag:yaml.org,2002:";

    private final String source;

    private NodeReader(String source) {
        this.source = source;
    }

    /** The root of every document, in order (an empty document yields an empty plain scalar). */
    static List<YamlNode> read(String source, String text, LoadSettings settings) {
        return new NodeReader(source).readAll(new Parse(settings).parseString(text));
    }

    private List<YamlNode> readAll(Iterable<Event> events) {
        List<YamlNode> roots = new ArrayList<>();
        Map<String, YamlNode> anchors = new HashMap<>();
        Set<YamlNode> open = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Frame> stack = new ArrayDeque<>();
        YamlNode[] root = new YamlNode[1];
        for (Event event : events) {
            switch (event.getEventId()) {
                case DocumentStart -> {
                    anchors.clear();
                    root[0] = null;
                }
                case DocumentEnd -> {
                    if (root[0] != null) {
                        roots.add(root[0]);
                    }
                }
                case Scalar -> {
                    ScalarEvent e = (ScalarEvent) event;
                    YamlNode node = new YamlNode.Scalar(shortTag(e.getTag()), e.getValue(), e.getScalarStyle(),
                            mark(event));
                    anchor(e, node, anchors);
                    attach(node, stack, root);
                }
                case SequenceStart, MappingStart -> {
                    CollectionStartEvent e = (CollectionStartEvent) event;
                    if (stack.size() >= MAX_DEPTH) {
                        throw new ComposeException(Optional.of(mark(event)), Optional.empty(),
                                "document nested more than " + MAX_DEPTH + " levels deep");
                    }
                    YamlNode node = e instanceof org.snakeyaml.engine.v2.events.SequenceStartEvent
                            ? new YamlNode.Sequence(shortTag(e.getTag()), mark(event))
                            : new YamlNode.Mapping(shortTag(e.getTag()), mark(event));
                    anchor(e, node, anchors);
                    attach(node, stack, root);
                    stack.push(new Frame(node));
                    open.add(node);
                }
                case SequenceEnd, MappingEnd -> open.remove(stack.pop().node);
                case Alias -> {
                    AliasEvent e = (AliasEvent) event;
                    String name = e.getAlias().getValue();
                    YamlNode target = anchors.get(name);
                    if (target == null) {
                        throw new ComposeException(Optional.of(mark(event)), Optional.empty(),
                                "unknown anchor '" + name + "' referenced");
                    }
                    if (open.contains(target)) {
                        throw new ComposeException(Optional.of(mark(event)), Optional.empty(),
                                "anchor '" + name + "' value contains itself");
                    }
                    attach(new YamlNode.Alias(name, target, mark(event)), stack, root);
                }
                default -> {
                    // stream start/end and comments carry nothing for the tree
                }
            }
        }
        return roots;
    }

    private static void anchor(NodeEvent event, YamlNode node, Map<String, YamlNode> anchors) {
        event.getAnchor().map(Anchor::getValue).ifPresent(name -> anchors.put(name, node));
    }

    private static void attach(YamlNode node, Deque<Frame> stack, YamlNode[] root) {
        Frame parent = stack.peek();
        if (parent == null) {
            root[0] = node;
        } else if (parent.node instanceof YamlNode.Sequence seq) {
            seq.items().add(node);
        } else if (parent.pendingKey == null) {
            parent.pendingKey = node;
        } else {
            ((YamlNode.Mapping) parent.node).entries().add(new YamlNode.Entry(parent.pendingKey, node));
            parent.pendingKey = null;
        }
    }

    private static Optional<String> shortTag(Optional<String> tag) {
        return tag.map(t -> t.startsWith(CORE_TAG_PREFIX) ? "!!" + t.substring(CORE_TAG_PREFIX.length()) : t);
    }

    private Mark mark(Event event) {
        return event.getStartMark()
                .map(m -> new Mark(source, m.getLine() + 1, m.getColumn() + 1))
                .orElse(new Mark(source, 1, 1));
    }

    private static final class Frame {
        final YamlNode node;
        YamlNode pendingKey;

        Frame(YamlNode node) {
            this.node = node;
        }
    }
}
