package ucount.cli;

import picocli.CommandLine.Option;
import ucount.io.AtomicFile;
import ucount.report.Format;
import ucount.report.Metadata;
import ucount.report.OutputTarget;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * The metadata of a report (tool, version, rule set, time, input files with SHA-256): {@code --metadata FILE}
 * for formats that cannot carry it, and the time it gives.
 */
final class MetadataMixin {

    @Option(names = "--metadata", paramLabel = "FILE",
            description = "Also write the report's metadata (tool, version, rule set, time, input files with "
                    + "SHA-256) as JSON to FILE. JSON, md and html carry it themselves; CSV cannot.")
    Path file;

    @Option(names = "--generated-at", paramLabel = "INSTANT", hidden = true,
            description = "The time the metadata gives (ISO-8601, e.g. 2024-05-19T08:00:00Z), for reproducible "
                    + "reports; SOURCE_DATE_EPOCH (seconds since 1970) does the same from the environment.")
    String generatedAt;

    /** Whether the report shows metadata, so that its inputs must be hashed while they are read. */
    boolean shown(Format format) {
        return file != null || format == Format.JSON || format == Format.MD || format == Format.HTML;
    }

    Instant generatedAt(Clock clock) throws UsageException {
        return generatedAt(generatedAt, System.getenv("SOURCE_DATE_EPOCH"), clock);
    }

    /** The hidden option first, then SOURCE_DATE_EPOCH (the reproducible-builds convention), then the clock. */
    static Instant generatedAt(String option, String sourceDateEpoch, Clock clock) throws UsageException {
        if (option != null) {
            try {
                return Instant.parse(option.trim());
            } catch (DateTimeParseException e) {
                throw new UsageException("--generated-at takes an ISO-8601 instant like 2024-05-19T08:00:00Z, not '"
                        + option + "'");
            }
        }
        if (sourceDateEpoch != null && !sourceDateEpoch.isBlank()) {
            try {
                return Instant.ofEpochSecond(Long.parseLong(sourceDateEpoch.trim()));
            } catch (NumberFormatException | java.time.DateTimeException e) {
                throw new UsageException("SOURCE_DATE_EPOCH must be whole seconds since 1970-01-01T00:00:00Z, not '"
                        + sourceDateEpoch + "'");
            }
        }
        return clock.instant();
    }

    /** Checks, before any work, that {@code --metadata} would replace no existing file without --force. */
    void validate(OutputMixin output) throws UsageException {
        if (file != null && output.output != null && OutputMixin.real(file).equals(OutputMixin.real(output.output))) {
            throw new UsageException("--metadata and -o name the same file " + file);
        }
        output.refuseExisting("--metadata", file);
    }

    /**
     * {@code --metadata FILE}, when given (null otherwise), written aside before the report and put in place after
     * it ({@link AtomicFile.Staged#commit}): a run that cannot write it has printed nothing, and one whose report
     * cannot be written leaves no metadata behind.
     */
    AtomicFile.Staged stage(Metadata metadata, OutputMixin output) throws IOException, UsageException {
        if (file == null) return null;
        output.refuseExisting("--metadata", file);
        return OutputTarget.stageFile(file, output.force, metadata::write);
    }

    /**
     * Writes the report, and {@code --metadata FILE} with it: the metadata is written aside first and put in place
     * once the report is out, so a run that fails writes neither, and one that cannot write it has printed nothing.
     */
    void writeWithReport(Metadata metadata, OutputMixin output, Context context, OutputTarget.Body report)
            throws IOException, UsageException {
        try (AtomicFile.Staged metadataFile = stage(metadata, output)) {
            output.write(context, report);
            if (metadataFile != null) metadataFile.commit();
        }
    }
}
