package ucount.report;

import org.apache.commons.csv.CSVPrinter;
import ucount.owners.Evidence;
import ucount.owners.OwnersResult;
import ucount.owners.Suggestion;

import java.io.IOException;
import java.io.Writer;
import java.util.stream.Collectors;

/**
 * {@code owners --format csv}: one row per unassigned licensed device with its suggestion. Evidence is joined with
 * " | " so the file stays one record per line; the before/after totals are in the text and JSON outputs.
 */
public final class OwnersCsv {

    private OwnersCsv() {
    }

    public static void write(OwnersResult result, Writer out) throws IOException {
        CSVPrinter csv = Csv.printer(out, "cluster", "device", "model", "license", "current_owner", "status",
                "suggested_owner", "confidence", "applied", "reason", "evidence");
        for (Suggestion s : result.suggestions()) {
            csv.printRecord(s.cluster(), s.name(), s.device().model(), s.license().name(),
                    s.currentOwner() == null ? "" : s.currentOwner(), s.status().id(),
                    s.suggested() ? s.suggestedOwner() : "", s.suggested() ? s.confidence().id() : "",
                    s.appliedAt(result.minConfidence()), s.reason() == null ? "" : s.reason(),
                    s.evidence().stream().map(e -> e.kind().name() + ": " + e.text())
                            .collect(Collectors.joining(" | ")));
        }
        csv.flush();
    }
}
