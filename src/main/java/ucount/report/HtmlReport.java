package ucount.report;

import ucount.ingest.InputDigest;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One self-contained HTML page: a title, headline figures, sections in a fixed order, and a footer saying what the
 * report was computed from. Styles are inline, there is no script, and a Content-Security-Policy forbids every
 * fetch, so the file opens the same offline, in a mail attachment, or printed to PDF.
 *
 * <p>Commands fill the slots they have data for; a slot left empty is not shown. {@code estimate --installed-dlu}
 * fills {@link Slot#DLU_COMPARISON}; owner suggestions go into {@link Slot#UNASSIGNED_DEVICES} through
 * {@link EstimateHtml#unassignedDevices}.
 */
public final class HtmlReport {

    /** The sections, in page order. */
    public enum Slot { COMPLIANCE, LICENSES, DLU_COMPARISON, USERS, UNASSIGNED_DEVICES, WARNINGS }

    /** A section: its heading and its body, already HTML. */
    public record Section(String title, String html) {
    }

    /** A headline figure; {@code tone} is {@code ok}, {@code bad}, {@code warn} or {@code null}. */
    private record Figure(String label, String value, String tone) {
    }

    private final String title;
    private final String subtitle;
    private final List<Figure> figures = new ArrayList<>();
    private final Map<Slot, Section> sections = new EnumMap<>(Slot.class);

    public HtmlReport(String title, String subtitle) {
        this.title = title;
        this.subtitle = subtitle;
    }

    public HtmlReport figure(String label, Object value, String tone) {
        figures.add(new Figure(label, String.valueOf(value), tone));
        return this;
    }

    public HtmlReport put(Slot slot, Section section) {
        sections.put(slot, section);
        return this;
    }

    public void write(Metadata metadata, Writer out) throws IOException {
        StringBuilder sb = new StringBuilder(64 * 1024);
        sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
                .append("style-src 'unsafe-inline'\">\n")
                .append("<meta name=\"generator\" content=\"").append(Html.escape(metadata.tool() + " "
                        + metadata.version())).append("\">\n")
                .append("<title>").append(Html.escape(title)).append("</title>\n<style>\n").append(CSS)
                .append("</style>\n</head>\n<body>\n<header>\n<h1>").append(Html.escape(title)).append("</h1>\n")
                .append("<p class=\"sub\">").append(Html.escape(subtitle)).append("</p>\n");
        if (metadata.anonymized()) {
            sb.append("<p class=\"sub\">User IDs, names, numbers and device names are pseudonyms.</p>\n");
        }
        sb.append("</header>\n");
        if (!figures.isEmpty()) {
            sb.append("<div class=\"figures\">\n");
            for (Figure f : figures) {
                sb.append("<div class=\"figure").append(f.tone() == null ? "" : " " + f.tone()).append("\">")
                        .append("<div class=\"value\">").append(Html.escape(f.value())).append("</div>")
                        .append("<div class=\"label\">").append(Html.escape(f.label())).append("</div></div>\n");
            }
            sb.append("</div>\n");
        }
        sb.append("<nav>");
        for (Map.Entry<Slot, Section> e : sections.entrySet()) {
            sb.append("<a href=\"#").append(id(e.getKey())).append("\">").append(Html.escape(e.getValue().title()))
                    .append("</a>");
        }
        sb.append("</nav>\n<main>\n");
        for (Map.Entry<Slot, Section> e : sections.entrySet()) {
            sb.append("<section id=\"").append(id(e.getKey())).append("\">\n<h2>")
                    .append(Html.escape(e.getValue().title())).append("</h2>\n").append(e.getValue().html())
                    .append("</section>\n");
        }
        sb.append("</main>\n").append(footer(metadata)).append("</body>\n</html>\n");
        out.write(sb.toString());
    }

    private static String id(Slot slot) {
        return slot.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    private static String footer(Metadata m) {
        StringBuilder sb = new StringBuilder("<footer id=\"metadata\">\n<h2>How this report was made</h2>\n");
        Html.Table facts = new Html.Table("Item", "Value");
        facts.row("Tool", m.tool() + " " + m.version());
        if (m.ruleSet() != null) facts.row("Rule set", m.ruleSet());
        facts.row("Generated at", m.generatedAtText());
        facts.row("Identifiers", m.anonymized() ? "pseudonyms (--anonymize)" : "as exported");
        sb.append(facts.render());
        if (!m.inputs().isEmpty()) {
            Html.Table inputs = new Html.Table("Input", "Kind", "Bytes>", "SHA-256");
            for (InputDigest i : m.inputs()) {
                inputs.rawRow(null, Html.escape(i.path()), Html.escape(i.kind()), String.valueOf(i.bytes()),
                        "<code>" + Html.escape(i.sha256()) + "</code>");
            }
            sb.append(inputs.render());
        }
        return sb.append("</footer>\n").toString();
    }

    private static final String CSS = """
            :root { --ink: #1f2933; --muted: #52606d; --line: #d9e2ec; }
            * { box-sizing: border-box; }
            body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
                   color: var(--ink); background: #fff; margin: 0 auto; max-width: 1100px; padding: 24px 32px;
                   font-size: 14px; line-height: 1.45; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
            h1 { font-size: 24px; margin: 0 0 4px; }
            h2 { font-size: 18px; margin: 28px 0 10px; padding-bottom: 4px; border-bottom: 2px solid var(--line); }
            h3 { font-size: 15px; margin: 16px 0 6px; }
            .sub { color: var(--muted); margin: 0 0 6px; }
            .figures { display: flex; flex-wrap: wrap; gap: 12px; margin: 16px 0; }
            .figure { border: 1px solid var(--line); border-radius: 6px; padding: 10px 14px; min-width: 150px; }
            .figure .value { font-size: 22px; font-weight: 600; }
            .figure .label { color: var(--muted); font-size: 12px; text-transform: uppercase; letter-spacing: .04em; }
            .figure.ok .value { color: #1a7f37; } .figure.bad .value { color: #c62828; }
            .figure.warn .value { color: #9a6700; }
            nav { display: flex; flex-wrap: wrap; gap: 6px 16px; font-size: 13px; }
            nav a { color: #2f6fdb; text-decoration: none; }
            table { border-collapse: collapse; width: 100%; margin: 8px 0 12px; font-size: 13px; }
            table.compact { width: auto; min-width: 420px; }
            th, td { border-bottom: 1px solid #e4e7eb; padding: 5px 8px; text-align: left; vertical-align: top; }
            th { background: #f5f7fa; font-weight: 600; }
            td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
            tr.total td { font-weight: 600; border-top: 2px solid #9aa5b1; }
            tr.short td { background: #fdecea; }
            tr.none td { color: var(--muted); }
            ul.reasons { margin: 0; padding-left: 16px; }
            svg.chart { display: block; max-width: 960px; margin: 8px 0 4px; }
            svg text { font-family: inherit; }
            code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 12px; }
            .badge { display: inline-block; padding: 1px 8px; border-radius: 10px; font-weight: 600; }
            .badge.ok { background: #dafbe1; color: #1a7f37; } .badge.bad { background: #fdecea; color: #c62828; }
            footer { margin-top: 36px; color: var(--muted); font-size: 12px; }
            footer table { font-size: 12px; }
            @page { size: A4; margin: 14mm; }
            @media print {
              body { max-width: none; padding: 0; font-size: 11px; }
              nav { display: none; }
              h2 { break-after: avoid; }
              tr, .figure, svg.chart { break-inside: avoid; }
              thead { display: table-header-group; }
            }
            """;
}
