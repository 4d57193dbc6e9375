package ucount.report;

import ucount.migration.DluUsage;
import ucount.migration.MigrationPlan;
import ucount.migration.ModelDlu;
import ucount.model.LicenseType;

/**
 * Text blocks of the migration view: the pre-9.x DLUs beside the 9.x licenses (R20-R26), the devices by model,
 * and the requested licenses per type (R25, R26, R28). Shared by {@code estimate --installed-dlu} and
 * {@code request --dry-run}.
 */
final class MigrationText {

    private MigrationText() {
    }

    /** Today (DLUs used, installed, unused) beside after the upgrade (required, extra Enhanced, to request). */
    static String sideBySide(MigrationPlan plan) {
        DluUsage dlu = plan.dlu();
        TextTable table = new TextTable(true).textColumns(2);
        table.row("Today: pre-9.x DLUs", "", "After the upgrade: 9.x licenses", "");
        table.row("Devices (" + dlu.devices() + ")", dlu.deviceDlu(), "Required (R25)", plan.required().sum());
        table.row("User features (R22)", dlu.userFeatureDlu(), "Enhanced from unused DLUs (R26)",
                "+" + plan.extraEnhanced());
        table.row("Used (R23)", dlu.usedDlu(), "To request", plan.requested().sum());
        table.row("Installed", dlu.installedDlu() == null ? "-" : dlu.installedDlu(), "", "");
        table.row("Unused (R24)", dlu.unusedDlu() == null ? "-" : dlu.unusedDlu(),
                "(" + plan.dluPerEnhanced() + " unused DLUs per Enhanced UCL)", "");
        return table.render("  ");
    }

    static String byModel(DluUsage dlu) {
        TextTable table = new TextTable(true).textColumns(3);
        table.row("Model", "Devices", "DLUs", "Confidence");
        for (ModelDlu m : dlu.byModel()) {
            table.row(m.model(), m.devices(), m.dlu(), m.confidence() + (m.adjunct() > 0 ? ", " + m.adjunct()
                    + " adjunct (R21)" : "") + (m.unknownModel() ? ", unknown model" : ""));
        }
        table.row("All devices", dlu.devices(), dlu.deviceDlu(), "");
        return table.render("  ");
    }

    static String requested(MigrationPlan plan) {
        TextTable table = new TextTable(true).textColumns(3);
        table.row("License type", "Required", "Requested", "");
        for (LicenseType type : LicenseType.values()) {
            String note = "";
            if (plan.shaped().contains(type)) {
                note = "shaped (R28)";
            } else if (type == LicenseType.ENHANCED && plan.extraEnhanced() > 0) {
                note = "+" + plan.extraEnhanced() + " from unused DLUs (R26)";
            }
            table.row(type.displayName(), plan.required().get(type), plan.requested().get(type), note);
        }
        table.row("Total", plan.required().sum(), plan.requested().sum(), "");
        return table.render("  ");
    }
}
