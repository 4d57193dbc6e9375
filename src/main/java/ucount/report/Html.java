package ucount.report;

import java.util.ArrayList;
import java.util.List;

/** HTML pieces for the reports: escaping (every value that comes from an export goes through it) and tables. */
public final class Html {

    private Html() {
    }

    /** Text and attribute values: {@code & < > " '} become entities. */
    public static String escape(Object value) {
        String s = String.valueOf(value);
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    public static String p(String html) {
        return "<p>" + html + "</p>\n";
    }

    /** A list, one escaped item each, or "" when empty. */
    public static String list(List<?> items, String cssClass) {
        if (items.isEmpty()) return "";
        StringBuilder sb = new StringBuilder("<ul class=\"" + cssClass + "\">");
        for (Object item : items) sb.append("<li>").append(escape(item)).append("</li>");
        return sb.append("</ul>").toString();
    }

    /** A table; a header ending in {@code ">"} marks a right-aligned numeric column. Cells are escaped by {@link #row}. */
    public static final class Table {

        private record Row(String cssClass, String[] cells) {
        }

        private final String[] header;
        private final boolean[] numeric;
        private final List<Row> rows = new ArrayList<>();
        private boolean compact;

        public Table(String... header) {
            this.header = new String[header.length];
            this.numeric = new boolean[header.length];
            for (int i = 0; i < header.length; i++) {
                numeric[i] = header[i].endsWith(">");
                this.header[i] = numeric[i] ? header[i].substring(0, header[i].length() - 1) : header[i];
            }
        }

        /** As wide as its content, not the page: for short tables of counts. */
        public Table compact() {
            compact = true;
            return this;
        }

        public Table row(Object... cells) {
            return classedRow(null, cells);
        }

        /** A row with a CSS class ({@code total}, {@code short}); cells escaped. */
        public Table classedRow(String cssClass, Object... cells) {
            String[] escaped = new String[cells.length];
            for (int i = 0; i < cells.length; i++) escaped[i] = escape(cells[i]);
            return rawRow(cssClass, escaped);
        }

        /** Cells already in HTML. */
        public Table rawRow(String cssClass, String... cells) {
            if (cells.length != header.length) {
                throw new IllegalArgumentException(cells.length + " cells for " + header.length + " columns");
            }
            rows.add(new Row(cssClass, cells.clone()));
            return this;
        }

        public String render() {
            StringBuilder sb = new StringBuilder(compact ? "<table class=\"compact\">" : "<table>").append("\n<thead><tr>");
            for (int i = 0; i < header.length; i++) {
                sb.append(numeric[i] ? "<th class=\"n\">" : "<th>").append(escape(header[i])).append("</th>");
            }
            sb.append("</tr></thead>\n<tbody>\n");
            for (Row row : rows) {
                sb.append(row.cssClass() == null ? "<tr>" : "<tr class=\"" + escape(row.cssClass()) + "\">");
                for (int i = 0; i < row.cells().length; i++) {
                    sb.append(numeric[i] ? "<td class=\"n\">" : "<td>").append(row.cells()[i]).append("</td>");
                }
                sb.append("</tr>\n");
            }
            return sb.append("</tbody>\n</table>\n").toString();
        }
    }
}
