package io.jcompose.spec.tree;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The start mark of every node of one parsed document, so that later stages (schema, semantic
 * checks) can point at the line a problem comes from.
 */
public final class Marks {

    private final Map<YamlPath, Mark> byPath;

    private Marks(Map<YamlPath, Mark> byPath) {
        this.byPath = Map.copyOf(byPath);
    }

    public static Marks none() {
        return new Marks(Map.of());
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The mark of the node at {@code path}, or of its nearest ancestor that has one. */
    public Optional<Mark> nearest(YamlPath path) {
        YamlPath at = path;
        while (true) {
            Mark mark = byPath.get(at);
            if (mark != null) {
                return Optional.of(mark);
            }
            if (at.isRoot()) {
                return Optional.empty();
            }
            at = at.parent();
        }
    }

    public Optional<Mark> exact(YamlPath path) {
        return Optional.ofNullable(byPath.get(path));
    }

    public static final class Builder {
        private final Map<YamlPath, Mark> byPath = new HashMap<>();

        public Builder put(YamlPath path, Mark mark) {
            byPath.put(path, mark);
            return this;
        }

        public Marks build() {
            return new Marks(byPath);
        }
    }
}
