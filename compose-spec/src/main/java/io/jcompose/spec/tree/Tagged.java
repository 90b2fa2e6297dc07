package io.jcompose.spec.tree;

/**
 * Values carrying compose's merge tags. They live in the raw tree between parsing and merging;
 * the merge removes them, so the model never sees one.
 */
public sealed interface Tagged {

    /** {@code !reset}: drop the attribute or entry inherited from earlier files. */
    record Reset() implements Tagged {
    }

    /** {@code !override}: replace the inherited value instead of merging into it. */
    record Override(Object value) implements Tagged {
    }
}
