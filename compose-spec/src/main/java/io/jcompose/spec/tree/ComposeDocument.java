package io.jcompose.spec.tree;

import java.util.Map;

/**
 * One parsed Compose file: its raw tree and where each node came from.
 *
 * <p>The tree uses plain values so every stage (interpolation, schema, merge, canonical form)
 * can walk it alike: {@code Map<String, Object>} (insertion-ordered), {@code List<Object>},
 * {@code String}, {@code Long}, {@code Double}, {@code Boolean}, {@code null}, and
 * {@link Tagged} for {@code !reset}/{@code !override}. Stages return new trees rather than
 * mutating shared ones.
 *
 * @param source the file's display name in messages (a path, or {@code -} for stdin)
 */
public record ComposeDocument(String source, Map<String, Object> root, Marks marks) {

    public ComposeDocument {
        root = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(root));
    }
}
