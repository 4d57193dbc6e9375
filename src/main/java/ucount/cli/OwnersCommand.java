package ucount.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import ucount.io.AtomicFile;
import ucount.ingest.Fields;
import ucount.model.Inventory;
import ucount.owners.Confidence;
import ucount.owners.Owners;
import ucount.owners.OwnersResult;
import ucount.owners.Suggestion;
import ucount.pipeline.ClusterSpec;
import ucount.pipeline.Pipeline;
import ucount.report.Format;
import ucount.report.Metadata;
import ucount.report.OutputTarget;
import ucount.report.OwnersBat;
import ucount.report.OwnersCsv;
import ucount.report.OwnersHtml;
import ucount.report.OwnersJson;
import ucount.report.OwnersMarkdown;
import ucount.report.OwnersText;
import ucount.rules.Classifier;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "owners", sortOptions = false, mixinStandardHelpOptions = true,
        versionProvider = UcountCommand.VersionProvider.class,
        description = {
                "Licensed devices without an owner, with the owner the export suggests for each, the license "
                        + "totals before and after setting them, and a BAT file that sets them.",
                "Every licensed device without an owner, or whose owner is not among the users, is licensed "
                        + "device-only (R14). Evidence, strongest first: the user's controlled devices (high), the "
                        + "phone's User ID 1..3 (high) and Mobility User ID (high), line 1 DN = the user's primary "
                        + "extension or telephone number (medium), a Jabber name CSF/TCT/BOT/TAB + user ID (medium), "
                        + "the description naming the user (low). Strong evidence naming different users gives no "
                        + "suggestion.",
                "Also shown: the users whose license changes, the users whose devices would share one higher "
                        + "license, and hygiene findings (TOO_MANY_DEVICES, UNKNOWN_MODEL, UNKNOWN_OWNER).",
                "--bat FILE writes the applied suggestions as a Bulk Administration CSV (Device Name,Owner User ID)."},
        footer = {"", "Examples:",
                "  ucount owners samples/acme-hq",
                "  ucount owners --min-confidence high --bat owner-fix.csv samples/acme-hq",
                "  ucount owners --format json -o owners.json exports/",
                "  ucount owners --format csv exports/ > review.csv   # a row per device",
                "  ucount owners --format md --anonymize exports/     # for a ticket, no names",
                "  ucount owners --format html -o owners.html exports/ # before/after chart",
                "",
                "Apply the fix: Bulk Administration > Upload/Download Files (transaction:",
                "Update Phones - Custom File), then Phones > Update Phones > Custom File.",
                "That job sets the owner chosen in it on every device the file lists, so",
                "run one job per owner, with that owner's rows (the file groups them by",
                "owner); export again and run ucount to check."})
final class OwnersCommand implements Callable<Integer> {

    @ParentCommand
    UcountCommand root;

    @Mixin
    ExportOptions exports;

    @Mixin
    RuleMixin rules;

    @Mixin
    OutputMixin output;

    @Option(names = "--min-confidence", paramLabel = "high|medium|low", defaultValue = "medium",
            description = "The weakest suggestion to apply in the 'after' totals and the BAT file "
                    + "(default ${DEFAULT-VALUE}: controlled devices, User IDs, line numbers, Jabber names; "
                    + "low adds descriptions).")
    Confidence minConfidence;

    @Option(names = "--bat", paramLabel = "FILE",
            description = "Write the applied suggestions to FILE as a Bulk Administration CSV that sets each "
                    + "device's Owner User ID. Written whole or not at all; never over an export.")
    Path bat;

    @Mixin
    MaxDevicesMixin maxDevicesOption;

    @Mixin
    MetadataMixin metadataOptions;

    @Mixin
    AnonymizeMixin anonymize;

    @Mixin
    LimitsMixin limits;

    @Mixin
    VerbosityMixin verbosity;

    @Override
    public Integer call() throws Exception {
        output.validate(EnumSet.allOf(Format.class));
        metadataOptions.validate(output);
        int maxDevices = maxDevicesOption.value();
        List<ClusterSpec> specs = exports.specs();
        output.refuseInputs(metadataOptions, specs, rules.catalog, anonymize.saltFile);
        if (bat != null && anonymize.anonymize) {
            throw new UsageException("--bat needs the real device names and user IDs that CUCM updates; "
                    + "it cannot be combined with --anonymize");
        }
        if (bat != null) checkBatTarget(specs);
        Reading reading = new Reading(root.context, output, metadataOptions, verbosity, anonymize);
        var catalog = rules.loadCatalog();
        reading.input("catalog", rules.catalog);
        List<Inventory> inventories = reading.read(specs, limits.limits(), Fields.ALL);
        var estimate = Pipeline.estimate(inventories, catalog, rules.options());
        OwnersResult result = Owners.analyze(estimate, new Classifier(catalog, rules.options()), minConfidence,
                maxDevices);
        Metadata metadata = reading.metadata(rules.options().ruleSet());
        // The metadata and the owner fix are written aside first, put in place once the report is out: a run that
        // fails writes none of them, and one that cannot write them has printed nothing.
        try (AtomicFile.Staged metadataFile = metadataOptions.stage(metadata, output);
             AtomicFile.Staged batFile = bat == null ? null
                     : OutputTarget.stageFile(bat, output.force, out -> OwnersBat.write(result.applied(), out))) {
            output.write(root.context, out -> {
                switch (output.format) {
                    case JSON -> OwnersJson.write(result, metadata, out);
                    case CSV -> OwnersCsv.write(result, out);
                    case MD -> OwnersMarkdown.write(result, metadata, out);
                    case HTML -> OwnersHtml.write(result, metadata, out);
                    default -> OwnersText.write(result, out);
                }
            });
            if (metadataFile != null) metadataFile.commit();
            if (batFile != null) batFile.commit();
        }
        output.warnBesideCsv(root.context, verbosity, result.before().warnings());
        if (!verbosity.quiet) {
            if (bat != null) {
                int devices = result.applied().size();
                long owners = result.applied().stream().map(Suggestion::suggestedOwner).distinct().count();
                root.context.err().println("ucount: wrote " + bat + ": Owner User ID for " + devices + " device"
                        + (devices == 1 ? "" : "s") + " of " + owners + " owner" + (owners == 1 ? "" : "s")
                        + " (--min-confidence " + minConfidence.id() + ")" + (owners > 1
                        ? "; BAT's Update Phones - Custom File sets one owner a job: one job per owner's rows" : ""));
            }
            root.context.err().flush();
        }
        return ExitCode.OK.code;
    }

    /** A BAT file is one cluster's fix, must not replace a file unasked, and must never touch the exports. */
    private void checkBatTarget(List<ClusterSpec> specs) throws UsageException, IOException {
        if (specs.size() > 1) {
            throw new UsageException("--bat writes one cluster's fix: run owners once per cluster");
        }
        Path target = OutputMixin.real(bat);
        if (Files.isDirectory(target)) throw new UsageException("--bat " + bat + " is a folder; name a file");
        if (output.output != null && OutputMixin.real(output.output).equals(target)) {
            throw new UsageException("--bat and -o name the same file " + bat);
        }
        if (metadataOptions.file != null && OutputMixin.real(metadataOptions.file).equals(target)) {
            throw new UsageException("--bat and --metadata name the same file " + bat);
        }
        OutputMixin.refuseInputs("--bat", bat, specs, rules.catalog);
        output.refuseExisting("--bat", bat);
    }
}
