package ucount.report;

import ucount.migration.DluUsage;
import ucount.migration.MigrationPlan;

/**
 * The migration view in Markdown: today's pre-9.x DLUs beside the 9.x licenses after the upgrade (R20-R26), as
 * {@link MigrationText#sideBySide} prints it.
 */
final class MigrationMarkdown {

    private MigrationMarkdown() {
    }

    static String sideBySide(MigrationPlan plan) {
        DluUsage dlu = plan.dlu();
        Markdown.Table table = new Markdown.Table("Today: pre-9.x DLUs", "DLUs>", "After the upgrade: 9.x licenses",
                "Licenses>");
        table.row("Devices (" + dlu.devices() + ")", dlu.deviceDlu(), "Required (R25)", plan.required().sum());
        table.row("User features (R22)", dlu.userFeatureDlu(), "Enhanced from unused DLUs (R26)",
                "+" + plan.extraEnhanced());
        table.rawRow(Markdown.text("Used (R23)"), dlu.usedDlu(), Markdown.bold("To request"),
                Markdown.bold(String.valueOf(plan.requested().sum())));
        table.row("Installed", dlu.installedDlu() == null ? "-" : dlu.installedDlu(), "", "");
        table.row("Unused (R24)", dlu.unusedDlu() == null ? "-" : dlu.unusedDlu(),
                "(" + plan.dluPerEnhanced() + " unused DLUs per Enhanced UCL)", "");
        return table.render();
    }
}
