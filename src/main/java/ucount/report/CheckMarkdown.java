package ucount.report;

import ucount.compliance.Allocation;
import ucount.compliance.CheckResult;
import ucount.compliance.ComplianceResult;
import ucount.compliance.FailedCondition;
import ucount.compliance.Status;
import ucount.model.LicenseType;
import ucount.rules.ClusterEstimate;
import ucount.rules.RuleSet;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** {@code check --format md}: the status, the compliance table, borrowing, grace and the gate, for a ticket. */
public final class CheckMarkdown {

    private CheckMarkdown() {
    }

    public static void write(CheckResult check, Metadata metadata, Writer out) throws IOException {
        ComplianceResult compliance = check.compliance();
        List<ClusterEstimate> clusters = check.estimate().clusters();
        RuleSet rules = check.estimate().options().ruleSet();
        StringBuilder sb = new StringBuilder();
        sb.append("# License compliance: ").append(compliance.status()).append("\n\n");
        sb.append(Markdown.bold(compliance.status().name())).append(", ")
                .append(Markdown.text(CheckText.summary(compliance))).append(" (rules ").append(rules.id())
                .append(", ").append(clusters.size() == 1 ? Facts.loneCluster(clusters.get(0).name(), Markdown::text)
                        : "clusters " + Markdown.text(clusters.stream().map(ClusterEstimate::name)
                        .collect(Collectors.joining(" + "))))
                .append(clusters.size() == 1 ? "; R33" : " totaled; R32, R33").append(").\n\n");
        sb.append(table(compliance, clusters)).append('\n');
        sb.append("- Borrowed (R30): ").append(compliance.loans().isEmpty() ? "none"
                : Markdown.text(compliance.loans().stream().map(l -> l.count() + " " + l.to().displayName()
                + " from " + l.from().displayName()).collect(Collectors.joining(", ")))).append('\n');
        if (compliance.status() == Status.NON_COMPLIANCE) {
            sb.append("- Short: ").append(Markdown.text(compliance.shortTypes().stream()
                    .map(a -> a.license().displayName() + " " + a.shortfall()).collect(Collectors.joining(", "))));
            if (compliance.of(LicenseType.TELEPRESENCE_ROOM).shortfall() > 0) {
                sb.append(" (TelePresence Room is covered by no other type, R31)");
            }
            sb.append('\n');
        }
        sb.append("- ").append(Markdown.text(CheckText.grace(check, rules))).append('\n');
        for (String age : CheckText.exportAges(check)) {
            sb.append("- Export age: ").append(Markdown.text(age)).append('\n');
        }
        var warnings = check.estimate().warnings();
        sb.append("- Warnings: ").append(warnings.size()).append(warnings.isEmpty() ? ""
                : " (" + Markdown.text(Facts.warningCounts(warnings)) + ")"
                + CheckText.listedBy(warnings, "`ucount estimate --detail`"))
                .append("\n\n");
        if (check.passed()) {
            sb.append(Markdown.bold("Check: PASSED")).append("\n\n");
        } else {
            sb.append(Markdown.bold("Check: FAILED (exit 4)")).append("\n\n");
            for (FailedCondition f : check.failed()) {
                sb.append("- `").append(f.condition().replace("`", "")).append("`: ")
                        .append(Markdown.text(f.message())).append('\n');
            }
            sb.append('\n');
        }
        sb.append(Markdown.footer(metadata));
        out.write(sb.toString());
    }

    private static String table(ComplianceResult compliance, List<ClusterEstimate> clusters) {
        boolean several = clusters.size() > 1;
        List<String> head = new ArrayList<>(List.of("License"));
        if (several) clusters.forEach(c -> head.add(c.name() + ">"));
        head.addAll(List.of("Required>", "Installed>", "Borrowed>", "Lent>", "Available>", "Shortfall>"));
        Markdown.Table table = new Markdown.Table(head.toArray(String[]::new));
        for (Allocation a : compliance.types()) {
            List<Object> row = new ArrayList<>(List.of(Markdown.text(a.license().displayName())));
            if (several) clusters.forEach(c -> row.add(c.totals().get(a.license())));
            row.addAll(List.of(a.required(), a.installed(), a.borrowed(), a.lent(), a.available(),
                    a.shortfall() > 0 ? Markdown.bold(String.valueOf(a.shortfall())) : "0"));
            table.rawRow(row.toArray());
        }
        return table.render();
    }
}
