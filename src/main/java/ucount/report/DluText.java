package ucount.report;

import ucount.migration.ClusterDlu;
import ucount.migration.DeviceDlu;
import ucount.migration.DluRules;
import ucount.migration.DluUsage;
import ucount.migration.MigrationPlan;
import ucount.migration.ModelDlu;
import ucount.migration.UserFeatureDlu;
import ucount.migration.UserFeatures;
import ucount.model.Warning;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * {@code dlu --format text}: per cluster, a table of device models and user features with their DLUs (R20-R23),
 * then the used, installed and unused DLUs (R24) and what the unused ones convert to (R26). Costs the catalog only
 * assumes are marked, so nobody mistakes them for Cisco's numbers. {@code --detail} adds every device and user.
 */
public final class DluText {

    private DluText() {
    }

    public static void write(DluUsage usage, int dluPerEnhanced, boolean detail, Writer out) throws IOException {
        List<ClusterDlu> clusters = usage.clusters();
        boolean several = clusters.size() > 1;
        StringBuilder sb = new StringBuilder();
        sb.append("Device License Units, pre-9.x (R20-R24, ")
                .append(several ? clusters.size() + " clusters" : Facts.loneCluster(clusters.get(0).name(), n -> n))
                .append(")\n");
        for (ClusterDlu cluster : clusters) {
            if (several) sb.append("\nCluster ").append(cluster.name()).append('\n');
            sb.append('\n').append(table(cluster));
            if (several) {
                sb.append("\n  DLUs used (R23)  ").append(cluster.usedDlu()).append('\n');
            }
        }
        sb.append('\n').append(totals(usage, dluPerEnhanced));
        sb.append('\n').append(assumedLine(usage.byModel()));
        sb.append(WarningCounts.line(usage.warnings()));
        if (!usage.warnings().isEmpty() && !detail) sb.append("; --detail lists them");
        sb.append('\n');
        if (detail) appendDetail(sb, usage, several);
        out.write(sb.toString());
    }

    private static String table(ClusterDlu cluster) {
        TextTable table = new TextTable(true).textColumns(4);
        table.row("Model", "Devices", "DLU each", "DLUs", "Confidence");
        for (ModelDlu m : cluster.byModel()) {
            int full = m.devices() - m.adjunct();
            if (full > 0) {
                table.row(m.model(), full, m.dluEach(), full * m.dluEach(),
                        m.confidence() + (m.unknownModel() ? " (unknown model)" : ""));
            }
            if (m.adjunct() > 0) {
                table.row(m.model() + ", adjunct", m.adjunct(), DluRules.ADJUNCT_DLU,
                        m.adjunct() * DluRules.ADJUNCT_DLU, "R21");
            }
        }
        table.row("All devices", cluster.devices().size(), "", cluster.deviceDlu(), "");
        table.row("", "", "", "", "");
        UserFeatures f = cluster.userFeatures();
        table.row("User feature (R22)", "Users", "DLU each", "DLUs", "");
        table.row("Mobility (Enable Mobility or an RDP)", f.mobilityUsers(), DluRules.MOBILITY_USER_DLU,
                f.mobilityDlu(), "");
        table.row("Cisco Unified Presence (IM and Presence)", f.presenceUsers(), DluRules.PRESENCE_USER_DLU,
                f.presenceDlu(), "");
        return table.render("  ");
    }

    private static String totals(DluUsage usage, int dluPerEnhanced) {
        StringBuilder sb = new StringBuilder();
        if (usage.clusters().size() > 1) {
            TextTable table = new TextTable(true);
            table.row("Cluster", "Devices", "Device DLUs", "User-feature DLUs", "DLUs used");
            for (ClusterDlu c : usage.clusters()) {
                table.row(c.name(), c.devices().size(), c.deviceDlu(), c.userFeatureDlu(), c.usedDlu());
            }
            table.row("Total", usage.devices(), usage.deviceDlu(), usage.userFeatureDlu(), usage.usedDlu());
            sb.append("Total (R23)\n").append(table.render("  ")).append('\n');
        }
        TextTable table = new TextTable(true).textColumns(2);
        table.row("DLUs used (R23)", usage.usedDlu(),
                "devices " + usage.deviceDlu() + " + user features " + usage.userFeatureDlu());
        if (usage.installedDlu() == null) {
            table.row("DLUs installed", "-", "not given: --installed-dlu N shows the unused DLUs (R24)");
        } else {
            int unused = usage.unusedDlu();
            table.row("DLUs installed", usage.installedDlu(), "");
            table.row("DLUs unused (R24)", unused, unused > 0
                    ? "-> " + MigrationPlan.extraEnhanced(unused, dluPerEnhanced) + " Enhanced UCL at "
                    + dluPerEnhanced + " DLUs each (R26)"
                    : unused == 0 ? "" : "more used than installed");
        }
        return sb.append(table.render("  ")).toString();
    }

    static String assumedLine(List<ModelDlu> models) {
        List<ModelDlu> assumed = models.stream().filter(m -> m.assumed() && m.devices() > m.adjunct()).toList();
        if (assumed.isEmpty()) return "Assumed DLU costs: none\n";
        int devices = assumed.stream().mapToInt(m -> m.devices() - m.adjunct()).sum();
        int dlu = assumed.stream().mapToInt(m -> (m.devices() - m.adjunct()) * m.dluEach()).sum();
        return "Assumed DLU costs: " + Facts.plural(devices, "device", "devices") + " of "
                + Facts.plural(assumed.size(), "model", "models") + ", " + Facts.plural(dlu, "DLU", "DLUs")
                + " (not in Cisco's table; --catalog FILE sets your own)\n";
    }

    private static void appendDetail(StringBuilder sb, DluUsage usage, boolean withCluster) {
        sb.append("\nDevices\n");
        for (ClusterDlu cluster : usage.clusters()) {
            for (DeviceDlu d : cluster.devices()) {
                sb.append("  ").append(withCluster ? d.cluster() + "/" : "").append(d.name()).append(" (")
                        .append(d.model()).append("): ").append(d.dlu()).append('\n')
                        .append("      ").append(d.reason()).append('\n');
            }
        }
        sb.append("\nUsers with licensed features\n");
        if (usage.clusters().stream().allMatch(c -> c.users().isEmpty())) sb.append("  (none)\n");
        for (ClusterDlu cluster : usage.clusters()) {
            for (UserFeatureDlu u : cluster.users()) {
                sb.append("  ").append(withCluster ? u.cluster() + "/" : "").append(u.userId()).append(": ")
                        .append(u.dlu()).append('\n');
                for (String reason : u.reasons()) sb.append("      ").append(reason).append('\n');
            }
        }
        if (!usage.warnings().isEmpty()) {
            sb.append("\nWarnings\n");
            for (Warning w : usage.warnings()) {
                sb.append("  ").append(w.source()).append(": ").append(w.code()).append(": ").append(w.message())
                        .append('\n');
            }
        }
    }
}
