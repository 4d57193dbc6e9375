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
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code estimate --format html}: the licenses by type as a chart and a table (a bar and a column per cluster when
 * there are several), users by license and every user with the reasons, the unassigned devices, the warnings.
 */
public final class EstimateHtml {

    private EstimateHtml() {
    }

    public static void write(Estimate estimate, Metadata metadata, Writer out) throws IOException {
        report(estimate).write(metadata, out);
    }

    /**
     * With {@code migration} (given installed DLUs) the pre-9.x DLUs beside the 9.x licenses (R20-R26); with
     * {@code suggestions} (see {@link #unassignedDevices}) each unassigned device's suggested owner.
     */
    public static void write(Estimate estimate, MigrationPlan migration, Map<String, String> suggestions,
                             Metadata metadata, Writer out) throws IOException {
        HtmlReport report = report(estimate);
        if (migration != null) report.put(HtmlReport.Slot.DLU_COMPARISON, MigrationHtml.comparison(migration));
        if (!suggestions.isEmpty()) {
            report.put(HtmlReport.Slot.UNASSIGNED_DEVICES, unassignedDevices(estimate, suggestions));
        }
        report.write(metadata, out);
    }

    /** The page with this estimate's sections; callers may add more (compliance, DLU comparison). */
    public static HtmlReport report(Estimate estimate) {
        List<ClusterEstimate> clusters = estimate.clusters();
        String scope = clusters.size() == 1 ? Facts.loneCluster(clusters.get(0).name(), n -> n)
                : "clusters " + clusters.stream().map(ClusterEstimate::name).collect(Collectors.joining(", "));
        HtmlReport report = new HtmlReport("License requirement",
                "CUCM 9.x+ user licensing, rules " + estimate.options().ruleSet().id() + ", " + scope);
        figures(report, estimate);
        report.put(HtmlReport.Slot.LICENSES, licenses(estimate));
        report.put(HtmlReport.Slot.USERS, users(estimate));
        report.put(HtmlReport.Slot.UNASSIGNED_DEVICES, unassignedDevices(estimate, Map.of()));
        report.put(HtmlReport.Slot.WARNINGS, warnings(estimate.warnings()));
        return report;
    }

    static void figures(HtmlReport report, Estimate estimate) {
        List<UserLicense> users = estimate.users();
        report.figure("Licenses required", estimate.totals().sum(), null)
                .figure("Users", users.size() + " (" + (users.size() - Facts.unlicensedUsers(users)) + " licensed)",
                        null)
                .figure("Unassigned devices", estimate.unassignedDevices().size(),
                        estimate.unassignedDevices().isEmpty() ? null : "warn")
                .figure("Warnings", estimate.warnings().size(), estimate.warnings().isEmpty() ? null : "warn");
    }

    static HtmlReport.Section licenses(Estimate estimate) {
        List<ClusterEstimate> clusters = estimate.clusters();
        boolean several = clusters.size() > 1;
        SvgBarChart chart = new SvgBarChart("Licenses required by type" + (several ? ", per cluster" : ""),
                Arrays.stream(LicenseType.values()).map(LicenseType::displayName).toList());
        if (several) {
            for (ClusterEstimate c : clusters) chart.series(c.name(), counts(c.totals()));
        } else {
            chart.series("Required", counts(estimate.totals()));
        }
        List<String> head = new ArrayList<>(List.of("License type"));
        if (several) clusters.forEach(c -> head.add(c.name() + ">"));
        head.add(several ? "Total>" : "Required>");
        Html.Table table = new Html.Table(head.toArray(String[]::new)).compact();
        for (LicenseType type : LicenseType.values()) {
            List<Object> row = new ArrayList<>(List.of(type.displayName()));
            if (several) clusters.forEach(c -> row.add(c.totals().get(type)));
            row.add(estimate.totals().get(type));
            table.row(row.toArray());
        }
        List<Object> total = new ArrayList<>(List.of("Total"));
        if (several) clusters.forEach(c -> total.add(c.totals().sum()));
        total.add(estimate.totals().sum());
        table.classedRow("total", total.toArray());
        return new HtmlReport.Section("Licenses by type", chart.render() + table.render());
    }

