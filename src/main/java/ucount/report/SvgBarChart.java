package ucount.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A grouped vertical bar chart as inline SVG: one group per category (license type), one bar per series (cluster,
 * or required and installed), the value above each bar, a legend when there are several series. Pure markup, no
 * script, fixed coordinates: the same data gives the same bytes, and it prints.
 */
public final class SvgBarChart {

    private static final String[] PALETTE = {"#2f6fdb", "#f08c00", "#2da44e", "#8250df", "#cf3b52", "#0a7d8c"};
    private static final int WIDTH = 960;
    private static final int LEFT = 48;
    private static final int RIGHT = 12;
    private static final int TOP = 34;
    private static final int PLOT = 220;
    private static final int BOTTOM = 46;

    private record Series(String name, String color, List<Integer> values) {
    }

    private final String title;
    private final List<String> categories;
    private final List<Series> series = new ArrayList<>();

    public SvgBarChart(String title, List<String> categories) {
        this.title = title;
        this.categories = List.copyOf(categories);
    }

    /** A series in the next palette color. */
    public SvgBarChart series(String name, List<Integer> values) {
        return series(name, PALETTE[series.size() % PALETTE.length], values);
    }

    public SvgBarChart series(String name, String color, List<Integer> values) {
        if (values.size() != categories.size()) {
            throw new IllegalArgumentException(values.size() + " values for " + categories.size() + " categories");
        }
        series.add(new Series(name, color, List.copyOf(values)));
        return this;
    }

    public String render() {
        int max = series.stream().flatMap(s -> s.values().stream()).mapToInt(Integer::intValue).max().orElse(0);
        int step = step(max);
        int top = Math.max(step, (max + step - 1) / step * step);
        int height = TOP + PLOT + BOTTOM;
        double group = (double) (WIDTH - LEFT - RIGHT) / categories.size();
        double bar = Math.min(56, group * 0.72 / series.size());
        StringBuilder sb = new StringBuilder();
        sb.append("<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(height).append("\" width=\"100%\" role=\"img\" aria-label=\"").append(Html.escape(title))
                .append("\">\n<title>").append(Html.escape(title)).append("</title>\n");
        for (int tick = 0; tick <= top; tick += step) {
            double y = TOP + PLOT - (double) tick / top * PLOT;
            sb.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"")
                    .append(n(y)).append("\" y2=\"").append(n(y)).append("\" stroke=\"")
                    .append(tick == 0 ? "#7b8794" : "#e4e7eb").append("\"/>\n");
            sb.append("<text x=\"").append(LEFT - 6).append("\" y=\"").append(n(y + 4))
                    .append("\" text-anchor=\"end\" font-size=\"11\" fill=\"#52606d\">").append(tick).append("</text>\n");
        }
        for (int c = 0; c < categories.size(); c++) {
            double x0 = LEFT + c * group + (group - bar * series.size()) / 2;
            for (int s = 0; s < series.size(); s++) {
                Series ser = series.get(s);
                int value = ser.values().get(c);
                double h = (double) value / top * PLOT;
                double x = x0 + s * bar;
                double y = TOP + PLOT - h;
                sb.append("<rect class=\"bar\" x=\"").append(n(x + 1)).append("\" y=\"").append(n(y))
                        .append("\" width=\"").append(n(bar - 2)).append("\" height=\"").append(n(h))
                        .append("\" fill=\"").append(ser.color()).append("\"><title>")
                        .append(Html.escape(ser.name() + ", " + categories.get(c) + ": " + value))
                        .append("</title></rect>\n");
                sb.append("<text x=\"").append(n(x + bar / 2)).append("\" y=\"").append(n(y - 4))
                        .append("\" text-anchor=\"middle\" font-size=\"11\" fill=\"#1f2933\">").append(value)
                        .append("</text>\n");
            }
            List<String> lines = wrap(categories.get(c), 14);
            double cx = LEFT + c * group + group / 2;
            for (int i = 0; i < lines.size(); i++) {
                sb.append("<text x=\"").append(n(cx)).append("\" y=\"").append(TOP + PLOT + 16 + i * 14)
                        .append("\" text-anchor=\"middle\" font-size=\"12\" fill=\"#1f2933\">")
                        .append(Html.escape(lines.get(i))).append("</text>\n");
            }
        }
        if (series.size() > 1) legend(sb);
        return sb.append("</svg>\n").toString();
    }

    private void legend(StringBuilder sb) {
        double x = LEFT;
        for (Series s : series) {
            sb.append("<rect x=\"").append(n(x)).append("\" y=\"8\" width=\"12\" height=\"12\" fill=\"")
                    .append(s.color()).append("\"/>\n");
            sb.append("<text x=\"").append(n(x + 17)).append("\" y=\"18\" font-size=\"12\" fill=\"#1f2933\">")
                    .append(Html.escape(s.name())).append("</text>\n");
            x += 17 + 7.2 * s.name().length() + 22;
        }
    }

    /** A round tick step (1, 2 or 5 times a power of ten) giving at most six ticks. */
    static int step(int max) {
        if (max <= 5) return 1;
        long power = 1;
        while (true) {
            for (int m : new int[]{1, 2, 5}) {
                long step = m * power;
                if (max / step <= 5) return (int) step;
            }
            power *= 10;
        }
    }

    /** Words on lines of at most {@code width} characters (a longer word keeps its own line). */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) line.append(' ');
            line.append(word);
        }
        if (line.length() > 0) lines.add(line.toString());
        return lines;
    }

    private static String n(double v) {
        String s = String.format(Locale.ROOT, "%.1f", v);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }
}
