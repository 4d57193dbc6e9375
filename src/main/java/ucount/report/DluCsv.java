package ucount.report;

import org.apache.commons.csv.CSVPrinter;
import ucount.migration.ClusterDlu;
import ucount.migration.DluRules;
import ucount.migration.DluUsage;
import ucount.migration.ModelDlu;
import ucount.migration.UserFeatures;

import java.io.IOException;
import java.io.Writer;

/**
 * {@code dlu --format csv}: one row per cluster and device model, and per cluster and user feature (R22), so that a
 * spreadsheet sum of {@code dlu} is the used DLUs (R23). {@code adjunct} counts the model's R21 adjuncts, which
 * {@code dlu} already prices at 1.
 */
public final class DluCsv {

    private DluCsv() {
    }

    public static void write(DluUsage usage, Writer out) throws IOException {
        CSVPrinter csv = Csv.printer(out, "cluster", "kind", "name", "count", "adjunct", "dlu_each", "dlu",
                "confidence");
        for (ClusterDlu cluster : usage.clusters()) {
            for (ModelDlu m : cluster.byModel()) {
                csv.printRecord(cluster.name(), "model", m.model(), m.devices(), m.adjunct(), m.dluEach(), m.dlu(),
                        m.confidence());
            }
            UserFeatures f = cluster.userFeatures();
            csv.printRecord(cluster.name(), "feature", "mobility", f.mobilityUsers(), 0, DluRules.MOBILITY_USER_DLU,
                    f.mobilityDlu(), "high");
            csv.printRecord(cluster.name(), "feature", "presence", f.presenceUsers(), 0, DluRules.PRESENCE_USER_DLU,
                    f.presenceDlu(), "high");
        }
        csv.flush();
    }
}
