package io.jcompose.spec.tree;

/**
 * Where a node starts in a Compose file, 1-based as editors count, so errors read
 * {@code compose.yaml:4:5}.
 */
public record Mark(String file, int line, int column) {

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
