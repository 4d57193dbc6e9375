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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code estimate --format md}: the totals table (a column per cluster when there are several) and the summary, to
 * paste into a ticket; {@code --detail} adds every user, unassigned device and warning as tables.
 */
public final class EstimateMarkdown {

    private EstimateMarkdown() {
    }

    public static void write(Estimate estimate, boolean detail, Metadata metadata, Writer out) throws IOException {
        write(estimate, null, Map.of(), detail, metadata, out);
    }

    /**
     * With {@code migration} (given installed DLUs) the pre-9.x DLUs beside the 9.x licenses (R20-R26); with
     * {@code suggestions} (keyed by {@code cluster + "/" + device name}) a "Suggested owner" column in the detail's
     * unassigned devices.
     */
    public static void write(Estimate estimate, MigrationPlan migration, Map<String, String> suggestions,
                             boolean detail, Metadata metadata, Writer out) throws IOException {
        List<ClusterEstimate> clusters = estimate.clusters();
        boolean several = clusters.size() > 1;
        StringBuilder sb = new StringBuilder();
        sb.append("# License requirement\n\n");
        sb.append("Rules ").append(Markdown.bold(Markdown.text(estimate.options().ruleSet().id()))).append(", ")
                .append(several ? "clusters " + clusters.stream().map(c -> Markdown.bold(Markdown.text(c.name())))
                        .collect(Collectors.joining(", "))
                        : Facts.loneCluster(clusters.get(0).name(), n -> Markdown.bold(Markdown.text(n))))
                .append(": ").append(Markdown.bold(Facts.plural(estimate.totals().sum(), "license", "licenses")))
                .append(".\n\n");
        sb.append(totals(estimate)).append('\n');
        sb.append(summary(estimate, detail)).append('\n');
        if (migration != null) {
            sb.append("## Pre-9.x and 9.x side by side (R20-R26)\n\n").append(MigrationMarkdown.sideBySide(migration))
                    .append('\n');
        }
        if (detail) sb.append(detail(estimate, suggestions, several));
        sb.append(Markdown.footer(metadata));
        out.write(sb.toString());
    }

    static String totals(Estimate estimate) {
        List<ClusterEstimate> clusters = estimate.clusters();
        boolean several = clusters.size() > 1;
        List<String> head = new ArrayList<>(List.of("License type"));
        if (several) clusters.forEach(c -> head.add(c.name() + ">"));
        head.add(several ? "Total>" : "Required>");
        Markdown.Table table = new Markdown.Table(head.toArray(String[]::new));
        for (LicenseType type : LicenseType.values()) {
            List<Object> row = new ArrayList<>(List.of(type.displayName()));
            if (several) clusters.forEach(c -> row.add(c.totals().get(type)));
            row.add(estimate.totals().get(type));
            table.row(row.toArray());
        }
        List<Object> total = new ArrayList<>(List.of(Markdown.bold("Total")));
        if (several) clusters.forEach(c -> total.add(Markdown.bold(String.valueOf(c.totals().sum()))));
        total.add(Markdown.bold(String.valueOf(estimate.totals().sum())));
        table.rawRow(total.toArray());
        return table.render();
    }

    static String summary(Estimate estimate, boolean detail) {
        List<UserLicense> users = estimate.users();
        List<Warning> warnings = estimate.warnings();
        return "- Users: " + users.size() + " (" + Facts.needs(users) + "); by owned devices: "
                + EstimateText.deviceBuckets(users) + "\n"
                + "- Unassigned devices: " + estimate.unassignedDevices().size() + " (device-only licenses, R14)\n"
                + "- Warnings: " + warnings.size()
                + (warnings.isEmpty() ? "" : " (" + Markdown.text(Facts.warningCounts(warnings)) + ")"
                + (detail ? "" : "; `--detail` lists them"))
                + "\n";
    }

    private static String detail(Estimate estimate, Map<String, String> suggestions, boolean several) {
        StringBuilder sb = new StringBuilder();
        sb.append("## Users\n\n");
        Markdown.Table users = several ? new Markdown.Table("Cluster", "User", "Licenses", "Devices", "Reasons")
                : new Markdown.Table("User", "Licenses", "Devices", "Reasons");
        for (UserLicense u : estimate.users()) {
            List<Object> row = new ArrayList<>();
            if (several) row.add(Markdown.text(u.cluster()));
            row.add(Markdown.text(u.userId()));
            row.add(Markdown.text(Facts.licenses(u.licenses())));
            row.add(Markdown.text(String.join(", ", u.devices())));
            row.add(Markdown.lines(u.reasons()));
            users.rawRow(row.toArray());
        }
        sb.append(users.render()).append('\n');
        sb.append("## Unassigned devices\n\n");
        if (estimate.unassignedDevices().isEmpty()) {
            sb.append("None.\n\n");
        } else {
            boolean suggested = !suggestions.isEmpty();
            List<String> head = new ArrayList<>();
            if (several) head.add("Cluster");
            head.addAll(List.of("Device", "Model", "License"));
            if (suggested) head.add("Suggested owner");
            head.add("Reasons");
            Markdown.Table devices = new Markdown.Table(head.toArray(String[]::new));
            for (DeviceLicense d : estimate.unassignedDevices()) {
                List<Object> row = new ArrayList<>();
                if (several) row.add(Markdown.text(d.cluster()));
                row.add(Markdown.text(d.name()));
                row.add(Markdown.text(d.model()));
                row.add(Markdown.text(d.license().name()));
                if (suggested) row.add(Markdown.text(suggestions.getOrDefault(d.cluster() + "/" + d.name(), "")));
                row.add(Markdown.lines(d.reasons()));
                devices.rawRow(row.toArray());
            }
            sb.append(devices.render()).append('\n');
        }
        if (!estimate.warnings().isEmpty()) {
            sb.append("## Warnings\n\n").append(warnings(estimate.warnings())).append('\n');
        }
        return sb.toString();
    }

    static String warnings(List<Warning> warnings) {
        Markdown.Table table = new Markdown.Table("Source", "Code", "Message");
        for (Warning w : warnings) table.row(w.source(), w.code(), w.message());
        return table.render();
    }
}
