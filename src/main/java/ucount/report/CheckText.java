package ucount.report;

import ucount.compliance.Allocation;
import ucount.compliance.CheckResult;
import ucount.compliance.ComplianceResult;
import ucount.compliance.ExportAge;
import ucount.compliance.FailedCondition;
import ucount.compliance.Grace;
import ucount.compliance.Status;
import ucount.model.LicenseType;
import ucount.model.Warning;
import ucount.rules.ClusterEstimate;
import ucount.rules.RuleSet;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code check --format text}: the status line first, then the table License | Required | Installed | Borrowed |
 * Lent | Available | Shortfall (with a column of requirement per cluster when there are several), what was
 * borrowed, the grace period, and the gate result with each failed condition.
 */
public final class CheckText {

    private CheckText() {
    }

    public static void write(CheckResult check, Writer out) throws IOException {
        ComplianceResult compliance = check.compliance();
        List<ClusterEstimate> clusters = check.estimate().clusters();
        RuleSet rules = check.estimate().options().ruleSet();
        StringBuilder sb = new StringBuilder();
        sb.append("Status: ").append(compliance.status()).append(", ").append(summary(compliance))
                .append(" (rules: ").append(rules.id()).append(", ")
                .append(clusters.size() == 1 ? Facts.loneCluster(clusters.get(0).name(), n -> n) + "; R33"
                        : "clusters " + clusters.stream().map(ClusterEstimate::name).collect(Collectors.joining(" + "))
                        + " totaled; R32, R33")
                .append(")\n\n");
        sb.append(table(compliance, clusters)).append('\n');
        sb.append("Borrowed (R30): ").append(compliance.loans().isEmpty() ? "none"
                : compliance.loans().stream().map(l -> l.count() + " " + l.to().displayName() + " from "
                + l.from().displayName()).collect(Collectors.joining(", "))).append('\n');
        if (compliance.status() == Status.NON_COMPLIANCE) {
            sb.append("Short: ").append(compliance.shortTypes().stream()
                    .map(a -> a.license().displayName() + " " + a.shortfall()).collect(Collectors.joining(", ")));
            if (compliance.of(LicenseType.TELEPRESENCE_ROOM).shortfall() > 0) {
                sb.append(" (TelePresence Room is covered by no other type, R31)");
            }
            sb.append('\n');
        }
        sb.append(grace(check, rules)).append('\n');
        for (String age : exportAges(check)) sb.append("Export age: ").append(age).append('\n');
        sb.append(warnings(check.estimate().warnings())).append('\n');
        if (check.passed()) {
            sb.append("Check: PASSED\n");
        } else {
            sb.append("Check: FAILED (exit 4)\n");
            for (FailedCondition f : check.failed()) {
                sb.append("  ").append(f.condition()).append(": ").append(f.message()).append('\n');
            }
        }
        out.write(sb.toString());
    }

    static String summary(ComplianceResult compliance) {
        if (compliance.status() == Status.NON_COMPLIANCE) {
            int n = compliance.shortfall();
            return n + (n == 1 ? " license short" : " licenses short");
        }
        int borrowed = compliance.borrowed();
        return "every requirement met" + (borrowed == 0 ? "" : ", " + borrowed + " by higher tiers");
    }

    private static String table(ComplianceResult compliance, List<ClusterEstimate> clusters) {
        boolean several = clusters.size() > 1;
        int extra = several ? clusters.size() : 0;
        TextTable table = new TextTable(true);
        Object[] head = new Object[7 + extra];
        head[0] = "License";
        for (int i = 0; i < extra; i++) head[1 + i] = clusters.get(i).name();
        String[] rest = {"Required", "Installed", "Borrowed", "Lent", "Available", "Shortfall"};
        System.arraycopy(rest, 0, head, 1 + extra, rest.length);
        table.row(head);
        for (Allocation a : compliance.types()) {
            Object[] row = new Object[head.length];
            row[0] = a.license().displayName();
            for (int i = 0; i < extra; i++) row[1 + i] = clusters.get(i).totals().get(a.license());
            Object[] values = {a.required(), a.installed(), a.borrowed(), a.lent(), a.available(), a.shortfall()};
            System.arraycopy(values, 0, row, 1 + extra, values.length);
            table.row(row);
        }
        return table.render("  ");
    }

    static String grace(CheckResult check, RuleSet rules) {
        String head = "Grace (" + Grace.rule(rules) + ", " + rules.id() + ": "
                + rules.graceDays() + " days): ";
        if (check.compliance().status() == Status.IN_COMPLIANCE) {
            return head + "not running, in compliance"
                    + (check.since() == null ? "" : " (--non-compliant-since " + check.since() + " does not apply)");
        }
        if (check.grace().isEmpty()) {
            return head + "counted from the day non-compliance began; --non-compliant-since DATE gives the days left";
        }
        Grace g = check.grace().get();
        String blocked = String.join("; ", Grace.BLOCKED);
        if (g.enforced()) {
            return head + "non-compliant since " + g.since() + ", grace ended " + g.enforcementDate()
                    + " (today " + g.today() + "): enforcement is in effect (R42): " + blocked;
        }
        return head + "non-compliant since " + g.since() + ", " + g.daysLeft() + (g.daysLeft() == 1 ? " day" : " days")
                + " left (today " + g.today() + "), enforcement from " + g.enforcementDate() + " (R42)\n"
                + "  then: " + blocked;
    }

    /** R33: what the STALE_EXPORT warnings say, which only a check gives ('ucount estimate --detail' has none). */
    static List<String> exportAges(CheckResult check) {
        return check.estimate().warnings().stream().filter(w -> w.code().equals(ExportAge.CODE))
                .map(Warning::message).toList();
    }

    private static String warnings(List<Warning> warnings) {
        if (warnings.isEmpty()) return "Warnings: 0";
        return WarningCounts.line(warnings) + listedBy(warnings, "'ucount estimate --detail'");
    }

    /**
     * Where the warnings a check shows only as counts are listed: by the estimate, all but R33's STALE_EXPORT, which
     * the check lists itself; "" when there are no others.
     */
    static String listedBy(List<Warning> warnings, String command) {
        long stale = warnings.stream().filter(w -> w.code().equals(ExportAge.CODE)).count();
        if (stale == warnings.size()) return "";
        return "; " + command + " lists " + (stale > 0 ? "the others" : "them");
    }
}
