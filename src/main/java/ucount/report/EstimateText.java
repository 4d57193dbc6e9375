package ucount.report;

import ucount.migration.MigrationPlan;
import ucount.model.LicenseType;
import ucount.model.Warning;
import ucount.rules.ClusterEstimate;
import ucount.rules.DeviceLicense;
import ucount.rules.Estimate;
import ucount.rules.UserLicense;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code estimate --format text}: a summary a person reads in ten seconds; {@code --detail} adds a block per user
 * and per unassigned device with the reasons, and the warnings one per line.
 */
public final class EstimateText {

    private EstimateText() {
    }

    public static void write(Estimate estimate, boolean detail, Writer out) throws IOException {
        write(estimate, null, detail, out);
    }

    /** With {@code migration} (given installed DLUs), the pre-9.x DLU view beside the 9.x one (R20-R26). */
    public static void write(Estimate estimate, MigrationPlan migration, boolean detail, Writer out)
            throws IOException {
        List<ClusterEstimate> clusters = estimate.clusters();
        StringBuilder sb = new StringBuilder();
        sb.append("License requirement (rules: ").append(estimate.options().ruleSet().id()).append(", ")
                .append(clusters.size() == 1 ? Facts.loneCluster(clusters.get(0).name(), n -> n)
                        : clusters.size() + " clusters")
                .append(")\n\n");
        sb.append(totalsTable(estimate)).append('\n');
        if (migration != null) {
            sb.append("Pre-9.x and 9.x side by side (R20-R26)\n").append(MigrationText.sideBySide(migration))
                    .append('\n');
        }

        List<UserLicense> users = estimate.users();
        sb.append("Users: ").append(users.size()).append(" (").append(Facts.needs(users)).append(")\n");
        sb.append("  by owned devices: ").append(deviceBuckets(users)).append('\n');
        sb.append("Unassigned devices: ").append(estimate.unassignedDevices().size())
                .append(" (device-only licenses, R14)\n");
        List<Warning> warnings = estimate.warnings();
        sb.append(WarningCounts.line(warnings));
        if (!warnings.isEmpty() && !detail) sb.append("; --detail lists them");
        sb.append('\n');
        if (detail) appendDetail(sb, estimate, clusters.size() > 1);
        out.write(sb.toString());
    }

    private static String totalsTable(Estimate estimate) {
        List<ClusterEstimate> clusters = estimate.clusters();
        boolean several = clusters.size() > 1;
        TextTable table = new TextTable(true);
        Object[] head = new Object[several ? clusters.size() + 2 : 2];
        head[0] = "License type";
        for (int i = 0; several && i < clusters.size(); i++) head[i + 1] = clusters.get(i).name();
        head[head.length - 1] = several ? "Total" : "Required";
        table.row(head);
        for (LicenseType type : LicenseType.values()) {
            Object[] row = new Object[head.length];
            row[0] = type.displayName();
            for (int i = 0; several && i < clusters.size(); i++) row[i + 1] = clusters.get(i).totals().get(type);
            row[row.length - 1] = estimate.totals().get(type);
            table.row(row);
        }
        Object[] total = new Object[head.length];
        total[0] = "Total";
        for (int i = 0; several && i < clusters.size(); i++) total[i + 1] = clusters.get(i).totals().sum();
        total[total.length - 1] = estimate.totals().sum();
        table.row(total);
        return table.render("  ");
    }

    static String deviceBuckets(List<UserLicense> users) {
        long[] counts = new long[5];
        for (UserLicense u : users) {
            int n = u.devices().size();
            counts[n == 0 ? 0 : n == 1 ? 1 : n == 2 ? 2 : n <= 10 ? 3 : 4]++;
        }
        return "none " + counts[0] + ", one " + counts[1] + ", two " + counts[2] + ", 3-10 " + counts[3]
                + ", more than 10 " + counts[4];
    }

    private static void appendDetail(StringBuilder sb, Estimate estimate, boolean withCluster) {
        sb.append("\nUsers\n");
        for (UserLicense u : estimate.users()) {
            String licenses = u.licenses().isEmpty() ? "NONE"
                    : u.licenses().stream().map(LicenseType::name).collect(Collectors.joining(" + "));
            sb.append("  ").append(withCluster ? u.cluster() + "/" : "").append(u.userId()).append(": ")
                    .append(licenses);
            if (!u.devices().isEmpty()) sb.append("  [").append(String.join(", ", u.devices())).append(']');
            sb.append('\n');
            for (String reason : u.reasons()) sb.append("      ").append(reason).append('\n');
        }
        sb.append("\nUnassigned devices\n");
        if (estimate.unassignedDevices().isEmpty()) sb.append("  (none)\n");
        for (DeviceLicense d : estimate.unassignedDevices()) {
            sb.append("  ").append(withCluster ? d.cluster() + "/" : "").append(d.name()).append(" (")
                    .append(d.model()).append("): ").append(d.license()).append('\n');
            for (String reason : d.reasons()) sb.append("      ").append(reason).append('\n');
        }
        if (!estimate.warnings().isEmpty()) {
            sb.append("\nWarnings\n");
            for (Warning w : estimate.warnings()) {
                sb.append("  ").append(w.source()).append(": ").append(w.code()).append(": ").append(w.message())
                        .append('\n');
            }
        }
    }
}
