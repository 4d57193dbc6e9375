package ucount.report;

import ucount.model.LicenseType;
import ucount.model.Warning;
import ucount.owners.OwnersResult;
import ucount.owners.Suggestion;
import ucount.owners.UserChange;
import ucount.rules.ClusterEstimate;
import ucount.rules.Totals;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code owners --format html}: the licenses before and after the suggested owners are set, as a chart and a table,
 * the devices with their suggestions and evidence, the users whose license changes and the hygiene findings.
 */
public final class OwnersHtml {

    private OwnersHtml() {
    }

    public static void write(OwnersResult result, Metadata metadata, Writer out) throws IOException {
        List<ClusterEstimate> clusters = result.before().clusters();
        String scope = clusters.size() == 1 ? Facts.loneCluster(clusters.get(0).name(), n -> n)
                : "clusters " + clusters.stream().map(ClusterEstimate::name).collect(Collectors.joining(", "));
        HtmlReport report = new HtmlReport("Owner suggestions", "CUCM 9.x+ user licensing, rules "
                + result.before().options().ruleSet().id() + ", " + scope + ", --min-confidence "
                + result.minConfidence().id());
        int change = result.change().sum();
        report.figure("Unassigned devices", result.suggestions().size(), result.suggestions().isEmpty() ? null : "warn")
                .figure("Owners to set", result.applied().size(), null)
                .figure("Licenses before / after", result.before().totals().sum() + " / "
                        + result.after().totals().sum(), null)
                .figure("Net change", Facts.signed(change), change < 0 ? "ok" : change > 0 ? "bad" : null);
        report.put(HtmlReport.Slot.LICENSES, licenses(result));
        report.put(HtmlReport.Slot.UNASSIGNED_DEVICES, devices(result));
        report.put(HtmlReport.Slot.USERS, users(result));
        report.put(HtmlReport.Slot.WARNINGS, findings(result.findings()));
        report.write(metadata, out);
    }

    private static HtmlReport.Section licenses(OwnersResult result) {
        Totals before = result.before().totals();
        Totals after = result.after().totals();
        SvgBarChart chart = new SvgBarChart("Licenses before and after the suggested owners are set",
                Arrays.stream(LicenseType.values()).map(LicenseType::displayName).toList())
                .series("Before", "#9aa5b1", EstimateHtml.counts(before))
                .series("After", "#2f6fdb", EstimateHtml.counts(after));
        Html.Table table = new Html.Table("License type", "Before>", "After>", "Change>").compact();
        for (LicenseType type : LicenseType.values()) {
            table.row(type.displayName(), before.get(type), after.get(type),
                    Facts.signed(result.change().get(type)));
        }
        table.classedRow("total", "Total", before.sum(), after.sum(), Facts.signed(result.change().sum()));
        String intro = "Net change at --min-confidence " + result.minConfidence().id() + ": "
                + OwnersText.netChange(result.change()) + ". The after column classifies the cluster again with the "
                + "suggested owners set, by the same rules (R1-R14).";
        return new HtmlReport.Section("Licenses before and after", Html.p(Html.escape(intro)) + chart.render()
                + table.render());
    }

    private static HtmlReport.Section devices(OwnersResult result) {
        List<Suggestion> all = result.suggestions();
        if (all.isEmpty()) {
            return new HtmlReport.Section("Devices and suggested owners",
                    Html.p("None: every licensed device has an owner among the users."));
        }
        boolean several = result.before().clusters().size() > 1;
        List<String> head = new ArrayList<>();
        if (several) head.add("Cluster");
        head.addAll(List.of("Device", "Model", "License", "Owner now", "Suggested owner", "Confidence", "Evidence"));
        Html.Table table = new Html.Table(head.toArray(String[]::new));
        for (Suggestion s : all) {
            List<String> row = new ArrayList<>();
            if (several) row.add(Html.escape(s.cluster()));
            row.add(Html.escape(s.name()));
            row.add(Html.escape(s.device().model()));
            row.add(Html.escape(s.license().name()));
            row.add(Html.escape(s.currentOwner() == null ? "-" : s.currentOwner()));
            row.add(s.suggested() ? "<strong>" + Html.escape(s.suggestedOwner()) + "</strong>" : "-");
            row.add(Html.escape(OwnersText.confidence(s, result.minConfidence())));
            row.add(Html.list(OwnersText.evidence(s), "reasons"));
            table.rawRow(s.suggested() ? null : "none", row.toArray(String[]::new));
        }
        long suggested = all.stream().filter(Suggestion::suggested).count();
        String intro = all.size() + " licensed devices have no owner among the users and need a license of their own "
                + "(R14); the export suggests an owner for " + suggested + ", " + result.applied().size()
                + " of them at --min-confidence " + result.minConfidence().id() + " (the rows of --bat FILE).";
        return new HtmlReport.Section("Devices and suggested owners", Html.p(Html.escape(intro)) + table.render());
    }

    private static HtmlReport.Section users(OwnersResult result) {
        boolean several = result.before().clusters().size() > 1;
        StringBuilder html = new StringBuilder();
        List<UserChange> changed = result.userChanges().stream().filter(UserChange::licenseChanges).toList();
        if (changed.isEmpty()) {
            html.append(Html.p("No user's license changes."));
        } else {
            Html.Table table = several ? new Html.Table("Cluster", "User", "Before", "After", "Takes")
                    : new Html.Table("User", "Before", "After", "Takes");
            for (UserChange c : changed) {
                List<Object> row = new ArrayList<>();
                if (several) row.add(c.cluster());
                row.addAll(List.of(c.userId(), Facts.licenses(c.before()), Facts.licenses(c.after()),
                        String.join(", ", c.addedDevices())));
                table.row(row.toArray());
            }
            html.append(table.render());
        }
        List<UserChange> merged = result.userChanges().stream().filter(UserChange::consolidates).toList();
        html.append("<h3>Consolidation</h3>\n");
        if (merged.isEmpty()) {
            html.append(Html.p("None: no devices would share one higher license."));
        } else {
            int saved = merged.stream().mapToInt(c -> c.licensesBefore() - c.after().size()).sum();
            html.append(Html.p(Html.escape("Devices that would share one higher license: "
                    + Facts.plural(merged.size(), "user", "users") + ", " + Facts.plural(saved, "license", "licenses")
                    + " fewer.")));
            List<String> head = new ArrayList<>();
            if (several) head.add("Cluster");
            head.addAll(List.of("User", "Now", "After", "Licenses now>", "Licenses after>"));
            Html.Table table = new Html.Table(head.toArray(String[]::new));
            for (UserChange c : merged) {
                List<Object> row = new ArrayList<>();
                if (several) row.add(c.cluster());
                row.addAll(List.of(c.userId(), OwnersText.licensesNow(c), Facts.licenses(c.after()),
                        c.licensesBefore(), c.after().size()));
                table.row(row.toArray());
            }
            html.append(table.render());
        }
        return new HtmlReport.Section("Users whose license changes", html.toString());
    }

    private static HtmlReport.Section findings(List<Warning> findings) {
        if (findings.isEmpty()) return new HtmlReport.Section("Hygiene findings", Html.p("None."));
        Html.Table table = new Html.Table("Source", "Code", "Message");
        for (Warning w : findings) table.row(w.source(), w.code(), w.message());
        return new HtmlReport.Section("Hygiene findings",
                Html.p(Html.escape(findings.size() + ": " + Facts.warningCounts(findings) + ".")) + table.render());
    }
}
