package ucount.report;

import ucount.diff.EstimateDiff;
import ucount.diff.EstimateDiff.ClusterChange;
import ucount.diff.EstimateDiff.DeviceChange;
import ucount.diff.EstimateDiff.Kind;
import ucount.diff.EstimateDiff.UserChange;
import ucount.model.LicenseType;
import ucount.rules.Totals;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code diff --format text}: the totals table Old | New | Change, the clusters that changed, then the users and
 * unassigned devices added ({@code +}), removed ({@code -}) or licensed differently ({@code ~}) with the reasons.
 */
public final class DiffText {

    private DiffText() {
    }

    public static void write(EstimateDiff diff, Writer out) throws IOException {
        StringBuilder sb = new StringBuilder();
        sb.append("License changes: ").append(diff.before().file()).append(" -> ").append(diff.after().file())
                .append(" (rules: ").append(rules(diff)).append(")\n\n");
        String mixed = anonymizedOnOneSide(diff);
        if (mixed != null) sb.append(mixed).append("\n\n");
        sb.append(totals(diff.before().totals(), diff.after().totals(), diff.change())).append('\n');
        List<String> clusterLines = clusters(diff);
        if (!clusterLines.isEmpty()) {
            sb.append("Clusters\n");
            clusterLines.forEach(l -> sb.append("  ").append(l).append('\n'));
            sb.append('\n');
        }
        sb.append("Users: ").append(userCounts(diff)).append('\n');
        for (UserChange u : diff.users()) {
            sb.append("  ").append(marker(u.kind())).append(' ').append(name(diff, u.cluster(), u.userId()))
                    .append(": ").append(userLicenses(u)).append('\n');
            if (u.kind() != Kind.REMOVED) u.reasons().forEach(r -> sb.append("      ").append(r).append('\n'));
        }
        sb.append("Unassigned devices: ").append(deviceCounts(diff)).append('\n');
        for (DeviceChange d : diff.devices()) {
            sb.append("  ").append(marker(d.kind())).append(' ').append(name(diff, d.cluster(), d.name()))
                    .append(" (").append(d.model()).append("): ").append(deviceLicense(d)).append('\n');
        }
        List<LicenseType> grown = diff.increased();
        sb.append(grown.isEmpty() ? "No license type grew.\n" : "Grew: " + grownText(diff) + "\n");
        out.write(sb.toString());
    }

    /**
     * A note when one side was written with --anonymize and the other not: the totals compare, but no user or device
     * name can match across them. Null otherwise.
     */
    static String anonymizedOnOneSide(EstimateDiff diff) {
        if (diff.before().anonymized() == diff.after().anonymized()) return null;
        String anonymized = diff.before().anonymized() ? diff.before().file() : diff.after().file();
        return "Note: " + anonymized + " is anonymized (--anonymize) and the other is not, so no user or device "
                + "matches across them: every one shows as removed and added. The totals compare; for the names, "
                + "diff two runs that are both real, or both anonymized with the same --salt.";
    }

    static String rules(EstimateDiff diff) {
        String before = diff.before().ruleSet();
        String after = diff.after().ruleSet();
        return before.equals(after) ? after : before + " -> " + after + ", so the rules differ as well as the exports";
    }

    static String totals(Totals before, Totals after, Totals change) {
        TextTable table = new TextTable(true);
        table.row("License type", "Old", "New", "Change");
        for (LicenseType type : LicenseType.values()) {
            table.row(type.displayName(), before.get(type), after.get(type), Facts.signed(change.get(type)));
        }
        table.row("Total", before.sum(), after.sum(), Facts.signed(change.sum()));
        return table.render("  ");
    }

    /** One line per cluster that changed, was added or was removed. */
    static List<String> clusters(EstimateDiff diff) {
        List<String> lines = new ArrayList<>();
        if (!diff.severalClusters()) return lines;
        for (ClusterChange c : diff.clusters()) {
            if (!c.inBefore()) {
                lines.add(c.name() + ": added, " + Facts.plural(c.after().sum(), "license", "licenses"));
            } else if (!c.inAfter()) {
                lines.add(c.name() + ": removed, " + Facts.plural(c.before().sum(), "license", "licenses"));
            } else {
                List<String> parts = new ArrayList<>();
                for (LicenseType type : LicenseType.values()) {
                    int n = c.change().get(type);
                    if (n != 0) parts.add(type.displayName() + " " + Facts.signed(n));
                }
                lines.add(c.name() + ": " + (parts.isEmpty() ? "unchanged" : String.join(", ", parts)));
            }
        }
        return lines;
    }

    static String userCounts(EstimateDiff diff) {
        return diff.users(Kind.ADDED).size() + " added, " + diff.users(Kind.REMOVED).size() + " removed, "
                + diff.users(Kind.CHANGED).size() + " with other licenses";
    }

    static String deviceCounts(EstimateDiff diff) {
        return diff.devices(Kind.ADDED).size() + " added, " + diff.devices(Kind.REMOVED).size() + " removed, "
                + diff.devices(Kind.CHANGED).size() + " with another license";
    }

    static String userLicenses(UserChange u) {
        return switch (u.kind()) {
            case ADDED -> Facts.licenses(u.after());
            case REMOVED -> "was " + Facts.licenses(u.before());
            case CHANGED -> Facts.licenses(u.before()) + " -> " + Facts.licenses(u.after());
        };
    }

    static String deviceLicense(DeviceChange d) {
        return switch (d.kind()) {
            case ADDED -> d.after().name();
            case REMOVED -> "was " + d.before().name();
            case CHANGED -> d.before().name() + " -> " + d.after().name();
        };
    }

    public static String grownText(EstimateDiff diff) {
        List<String> parts = new ArrayList<>();
        for (LicenseType type : diff.increased()) {
            parts.add(type.name() + " " + Facts.signed(diff.change().get(type)) + " (" + diff.before().totals().get(type)
                    + " -> " + diff.after().totals().get(type) + ")");
        }
        return String.join(", ", parts);
    }

    static String name(EstimateDiff diff, String cluster, String id) {
        return diff.severalClusters() ? cluster + "/" + id : id;
    }

    static String marker(Kind kind) {
        return switch (kind) {
            case ADDED -> "+";
            case REMOVED -> "-";
            case CHANGED -> "~";
        };
    }
}
