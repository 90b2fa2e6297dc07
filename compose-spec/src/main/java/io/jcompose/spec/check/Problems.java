package io.jcompose.spec.check;

import io.jcompose.spec.ComposeException;
import io.jcompose.spec.tree.Mark;
import io.jcompose.spec.tree.YamlPath;
import java.util.Optional;
import java.util.function.Function;

/**
 * Turns a problem found at a path of the merged project into a {@link ComposeException} pointing
 * at the line that wrote it (or the nearest ancestor that has a mark).
 */
final class Problems {

    private static final String INVALID = ": invalid compose project";

    private final Function<YamlPath, Optional<Mark>> marks;

    Problems(Function<YamlPath, Optional<Mark>> marks) {
        this.marks = marks;
    }

    /** A problem whose sentence already names what is wrong ({@code service "web" ...}). */
    ComposeException at(YamlPath path, String problem) {
        return new ComposeException(markOf(path), Optional.empty(), problem);
    }

    /** A problem told after its YAML path ({@code services.web can't set ...}). */
    ComposeException atPath(YamlPath path, String problem) {
        return new ComposeException(markOf(path), Optional.of(path), problem);
    }

    /** A problem compose-go reports wrapped in its {@code ErrInvalid}: the sentence ends ": invalid compose project". */
    ComposeException invalid(YamlPath path, String problem) {
        return at(path, problem + INVALID);
    }

    /** {@link #invalid} told after its YAML path. */
    ComposeException invalidAtPath(YamlPath path, String problem) {
        return atPath(path, problem + INVALID);
    }

    private Optional<Mark> markOf(YamlPath path) {
        YamlPath at = path;
        while (true) {
            Optional<Mark> mark = marks.apply(at);
            if (mark.isPresent() || at.isRoot()) {
                return mark;
            }
            at = at.parent();
        }
    }
}
