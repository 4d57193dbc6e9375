package ucount.report;

import ucount.diff.EstimateDiff;
import ucount.diff.EstimateDiff.DeviceChange;
import ucount.diff.EstimateDiff.UserChange;
import ucount.model.LicenseType;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** {@code diff --format md}: the change in totals and what caused it, for a change ticket. */
public final class DiffMarkdown {

    private DiffMarkdown() {
    }

    public static void write(EstimateDiff diff, Metadata metadata, Writer out) throws IOException {
        StringBuilder sb = new StringBuilder();
        sb.append("# License changes\n\n");
        sb.append(Markdown.text(diff.before().file())).append(" -> ").append(Markdown.text(diff.after().file()))
                .append(" (rules ").append(Markdown.text(DiffText.rules(diff))).append(").\n\n");
        String mixed = DiffText.anonymizedOnOneSide(diff);
        if (mixed != null) sb.append(Markdown.text(mixed)).append("\n\n");
        Markdown.Table totals = new Markdown.Table("License type", "Old>", "New>", "Change>");
        for (LicenseType type : LicenseType.values()) {
            int change = diff.change().get(type);
            totals.rawRow(Markdown.text(type.displayName()), diff.before().totals().get(type),
                    diff.after().totals().get(type), change > 0 ? Markdown.bold(Facts.signed(change))
                            : Facts.signed(change));
        }
        totals.rawRow(Markdown.bold("Total"), Markdown.bold(String.valueOf(diff.before().totals().sum())),
                Markdown.bold(String.valueOf(diff.after().totals().sum())),
                Markdown.bold(Facts.signed(diff.change().sum())));
        sb.append(totals.render()).append('\n');
        List<String> clusters = DiffText.clusters(diff);
        if (!clusters.isEmpty()) {
            clusters.forEach(l -> sb.append("- ").append(Markdown.text(l)).append('\n'));
            sb.append('\n');
        }
        sb.append("## Users\n\n").append(Markdown.text(DiffText.userCounts(diff))).append(".\n\n");
        if (!diff.users().isEmpty()) {
            Markdown.Table users = new Markdown.Table("", "User", "Licenses", "Reasons");
            for (UserChange u : diff.users()) {
                users.rawRow(DiffText.marker(u.kind()).replace("+", "\\+").replace("-", "\\-"),
                        Markdown.text(DiffText.name(diff, u.cluster(), u.userId())),
                        Markdown.text(DiffText.userLicenses(u)),
                        u.kind() == EstimateDiff.Kind.REMOVED ? "" : Markdown.lines(u.reasons()));
            }
            sb.append(users.render()).append('\n');
        }
        sb.append("## Unassigned devices\n\n").append(Markdown.text(DiffText.deviceCounts(diff))).append(".\n\n");
        if (!diff.devices().isEmpty()) {
            Markdown.Table devices = new Markdown.Table("", "Device", "Model", "License");
            for (DeviceChange d : diff.devices()) {
                devices.rawRow(DiffText.marker(d.kind()).replace("+", "\\+").replace("-", "\\-"),
                        Markdown.text(DiffText.name(diff, d.cluster(), d.name())), Markdown.text(d.model()),
                        Markdown.text(DiffText.deviceLicense(d)));
            }
            sb.append(devices.render()).append('\n');
        }
        sb.append(diff.increased().isEmpty() ? "No license type grew.\n\n"
                : Markdown.bold("Grew:") + " " + Markdown.text(DiffText.grownText(diff)) + "\n\n");
        sb.append(Markdown.footer(metadata));
        out.write(sb.toString());
    }
}
