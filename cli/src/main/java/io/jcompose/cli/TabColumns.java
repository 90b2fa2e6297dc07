package io.jcompose.cli;

import java.util.List;

/**
 * Go's {@code text/tabwriter} as docker sets it up: every tab-terminated cell of a column padded to the
 * widest cell plus {@code padding}, at least {@code minWidth}; the last cell of a line is not a column
 * and is never padded. Rows here have the same number of cells, so each column is one block.
 */
public final class TabColumns {

    private TabColumns() {
    }

    /** docker's container formatter ({@code ps}): minimum width 10, padding 3. */
    public static String containers(List<List<String>> rows) {
        return align(rows, 10, 3);
    }

    /** compose's "pretty section" ({@code ls}, {@code images}): minimum width 20, padding 3. */
    public static String section(List<List<String>> rows) {
        return align(rows, 20, 3);
    }

    public static String align(List<List<String>> rows, int minWidth, int padding) {
        int columns = rows.stream().mapToInt(List::size).max().orElse(0);
        int[] widths = new int[columns];
        for (List<String> row : rows) {
            for (int i = 0; i < row.size() - 1; i++) {
                widths[i] = Math.max(widths[i], Math.max(minWidth, width(row.get(i)) + padding));
            }
        }
        StringBuilder out = new StringBuilder();
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                String cell = row.get(i);
                out.append(cell);
                if (i < row.size() - 1) {
                    out.append(" ".repeat(widths[i] - width(cell)));
                }
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static int width(String cell) {
        return cell.codePointCount(0, cell.length());
    }
}
