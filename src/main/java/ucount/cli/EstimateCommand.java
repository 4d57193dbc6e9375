package ucount.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import ucount.ingest.Fields;
import ucount.migration.MigrationPlan;
import ucount.model.Inventory;
import ucount.owners.Confidence;
import ucount.owners.Owners;
import ucount.pipeline.Pipeline;
import ucount.report.EstimateCsv;
import ucount.report.EstimateHtml;
import ucount.report.EstimateJson;
import ucount.report.EstimateMarkdown;
import ucount.report.EstimateText;
import ucount.report.Format;
import ucount.report.Metadata;
import ucount.report.SuggestedOwners;
import ucount.rules.Classifier;
import ucount.rules.Estimate;
import ucount.rules.Hygiene;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "estimate", sortOptions = false, mixinStandardHelpOptions = true,
        versionProvider = UcountCommand.VersionProvider.class,
        description = {
                "The CUCM 9.x+ license requirement of one or more clusters: each user's license and why, each "
                        + "licensed device without an owner (device-only), and totals by license type.",
                "Rules: licensing.md R1-R15 (ownership by Owner User ID, device tiers, 1/2/3-10/10+ devices, "
                        + "mobility, Extension Mobility, IM and Presence, TelePresence rooms)."},
        footer = {"", "Examples:",
                "  ucount estimate samples/acme-hq",
                "  ucount estimate --detail samples/acme-hq   # every user and device, and why",
                "  ucount estimate --format csv -o licenses.csv samples/acme-hq",
                "  ucount estimate --format html -o report.html samples/acme-hq  # charts",
                "  ucount estimate --format md --anonymize samples/acme-hq  # a ticket, no names",
                "  ucount estimate --cluster hq=samples/acme-hq \\",
                "      --cluster branch=samples/acme-branch",
                "  ucount estimate --installed-dlu 6000 exports/  # pre-9.x DLUs beside 9.x"})
final class EstimateCommand implements Callable<Integer> {

    @ParentCommand
    UcountCommand root;

    @Mixin
    ExportOptions exports;

    @Mixin
    RuleMixin rules;

    @Mixin
    MigrationMixin migration;

    @Mixin
    OutputMixin output;

    @Option(names = "--detail", description = "Text and md: list every user and unassigned device with its reasons, "
            + "and every warning (json and html always have them; csv has a row per user and device, and its warnings "
            + "go to standard error).")
    boolean detail;

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
        migration.validate();
        var specs = exports.specs();
        output.refuseInputs(metadataOptions, specs, rules.catalog, anonymize.saltFile);
        Reading reading = new Reading(root.context, output, metadataOptions, verbosity, anonymize);
        var catalog = rules.loadCatalog();
        reading.input("catalog", rules.catalog);
        // Owner suggestions (html, md --detail) need every field; the license rules alone need far fewer.
        boolean withSuggestions = output.format == Format.HTML || (output.format == Format.MD && detail);
        List<Inventory> inventories = reading.read(specs, limits.limits(),
                withSuggestions ? Fields.ALL : Fields.LICENSING);
        Estimate classified = Pipeline.estimate(inventories, catalog, rules.options());
        Estimate estimate = Hygiene.withFindings(classified, maxDevices);
        MigrationPlan plan = migration.installedDlu == null ? null : Pipeline.migration(estimate, inventories,
                catalog, rules.options(), migration.installedDlu, migration.dluPerEnhanced);
        // The reports that list the unassigned devices for people show the owner `ucount owners` suggests for each,
        // at its default --min-confidence (medium).
        Map<String, String> suggestions = withSuggestions
                ? SuggestedOwners.byDevice(Owners.analyze(classified, new Classifier(catalog, rules.options()),
                Confidence.MEDIUM, maxDevices))
                : Map.of();
        Metadata metadata = reading.metadata(estimate.options().ruleSet());
        metadataOptions.writeWithReport(metadata, output, root.context, out -> {
            switch (output.format) {
                case JSON -> EstimateJson.write(estimate, plan, metadata, out);
                case CSV -> EstimateCsv.write(estimate, out);
                case MD -> EstimateMarkdown.write(estimate, plan, suggestions, detail, metadata, out);
                case HTML -> EstimateHtml.write(estimate, plan, suggestions, metadata, out);
                default -> EstimateText.write(estimate, plan, detail, out);
            }
        });
        output.warnBesideCsv(root.context, verbosity, estimate.warnings());
        return ExitCode.OK.code;
    }
}
