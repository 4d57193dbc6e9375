package ucount.report;

import ucount.migration.ClusterDlu;
import ucount.migration.DeviceDlu;
import ucount.migration.DluRules;
import ucount.migration.DluUsage;
import ucount.migration.MigrationPlan;
import ucount.migration.ModelDlu;
import ucount.migration.UserFeatureDlu;
import ucount.migration.UserFeatures;
import ucount.model.Inventory;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code dlu --format md}: the DLUs per device model and user feature (R20-R23) of each cluster, the used, installed
 * and unused DLUs (R24) with what the unused ones convert to (R26), as tables for a ticket; {@code --detail} adds
 * every device, user and warning.
 */
public final class DluMarkdown {

    private DluMarkdown() {
    }

    public static void write(DluUsage usage, int dluPerEnhanced, boolean detail, Metadata metadata, Writer out)
            throws IOException {
        List<ClusterDlu> clusters = usage.clusters();
        boolean several = clusters.size() > 1;
        StringBuilder sb = new StringBuilder();
        sb.append("# Device License Units (pre-9.x)\n\n");
        // The lone cluster of a call that named none goes unnamed: the figures say it all.
        if (several || Inventory.isNamed(clusters.get(0).name())) {
            sb.append(several ? "Clusters " : "Cluster ")
                    .append(clusters.stream().map(c -> Markdown.bold(Markdown.text(c.name())))
                            .collect(Collectors.joining(", ")))
                    .append(": ");
        }
        sb.append(Markdown.bold(Facts.plural(usage.usedDlu(), "DLU", "DLUs") + " used"))
                .append(" (devices ").append(usage.deviceDlu()).append(" + user features ")
                .append(usage.userFeatureDlu()).append("; R20-R23).\n\n");
        for (ClusterDlu cluster : clusters) {
            sb.append(several ? "## Cluster " + Markdown.text(cluster.name()) : "## Devices and user features")
                    .append("\n\n");
            sb.append(models(cluster)).append('\n').append(features(cluster)).append('\n');
        }
        if (several) sb.append("## Total (R23)\n\n").append(clusterTotals(usage)).append('\n');
        sb.append("## Used, installed, unused\n\n").append(totals(usage, dluPerEnhanced)).append('\n');
        String assumed = DluText.assumedLine(usage.byModel()).strip();
        sb.append("- ").append(Markdown.text(assumed).replace("--catalog FILE", "`--catalog FILE`")).append('\n');
        sb.append("- ").append(Markdown.text(WarningCounts.line(usage.warnings())));
        if (!usage.warnings().isEmpty() && !detail) sb.append("; `--detail` lists them");
        sb.append("\n\n");
        if (detail) sb.append(detail(usage, several));
        sb.append(Markdown.footer(metadata));
        out.write(sb.toString());
    }

    private static String models(ClusterDlu cluster) {
        Markdown.Table table = new Markdown.Table("Model", "Devices>", "DLU each>", "DLUs>", "Confidence");
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
        table.rawRow(Markdown.bold("All devices"), Markdown.bold(String.valueOf(cluster.devices().size())), "",
                Markdown.bold(String.valueOf(cluster.deviceDlu())), "");
        return table.render();
    }

    private static String features(ClusterDlu cluster) {
        UserFeatures f = cluster.userFeatures();
        Markdown.Table table = new Markdown.Table("User feature (R22)", "Users>", "DLU each>", "DLUs>");
        table.row("Mobility (Enable Mobility or an RDP)", f.mobilityUsers(), DluRules.MOBILITY_USER_DLU,
                f.mobilityDlu());
        table.row("Cisco Unified Presence (IM and Presence)", f.presenceUsers(), DluRules.PRESENCE_USER_DLU,
                f.presenceDlu());
        table.rawRow(Markdown.bold("DLUs used (R23)"), "", "", Markdown.bold(String.valueOf(cluster.usedDlu())));
        return table.render();
    }

    private static String clusterTotals(DluUsage usage) {
        Markdown.Table table = new Markdown.Table("Cluster", "Devices>", "Device DLUs>", "User-feature DLUs>",
                "DLUs used>");
        for (ClusterDlu c : usage.clusters()) {
            table.row(c.name(), c.devices().size(), c.deviceDlu(), c.userFeatureDlu(), c.usedDlu());
        }
        table.rawRow(Markdown.bold("Total"), Markdown.bold(String.valueOf(usage.devices())),
                Markdown.bold(String.valueOf(usage.deviceDlu())), Markdown.bold(String.valueOf(usage.userFeatureDlu())),
                Markdown.bold(String.valueOf(usage.usedDlu())));
        return table.render();
    }

    private static String totals(DluUsage usage, int dluPerEnhanced) {
        Markdown.Table table = new Markdown.Table("DLUs", "Count>", "Note");
        table.row("Used (R23)", usage.usedDlu(),
                "devices " + usage.deviceDlu() + " + user features " + usage.userFeatureDlu());
        if (usage.installedDlu() == null) {
            table.rawRow("Installed", "-", "not given: `--installed-dlu N` shows the unused DLUs (R24)");
        } else {
            int unused = usage.unusedDlu();
            table.row("Installed", usage.installedDlu(), "");
            table.rawRow("Unused (R24)", unused > 0 ? Markdown.bold(String.valueOf(unused)) : String.valueOf(unused),
                    unused > 0 ? Markdown.text(MigrationPlan.extraEnhanced(unused, dluPerEnhanced)
                            + " extra Enhanced UCL at " + dluPerEnhanced + " DLUs each (R26)")
                            : unused == 0 ? "" : "more used than installed");
        }
        return table.render();
    }

    private static String detail(DluUsage usage, boolean several) {
        StringBuilder sb = new StringBuilder("## Devices\n\n");
        Markdown.Table devices = several ? new Markdown.Table("Cluster", "Device", "Model", "DLUs>", "Reason")
                : new Markdown.Table("Device", "Model", "DLUs>", "Reason");
        for (ClusterDlu cluster : usage.clusters()) {
            for (DeviceDlu d : cluster.devices()) {
                List<Object> row = new ArrayList<>();
                if (several) row.add(d.cluster());
                row.addAll(List.of(d.name(), d.model(), d.dlu(), d.reason()));
                devices.row(row.toArray());
            }
        }
        sb.append(devices.render()).append('\n');
        sb.append("## Users with licensed features\n\n");
        Markdown.Table users = several ? new Markdown.Table("Cluster", "User", "DLUs>", "Reasons")
                : new Markdown.Table("User", "DLUs>", "Reasons");
        for (ClusterDlu cluster : usage.clusters()) {
            for (UserFeatureDlu u : cluster.users()) {
                List<Object> row = new ArrayList<>();
                if (several) row.add(Markdown.text(u.cluster()));
                row.addAll(List.of(Markdown.text(u.userId()), u.dlu(), Markdown.lines(u.reasons())));
                users.rawRow(row.toArray());
            }
        }
        sb.append(users.isEmpty() ? "None.\n" : users.render()).append('\n');
        if (!usage.warnings().isEmpty()) {
            sb.append("## Warnings\n\n").append(EstimateMarkdown.warnings(usage.warnings())).append('\n');
        }
        return sb.toString();
    }
}
