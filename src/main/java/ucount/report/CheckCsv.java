package ucount.report;

import org.apache.commons.csv.CSVPrinter;
import ucount.compliance.Allocation;
import ucount.compliance.CheckResult;

import java.io.IOException;
import java.io.Writer;

/**
 * {@code check --format csv}: one row per license type in tier order, the columns of the JSON {@code types}.
 * The overall status is the exit code (0 or 4); per-cluster requirements are in {@code estimate --format csv}.
 */
public final class CheckCsv {

    private CheckCsv() {
    }

    public static void write(CheckResult check, Writer out) throws IOException {
        CSVPrinter csv = Csv.printer(out, "license", "required", "installed", "borrowed", "lent", "available",
                "shortfall");
        for (Allocation a : check.compliance().types()) {
            csv.printRecord(a.license().name(), a.required(), a.installed(), a.borrowed(), a.lent(), a.available(),
                    a.shortfall());
        }
        csv.flush();
    }
}
