package io.jcompose.engine.reconcile;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One step of a {@link Plan}: an engine call and why, the steps it comes after, and the readiness conditions it
 * waits for once those are done. Golden text: {@code #3 CreateContainer demo-web-1 (no existing container) after
 * #1,#2}.
 */
public record PlanNode(int id, Action action, List<Integer> after, List<Gate> gates) {

    public PlanNode {
        Objects.requireNonNull(action);
        after = after.stream().distinct().sorted().toList();
        gates = List.copyOf(gates);
    }

    public String text() {
        StringBuilder out = new StringBuilder("#").append(id).append(' ').append(action.text());
        if (!after.isEmpty()) {
            out.append(" after ").append(after.stream().map(i -> "#" + i).collect(Collectors.joining(",")));
        }
        if (!gates.isEmpty()) {
            out.append(" when ").append(gates.stream().map(Gate::text).collect(Collectors.joining(", ")));
        }
        return out.toString();
    }
}
