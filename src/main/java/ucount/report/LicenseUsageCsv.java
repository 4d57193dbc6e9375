package ucount.report;

import org.apache.commons.csv.CSVPrinter;
import ucount.migration.MigrationPlan;
import ucount.model.LicenseType;

import java.io.IOException;
import java.io.Writer;

/**
 * license-usage.csv of a License Migration Request: the per-type summary that the License Count Utility gives the
 * migration wizard (R27). One row per license type in tier order, then TOTAL: the licenses users need, those
 * devices without an owner need (R14), their sum (R25), and what is requested (R26, R28).
 */
public final class LicenseUsageCsv {

    private LicenseUsageCsv() {
    }

    public static void write(MigrationPlan plan, Writer out) throws IOException {
        CSVPrinter csv = Csv.printer(out, "license_type", "description", "user_licenses", "device_only_licenses",
                "required", "requested");
        for (LicenseType type : LicenseType.values()) {
            csv.printRecord(type.name(), type.displayName(), plan.userLicenses().get(type),
                    plan.deviceOnly().get(type), plan.required().get(type), plan.requested().get(type));
        }
        csv.printRecord("TOTAL", "All license types", plan.userLicenses().sum(), plan.deviceOnly().sum(),
                plan.required().sum(), plan.requested().sum());
        csv.flush();
    }
}
