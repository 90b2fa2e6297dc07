package io.jcompose.engine.reconcile;

import java.util.List;
import java.util.stream.Collectors;

/**
 * An immutable DAG of engine calls, in the order they were planned (a node only comes after nodes with smaller
 * ids), with the warnings to print before running it and the notes on what stays as it is.
 *
 * @param kept one line per resource left alone, e.g. {@code Container demo-db-1 (up to date)}
 */
public record Plan(List<PlanNode> nodes, List<String> warnings, List<String> kept) {

    public Plan {
        nodes = List.copyOf(nodes);
        warnings = List.copyOf(warnings);
        kept = List.copyOf(kept);
    }

    public boolean isEmpty() {
        return nodes.isEmpty();
    }

    /** The golden text: one {@link PlanNode#text()} per line, then {@code = <kept>} lines. */
    public String text() {
        List<String> lines = new java.util.ArrayList<>();
        nodes.forEach(n -> lines.add(n.text()));
        kept.forEach(k -> lines.add("= " + k));
        return lines.stream().collect(Collectors.joining("\n"));
    }

    @Override
    public String toString() {
        return text();
    }
}
