package io.jcompose.engine.reconcile;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Collects nodes in planning order; ids count from 1. */
final class PlanBuilder {

    private final List<PlanNode> nodes = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final List<String> kept = new ArrayList<>();

    int add(Action action, Collection<Integer> after) {
        return add(action, after, List.of());
    }

    int add(Action action, Collection<Integer> after, List<Gate> gates) {
        int id = nodes.size() + 1;
        nodes.add(new PlanNode(id, action, List.copyOf(after), gates));
        return id;
    }

    void warn(String warning) {
        warnings.add(warning);
    }

    void keep(String note) {
        kept.add(note);
    }

    Plan build() {
        return new Plan(nodes, warnings, kept);
    }
}