    static List<Integer> counts(ucount.rules.Totals totals) {
        return Arrays.stream(LicenseType.values()).map(totals::get).toList();
    }

    static HtmlReport.Section users(Estimate estimate) {
        List<UserLicense> users = estimate.users();
        boolean several = estimate.clusters().size() > 1;
        StringBuilder html = new StringBuilder();
        html.append(Html.p(Html.escape(Facts.plural(users.size(), "user", "users") + ": " + Facts.needs(users)
                + " (R8). By owned devices: "
                + EstimateText.deviceBuckets(users) + ".")));
        Html.Table byTier = new Html.Table("User license (highest)", "Users>").compact();
        Facts.usersByLicense(users).forEach((type, n) -> byTier.row(type.displayName(), n));
        byTier.row("None", Facts.unlicensedUsers(users));
        html.append("<h3>Users by license</h3>\n").append(byTier.render());
        html.append("<h3>Every user</h3>\n");
        Html.Table table = several ? new Html.Table("Cluster", "User", "Licenses", "Devices", "Reasons")
                : new Html.Table("User", "Licenses", "Devices", "Reasons");
        for (UserLicense u : users) {
            List<String> row = new ArrayList<>();
            if (several) row.add(Html.escape(u.cluster()));
            row.add(Html.escape(u.userId()));
            row.add(Html.escape(Facts.licenses(u.licenses())));
            row.add(Html.escape(String.join(", ", u.devices())));
            row.add(Html.list(u.reasons(), "reasons"));
            table.rawRow(u.licenses().isEmpty() ? "none" : null, row.toArray(String[]::new));
        }
        html.append(table.render());
        return new HtmlReport.Section("Users", html.toString());
    }

    /**
     * The licensed devices no known user owns (R14); with a "Suggested owner" column when {@code suggestions} has
     * any, keyed by {@code cluster + "/" + device name}.
     */
    public static HtmlReport.Section unassignedDevices(Estimate estimate, Map<String, String> suggestions) {
        List<DeviceLicense> devices = estimate.unassignedDevices();
        if (devices.isEmpty()) {
            return new HtmlReport.Section("Unassigned devices", Html.p("None: every licensed device has an owner."));
        }
        boolean several = estimate.clusters().size() > 1;
        boolean suggested = !suggestions.isEmpty();
        List<String> head = new ArrayList<>();
        if (several) head.add("Cluster");
        head.addAll(List.of("Device", "Model", "License", "Owner named"));
        if (suggested) head.add("Suggested owner");
        head.add("Reasons");
        Html.Table table = new Html.Table(head.toArray(String[]::new));
        for (DeviceLicense d : devices) {
            List<String> row = new ArrayList<>();
            if (several) row.add(Html.escape(d.cluster()));
            row.add(Html.escape(d.name()));
            row.add(Html.escape(d.model()));
            row.add(Html.escape(d.license().name()));
            row.add(Html.escape(d.owner()));
            if (suggested) row.add(Html.escape(suggestions.getOrDefault(d.cluster() + "/" + d.name(), "")));
            row.add(Html.list(d.reasons(), "reasons"));
            table.rawRow(null, row.toArray(String[]::new));
        }
        String intro = devices.size() + " licensed devices have no owner among the users; each needs a license of "
                + "its own tier (R14). Setting the owner moves the device under its user's license."
                + (suggested ? " The suggested owners are the export's evidence as ucount owners weighs it; "
                + "ucount owners --bat FILE writes the Bulk Administration file that sets them." : "");
        return new HtmlReport.Section("Unassigned devices", Html.p(Html.escape(intro)) + table.render());
    }

    static HtmlReport.Section warnings(List<Warning> warnings) {
        if (warnings.isEmpty()) return new HtmlReport.Section("Warnings", Html.p("None."));
        Html.Table table = new Html.Table("Source", "Code", "Message");
        for (Warning w : warnings) table.row(w.source(), w.code(), w.message());
        return new HtmlReport.Section("Warnings",
                Html.p(Html.escape(warnings.size() + ": " + Facts.warningCounts(warnings) + "."))
                        + table.render());
    }
}
