package ucount.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A plain-text table: first column left-aligned, the others right-aligned (they hold counts). */
final class TextTable {

    private final List<String[]> rows = new ArrayList<>();
    private final boolean numeric;
    private final Set<Integer> textColumns = new HashSet<>();

    TextTable(boolean numeric) {
        this.numeric = numeric;
    }

    /** Columns of a numeric table that hold text, left-aligned like the first. */
    TextTable textColumns(int... columns) {
        for (int c : columns) textColumns.add(c);
        return this;
    }

    TextTable row(Object... cells) {
        String[] row = new String[cells.length];
        for (int i = 0; i < cells.length; i++) row[i] = String.valueOf(cells[i]);
        rows.add(row);
        return this;
    }

    String render(String indent) {
        int columns = rows.stream().mapToInt(r -> r.length).max().orElse(0);
        int[] width = new int[columns];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) width[i] = Math.max(width[i], row[i].length());
        }
        StringBuilder sb = new StringBuilder();
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder(indent);
            for (int i = 0; i < row.length; i++) {
                if (i > 0) line.append("  ");
                boolean right = numeric && i > 0 && !textColumns.contains(i);
                String pad = " ".repeat(width[i] - row[i].length());
                line.append(right ? pad + row[i] : row[i] + (i < row.length - 1 ? pad : ""));
            }
            sb.append(line.toString().stripTrailing()).append('\n');
        }
        return sb.toString();
    }
}
