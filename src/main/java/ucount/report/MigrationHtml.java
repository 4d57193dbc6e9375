package ucount.report;

import ucount.migration.DluUsage;
import ucount.migration.MigrationPlan;
import ucount.model.LicenseType;

import java.util.Arrays;

/**
 * The {@link HtmlReport.Slot#DLU_COMPARISON} section of {@code estimate --installed-dlu N --format html}: today's
 * pre-9.x DLUs (used, installed, unused; R20-R24) beside the 9.x licenses after the upgrade (required, extra Enhanced
 * from the unused DLUs, to request; R25, R26), and the licenses to request per type as a chart.
 */
final class MigrationHtml {

    private MigrationHtml() {
    }

    static HtmlReport.Section comparison(MigrationPlan plan) {
        DluUsage dlu = plan.dlu();
        StringBuilder html = new StringBuilder();
        html.append(Html.p(Html.escape("Today the cluster uses " + dlu.usedDlu() + " Device License Units (R23)"
                + (dlu.installedDlu() == null ? "" : " of " + dlu.installedDlu() + " installed") + "; after the "
                + "upgrade it needs " + plan.required().sum() + " user and device licenses (R25)"
                + (plan.extraEnhanced() > 0 ? ", and the unused DLUs convert to " + plan.extraEnhanced()
                + " more Enhanced UCL at " + plan.dluPerEnhanced() + " DLUs each (R26)" : "") + ".")));
        Html.Table side = new Html.Table("Today: pre-9.x DLUs", "DLUs>", "After the upgrade: 9.x licenses",
                "Licenses>").compact();
        side.row("Devices (" + dlu.devices() + ")", dlu.deviceDlu(), "Required (R25)", plan.required().sum());
        side.row("User features (R22)", dlu.userFeatureDlu(), "Enhanced from unused DLUs (R26)",
                "+" + plan.extraEnhanced());
        side.row("Used (R23)", dlu.usedDlu(), "To request", plan.requested().sum());
        side.row("Installed", dlu.installedDlu() == null ? "-" : dlu.installedDlu(), "", "");
        side.row("Unused (R24)", dlu.unusedDlu() == null ? "-" : dlu.unusedDlu(),
                "(" + plan.dluPerEnhanced() + " unused DLUs per Enhanced UCL)", "");
        html.append(side.render());
        SvgBarChart chart = new SvgBarChart("9.x licenses by type: required (R25) and to request (R25 + R26)",
                Arrays.stream(LicenseType.values()).map(LicenseType::displayName).toList())
                .series("Required", "#9aa5b1", EstimateHtml.counts(plan.required()))
                .series("To request", "#2f6fdb", EstimateHtml.counts(plan.requested()));
        html.append(chart.render());
        return new HtmlReport.Section("Pre-9.x DLUs and 9.x licenses", html.toString());
    }
}
