package io.jcompose.spec;

import io.jcompose.spec.tree.Mark;
import io.jcompose.spec.tree.YamlPath;
import java.util.Optional;

/**
 * Bad Compose input, told the way a user fixes it: where first ({@code file:line:column}),
 * then the YAML path, then what was expected. The CLI prints {@link #getMessage()} alone.
 */
public class ComposeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Optional<Mark> mark;
    private final transient Optional<YamlPath> path;
    private final String problem;

    public ComposeException(String problem) {
        this(Optional.empty(), Optional.empty(), problem, null);
    }

    public ComposeException(String problem, Throwable cause) {
        this(Optional.empty(), Optional.empty(), problem, cause);
    }

    public ComposeException(Optional<Mark> mark, Optional<YamlPath> path, String problem) {
        this(mark, path, problem, null);
    }

    public ComposeException(Optional<Mark> mark, Optional<YamlPath> path, String problem, Throwable cause) {
        super(format(mark, path, problem), cause);
        this.mark = mark;
        this.path = path.filter(p -> !p.isRoot());
        this.problem = problem;
    }

    public Optional<Mark> mark() {
        return mark;
    }

    public Optional<YamlPath> path() {
        return path;
    }

    /** The message without location, for callers that place it themselves. */
    public String problem() {
        return problem;
    }

    private static String format(Optional<Mark> mark, Optional<YamlPath> path, String problem) {
        StringBuilder out = new StringBuilder();
        mark.ifPresent(m -> out.append(m).append(": "));
        path.filter(p -> !p.isRoot()).ifPresent(p -> out.append(p).append(' '));
        out.append(problem);
        return out.toString();
    }
}
