package ucount.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import ucount.ingest.Fields;
import ucount.migration.DluUsage;
import ucount.model.Inventory;
import ucount.pipeline.Pipeline;
import ucount.report.DluCsv;
import ucount.report.DluJson;
import ucount.report.DluMarkdown;
import ucount.report.DluText;
import ucount.report.Format;
import ucount.report.Metadata;

import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "dlu", sortOptions = false, mixinStandardHelpOptions = true,
        versionProvider = UcountCommand.VersionProvider.class,
        description = {
                "The pre-9.x (CUCM 5.x-8.x) Device License Units of one or more clusters: each device model's "
                        + "DLUs, the Mobility and Presence users' DLUs, the total, and with --installed-dlu the "
                        + "unused DLUs and the Enhanced seats they convert to on migration.",
                "Rules: licensing.md R20-R24 (catalog cost per model; 1 DLU for an IP Communicator, Personal or "
                        + "Mobile Communicator with a Primary Phone; 2 per Mobility user, 1 per Presence user), R26. "
                        + "Costs Cisco's table does not give are marked 'assumed'.",
                "DLUs have no rule sets: --rules and --em-users change nothing here; they are accepted so that one "
                        + "set of options serves every command, and --rules names the rule set in --metadata."},
        footer = {"", "Examples:",
                "  ucount dlu samples/acme-hq",
                "  ucount dlu --installed-dlu 6000 exports/   # unused DLUs, extra Enhanced",
                "  ucount dlu --detail exports/               # each device and user, and why",
                "  ucount dlu --format md --installed-dlu 6000 exports/   # tables for a ticket",
                "  ucount dlu --cluster hq=exports/hq --cluster br=exports/br --format json"})
final class DluCommand implements Callable<Integer> {

    @ParentCommand
    UcountCommand root;

    @Mixin
    ExportOptions exports;

    @Mixin
    MigrationMixin migration;

    @Mixin
    RuleMixin rules;

    @Mixin
    OutputMixin output;

    @Option(names = "--detail", description = "Text and md: list every device and user with its DLUs and rule, and "
            + "every warning.")
    boolean detail;

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
        output.validate(EnumSet.of(Format.TEXT, Format.JSON, Format.CSV, Format.MD));
        metadataOptions.validate(output);
        migration.validate();
        var specs = exports.specs();
        output.refuseInputs(metadataOptions, specs, rules.catalog, anonymize.saltFile);
        Reading reading = new Reading(root.context, output, metadataOptions, verbosity, anonymize);
        var catalog = rules.loadCatalog();
        reading.input("catalog", rules.catalog);
        List<Inventory> inventories = reading.read(specs, limits.limits(), Fields.LICENSING);
        DluUsage usage = Pipeline.dlu(inventories, catalog, rules.options(), migration.installedDlu);
        Metadata metadata = reading.metadata(rules.options().ruleSet());
        metadataOptions.writeWithReport(metadata, output, root.context, out -> {
            switch (output.format) {
                case JSON -> DluJson.write(usage, migration.dluPerEnhanced, metadata, out);
                case CSV -> DluCsv.write(usage, out);
                case MD -> DluMarkdown.write(usage, migration.dluPerEnhanced, detail, metadata, out);
                default -> DluText.write(usage, migration.dluPerEnhanced, detail, out);
            }
        });
        output.warnBesideCsv(root.context, verbosity, usage.warnings());
        return ExitCode.OK.code;
    }
}
