package ucount.report;

import ucount.migration.MigrationPlan;
import ucount.migration.MigrationRequest;
import ucount.migration.RequestDetails;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** {@code request --dry-run --format text}: the License Migration Request (R27) as a person checks it. */
public final class RequestText {

    private RequestText() {
    }

    public static void write(MigrationRequest request, Writer out) throws IOException {
        MigrationPlan plan = request.plan();
        RequestDetails d = request.details();
        StringBuilder sb = new StringBuilder();
        sb.append("License Migration Request ").append(request.name()).append(" (preview, nothing written)\n\n");
        TextTable head = new TextTable(false);
        head.row("Product", request.product() + " " + orMissing(d.fromVersion()) + " -> "
                + orMissing(d.toVersion()));
        head.row("Requester", orMissing(d.ciscoId()) + ", " + orMissing(d.company()));
        head.row("Server MAC addresses", list(d.macAddresses()));
        if (!d.salesOrderNumbers().isEmpty()) {
            head.row("Sales orders", list(d.salesOrderNumbers()));
        } else {
            head.row("Service contracts", list(d.contractNumbers()));
        }
        head.row("Case numbers", d.caseNumbers().isEmpty() ? "(none)" : String.join(", ", d.caseNumbers()));
        head.row("Public space phones", request.publicSpacePhones() + (d.publicSpacePhones() == null
                ? " (estimate: devices without an owner, R13)" : ""));
        sb.append(head.render("  "));
        sb.append("\nBefore and after the upgrade (R20-R26)\n").append(MigrationText.sideBySide(plan));
        sb.append("\nDevices by model (R23)\n").append(MigrationText.byModel(plan.dlu()));
        sb.append("\nRequested licenses (R25, R26, R28; rules: ").append(plan.ruleSet().id()).append(")\n")
                .append(MigrationText.requested(plan));
        sb.append('\n');
        if (!request.complete()) {
            sb.append("Missing for a written request: ").append(String.join(", ", request.missing())).append('\n');
        }
        sb.append(WarningCounts.line(plan.warnings())).append('\n');
        out.write(sb.toString());
    }

    private static String orMissing(String value) {
        return value == null ? "?" : value;
    }

    private static String list(List<String> values) {
        return values.isEmpty() ? "?" : String.join(", ", values);
    }
}
