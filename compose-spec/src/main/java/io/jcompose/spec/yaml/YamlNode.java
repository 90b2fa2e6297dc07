package io.jcompose.spec.yaml;

import io.jcompose.spec.tree.Mark;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.common.ScalarStyle;

/**
 * The node graph of one YAML document, as read from snakeyaml-engine's events: explicit tags
 * kept verbatim, aliases kept as references (with their own position), nothing resolved yet.
 */
sealed interface YamlNode {

    Mark start();

    /** The explicit tag, short form for the YAML core tags ({@code !!str}), or empty. */
    Optional<String> tag();

    record Scalar(Optional<String> tag, String value, ScalarStyle style, Mark start) implements YamlNode {
        boolean plain() {
            return style == ScalarStyle.PLAIN;
        }
    }

    /** Items are added while the document is read. */
    record Sequence(Optional<String> tag, List<YamlNode> items, Mark start) implements YamlNode {
        Sequence(Optional<String> tag, Mark start) {
            this(tag, new ArrayList<>(), start);
        }
    }

    /** Entries are added while the document is read. */
    record Mapping(Optional<String> tag, List<Entry> entries, Mark start) implements YamlNode {
        Mapping(Optional<String> tag, Mark start) {
            this(tag, new ArrayList<>(), start);
        }
    }

    record Entry(YamlNode key, YamlNode value) {
    }

    /** {@code *name}, pointing at the node its anchor names. */
    record Alias(String name, YamlNode target, Mark start) implements YamlNode {
        @Override
        public Optional<String> tag() {
            return target.tag();
        }
    }

    /** The node an alias stands for, or the node itself. */
    static YamlNode resolve(YamlNode node) {
        return node instanceof Alias alias ? alias.target() : node;
    }
}
