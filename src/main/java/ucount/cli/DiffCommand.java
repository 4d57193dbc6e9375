package ucount.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import ucount.diff.EstimateDiff;
import ucount.diff.SavedEstimate;
import ucount.diff.SavedEstimateReader;
import ucount.ingest.InputDigest;
import ucount.ingest.InputDigests;
import ucount.ingest.InputException;
import ucount.report.DiffJson;
import ucount.report.DiffMarkdown;
import ucount.report.DiffText;
import ucount.report.Format;
import ucount.report.Metadata;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "diff", sortOptions = false, mixinStandardHelpOptions = true,
        versionProvider = UcountCommand.VersionProvider.class,
        description = {
                "What changed between two estimates written by 'ucount estimate --format json': the totals per "
                        + "license type (overall and per cluster), the users added, removed or licensed "
                        + "differently (with the new reasons), and the unassigned devices added or removed.",
                "Users and devices are matched by cluster and exact ID or name; compare pseudonymous estimates "
                        + "only when both were made with the same --salt."},
        footer = {"", "Examples:",
                "  ucount estimate --format json -o before.json exports/   # before the change",
                "  ucount estimate --format json -o after.json exports/    # after it",
                "  ucount diff before.json after.json",
                "  ucount diff --format md before.json after.json         # for the change ticket",
                "  ucount diff --fail-on-increase old.json new.json  # CI: exit 4 if a type grew"})
final class DiffCommand implements Callable<Integer> {

    @ParentCommand
    UcountCommand root;

    @Parameters(index = "0", paramLabel = "OLD", description = "The earlier estimate (JSON).")
    Path before;

    @Parameters(index = "1", paramLabel = "NEW", description = "The later estimate (JSON).")
    Path after;

    @Option(names = "--fail-on-increase",
            description = "Exit 4 when the total of any license type grew, naming each on standard error.")
    boolean failOnIncrease;

    @Mixin
    OutputMixin output;

    @Mixin
    MetadataMixin metadataOptions;

    @Mixin
    VerbosityMixin verbosity;

    @Override
    public Integer call() throws Exception {
        output.validate(EnumSet.of(Format.TEXT, Format.JSON, Format.MD));
        metadataOptions.validate(output);
        output.refuseInputs(metadataOptions, List.of(), before, after);
        SavedEstimate old = SavedEstimateReader.read(before);
        SavedEstimate now = SavedEstimateReader.read(after);
        EstimateDiff diff = EstimateDiff.between(old, now);
        List<InputDigest> inputs = new ArrayList<>();
        if (metadataOptions.shown(output.format)) {
            inputs.add(digest(before));
            inputs.add(digest(after));
        }
        Metadata metadata = Metadata.of(old.ruleSet().equals(now.ruleSet()) ? now.ruleSet() : null,
                metadataOptions.generatedAt(root.context.clock()), old.anonymized() || now.anonymized(), inputs);
        metadataOptions.writeWithReport(metadata, output, root.context, out -> {
            switch (output.format) {
                case JSON -> DiffJson.write(diff, metadata, out);
                case MD -> DiffMarkdown.write(diff, metadata, out);
                default -> DiffText.write(diff, out);
            }
        });
        if (failOnIncrease && !diff.increased().isEmpty()) {
            if (!verbosity.quiet) {
                root.context.err().println("ucount: diff: licenses grew: " + DiffText.grownText(diff));
                root.context.err().flush();
            }
            return ExitCode.CHECK_FAILED.code;
        }
        return ExitCode.OK.code;
    }

    private static InputDigest digest(Path file) throws InputException {
        try {
            return InputDigests.of("estimate", file);
        } catch (IOException e) {
            throw InputException.cannotRead(file.toString(), e);
        }
    }
}
