package ucount.report;

import ucount.compliance.Allocation;
import ucount.compliance.CheckResult;
import ucount.compliance.ComplianceResult;
import ucount.compliance.Status;
import ucount.model.LicenseType;
import ucount.rules.ClusterEstimate;
import ucount.rules.RuleSet;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code check --format html}: the estimate's page with the compliance first: status, required against installed
 * as a chart and a table with borrowing (R30-R33), the grace period (R40-R42) and the gate result.
 */
public final class CheckHtml {

    private CheckHtml() {
    }

    public static void write(CheckResult check, Metadata metadata, Writer out) throws IOException {
        report(check).write(metadata, out);
    }

    public static HtmlReport report(CheckResult check) {
        ComplianceResult compliance = check.compliance();
        List<ClusterEstimate> clusters = check.estimate().clusters();
        String scope = clusters.size() == 1 ? Facts.loneCluster(clusters.get(0).name(), n -> n)
                : "clusters " + clusters.stream().map(ClusterEstimate::name).collect(Collectors.joining(" + "))
                + " totaled (R32)";
        HtmlReport report = new HtmlReport("License compliance",
                "CUCM 9.x+ user licensing, rules " + check.estimate().options().ruleSet().id() + ", " + scope);
        boolean ok = compliance.status() == Status.IN_COMPLIANCE;
        report.figure("Status", compliance.status(), ok ? "ok" : "bad")
                .figure("Short", compliance.shortfall(), ok ? null : "bad")
                .figure("Met by higher tiers", compliance.borrowed(), null)
                .figure("Check", check.passed() ? "PASSED" : "FAILED", check.passed() ? "ok" : "bad");
        EstimateHtml.figures(report, check.estimate());
        report.put(HtmlReport.Slot.COMPLIANCE, compliance(check));
        report.put(HtmlReport.Slot.LICENSES, EstimateHtml.licenses(check.estimate()));
        report.put(HtmlReport.Slot.USERS, EstimateHtml.users(check.estimate()));
        report.put(HtmlReport.Slot.UNASSIGNED_DEVICES, EstimateHtml.unassignedDevices(check.estimate(), Map.of()));
        report.put(HtmlReport.Slot.WARNINGS, EstimateHtml.warnings(check.estimate().warnings()));
        return report;
    }

    private static HtmlReport.Section compliance(CheckResult check) {
        ComplianceResult compliance = check.compliance();
        RuleSet rules = check.estimate().options().ruleSet();
        boolean ok = compliance.status() == Status.IN_COMPLIANCE;
        StringBuilder html = new StringBuilder();
        html.append("<p><span class=\"badge ").append(ok ? "ok" : "bad").append("\">")
                .append(compliance.status()).append("</span> ")
                .append(Html.escape(CheckText.summary(compliance) + " (R33)")).append("</p>\n");
        SvgBarChart chart = new SvgBarChart("Required and installed licenses by type",
                Arrays.stream(LicenseType.values()).map(LicenseType::displayName).toList())
                .series("Required", "#2f6fdb", compliance.types().stream().map(Allocation::required).toList())
                .series("Installed", "#9aa5b1", compliance.types().stream().map(Allocation::installed).toList());
        html.append(chart.render());
        List<ClusterEstimate> clusters = check.estimate().clusters();
        boolean several = clusters.size() > 1;
        List<String> head = new ArrayList<>(List.of("License"));
        if (several) clusters.forEach(c -> head.add(c.name() + ">"));
        head.addAll(List.of("Required>", "Installed>", "Borrowed>", "Lent>", "Available>", "Shortfall>"));
        Html.Table table = new Html.Table(head.toArray(String[]::new));
        for (Allocation a : compliance.types()) {
            List<Object> row = new ArrayList<>(List.of(a.license().displayName()));
            if (several) clusters.forEach(c -> row.add(c.totals().get(a.license())));
            row.addAll(List.of(a.required(), a.installed(), a.borrowed(), a.lent(), a.available(), a.shortfall()));
            table.classedRow(a.shortfall() > 0 ? "short" : null, row.toArray());
        }
        html.append(table.render());
        html.append(Html.p(Html.escape("Borrowed (R30, a tier's demand met by the nearest higher tier with spares): "
                + (compliance.loans().isEmpty() ? "none" : compliance.loans().stream()
                .map(l -> l.count() + " " + l.to().displayName() + " from " + l.from().displayName())
                .collect(Collectors.joining(", "))) + ".")));
        if (compliance.of(LicenseType.TELEPRESENCE_ROOM).shortfall() > 0) {
            html.append(Html.p("TelePresence Room is covered by no other type (R31)."));
        }
        html.append(Html.p(Html.escape(CheckText.grace(check, rules))));
        if (check.passed()) {
            html.append(Html.p("<strong>Check passed.</strong>"));
        } else {
            html.append(Html.p("<strong>Check failed (exit 4):</strong>"));
            html.append(Html.list(check.failed().stream().map(f -> f.condition() + ": " + f.message()).toList(),
                    "failed"));
        }
        return new HtmlReport.Section("Compliance", html.toString());
    }
}
