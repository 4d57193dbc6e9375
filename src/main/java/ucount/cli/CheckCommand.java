package ucount.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import ucount.ingest.Fields;
import ucount.compliance.CheckResult;
import ucount.compliance.ExportAge;
import ucount.compliance.FailedCondition;
import ucount.compliance.GateCondition;
import ucount.ingest.ExportTimes;
import ucount.ingest.InputException;
import ucount.ingest.InstalledLicensesReader;
import ucount.model.ExportTime;
import ucount.model.LicenseType;
import ucount.model.Source;
import ucount.pipeline.ClusterSpec;
import ucount.pipeline.Pipeline;
import ucount.report.CheckCsv;
import ucount.report.CheckHtml;
import ucount.report.CheckJson;
import ucount.report.CheckMarkdown;
import ucount.report.CheckText;
import ucount.report.Format;
import ucount.report.Metadata;
import ucount.rules.Estimate;
import ucount.rules.Totals;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

@Command(name = "check", sortOptions = false, mixinStandardHelpOptions = true,
        versionProvider = UcountCommand.VersionProvider.class,
        description = {
                "Compliance of one or more clusters against the installed licenses, as Enterprise / Prime License "
                        + "Manager and Smart Licensing decide it: per license type required, installed, borrowed "
                        + "from higher tiers, lent to lower tiers, still available, and short.",
                "Rules: licensing.md R30 (a tier's demand is met by its own licenses first, then by the nearest "
                        + "higher tier with spares), R31 (TelePresence Room neither borrows nor lends), R32 "
                        + "(requirements totaled over all clusters), R33 (status; exports older than the license "
                        + "manager's daily synchronization, by a pull's manifest or the files' modification times, "
                        + "are a STALE_EXPORT warning), R40-R42 (grace period).",
                "Exit 4 when not in compliance or when a --fail-on condition holds; each failing condition is "
                        + "named in the output."},
        footer = {"", "Examples:",
                "  ucount check --installed ENHANCED=40 --installed CUWL_STANDARD=10 exports/",
                "  ucount check --installed installed.csv --cluster hq=exp/hq --cluster br=exp/br",
                "  ucount check --installed installed.csv --non-compliant-since 2024-05-01 exp/",
                "  ucount check --installed installed.csv --fail-on unknown-models \\",
                "      --fail-on 'unassigned>20' --fail-on 'user-devices>10' \\",
                "      --format json -o compliance.json exports/",
                "",
                "installed.csv: the header license,count, then a row per type (missing: 0):",
                "  license,count",
                "  ENHANCED,40",
                "  CUWL_STANDARD,10",
                "",
                "Conditions for --fail-on (quote the ones with > in a shell):",
                "  non-compliance    a license type is short after borrowing (always checked)",
                "  unknown-models    a device model is not in the catalog (R15)",
                "  unassigned>N      more than N licensed devices have no owner (R14)",
                "  user-devices>N    a user owns more than N licensed devices"})
final class CheckCommand implements Callable<Integer> {

    @ParentCommand
    UcountCommand root;

    @Mixin
    ExportOptions exports;

    @Option(names = "--installed", paramLabel = "TYPE=N|FILE", required = true,
            description = "Installed licenses: TYPE=N, repeatable or comma-separated (e.g. ENHANCED=40,"
                    + "enhanced-plus=5), or one CSV FILE with the columns license,count. Types not given count as 0 installed. All clusters "
                    + "share this one pool (R32).")
    List<String> installed = new ArrayList<>();

    @Option(names = "--fail-on", paramLabel = "CONDITION",
            description = "Also fail (exit 4) when this holds; repeatable: non-compliance (always on), "
                    + "unknown-models, unassigned>N, user-devices>N.")
    List<String> failOn = new ArrayList<>();

    @Option(names = "--non-compliant-since", paramLabel = "DATE", converter = IsoDate.class,
            description = "The day non-compliance began (YYYY-MM-DD): adds the days of grace left and the date "
                    + "enforcement starts (R40-R42: 60 days under elm, 90 under smart).")
    LocalDate since;

    @Option(names = "--today", paramLabel = "DATE", converter = IsoDate.class,
            description = "Count the grace period as if today were DATE (YYYY-MM-DD), and the exports' age at its "
                    + "end, for reproducible reports.")
    LocalDate today;

    @Mixin
    RuleMixin rules;

    @Mixin
    OutputMixin output;

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
        var specs = exports.specs();
        output.refuseInputs(metadataOptions, specs, rules.catalog, anonymize.saltFile, installedFile());
        List<GateCondition> conditions = conditions();
        LocalDate now = today != null ? today : LocalDate.now(root.context.clock());
        if (since != null && since.isAfter(now)) {
            throw new UsageException("--non-compliant-since " + since + " is after today (" + now + ")");
        }
        Reading reading = new Reading(root.context, output, metadataOptions, verbosity, anonymize);
        Totals pool = installedLicenses(reading);
        var catalog = rules.loadCatalog();
        reading.input("catalog", rules.catalog);
        Estimate estimate = Pipeline.estimate(reading.read(specs, limits.limits(), Fields.LICENSING), catalog, rules.options());
        estimate = ExportAge.withWarnings(estimate, exportTimes(specs), ageReference(now));
        CheckResult check = CheckResult.of(estimate, pool, since, now, conditions);
        Metadata metadata = reading.metadata(estimate.options().ruleSet());
        metadataOptions.writeWithReport(metadata, output, root.context, out -> {
            switch (output.format) {
                case JSON -> CheckJson.write(check, metadata, out);
                case CSV -> CheckCsv.write(check, out);
                case MD -> CheckMarkdown.write(check, metadata, out);
                case HTML -> CheckHtml.write(check, metadata, out);
                default -> CheckText.write(check, out);
            }
        });
        output.warnBesideCsv(root.context, verbosity, estimate.warnings());
        if (!verbosity.quiet) {
            if (!check.passed()) {
                root.context.err().println("ucount: check failed: " + check.failed().stream()
                        .map(FailedCondition::condition).collect(Collectors.joining(", ")));
            }
            root.context.err().flush();
        }
        return check.passed() ? ExitCode.OK.code : ExitCode.CHECK_FAILED.code;
    }

    /** R33: when each cluster's exports were taken, for the clusters whose files tell. */
    private static Map<String, ExportTime> exportTimes(List<ClusterSpec> specs) throws InputException {
        Map<String, ExportTime> times = new HashMap<>();
        for (ClusterSpec spec : specs) ExportTimes.oldest(spec.exports()).ifPresent(t -> times.put(spec.name(), t));
        return times;
    }

    /** The moment the exports' age is measured at: now, or the end of the --today date (its last moment, UTC). */
    private Instant ageReference(LocalDate now) {
        if (today == null) return root.context.clock().instant();
        return now.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private List<GateCondition> conditions() throws UsageException {
        List<GateCondition> conditions = new ArrayList<>();
        for (String value : failOn) {
            try {
                conditions.add(GateCondition.parse(value));
            } catch (IllegalArgumentException e) {
                throw new UsageException("--fail-on: " + e.getMessage());
            }
        }
        return conditions;
    }

    /** The {@code --installed} file, when one is given (a path may hold '='); null for TYPE=N values. */
    private Path installedFile() {
        return installed.size() == 1 && namesFile(installed.get(0)) ? Path.of(installed.get(0)) : null;
    }

    /** TYPE=N items separated by commas: read as such even where a file has that name. */
    private static final Pattern PAIRS = Pattern.compile(
            "\\s*[A-Za-z][A-Za-z_-]*\\s*=\\s*\\d+\\s*(,\\s*[A-Za-z][A-Za-z_-]*\\s*=\\s*\\d+\\s*)*");

    /** A value naming an existing file that is not TYPE=N items (a path may hold '=': licenses=2024.csv). */
    private static boolean namesFile(String value) {
        if (PAIRS.matcher(value).matches()) return false;
        try {
            return Files.isRegularFile(Path.of(value));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    /** {@code --installed}: TYPE=N values, or a single CSV file; not both. */
    private Totals installedLicenses(Reading reading) throws UsageException, InputException {
        List<String> pairs = installed.stream().filter(v -> v.contains("=") && !namesFile(v)).toList();
        Map<LicenseType, Integer> counts;
        if (pairs.isEmpty()) {
            if (installed.size() > 1) {
                throw new UsageException("--installed takes one FILE, not " + installed.size()
                        + " (or TYPE=N, repeatable)");
            }
            Path file = Path.of(installed.get(0));
            if (!Files.isRegularFile(file)) {
                throw new InputException(Source.of(installed.get(0)), "no such file; --installed takes TYPE=N "
                        + "(e.g. ENHANCED=40) or a CSV file with the columns license,count");
            }
            counts = InstalledLicensesReader.read(file);
            reading.input("installed", file);
        } else if (pairs.size() < installed.size()) {
            throw new UsageException("--installed takes TYPE=N (repeatable) or one FILE, not both");
        } else {
            counts = new EnumMap<>(LicenseType.class);
            for (String value : pairs) {
                for (String pair : value.split(",")) {
                    LicenseCounts.add("--installed", pair.trim(), "TYPE=N items separated by commas (e.g. "
                            + "ENHANCED=40,BASIC=5)", counts);
                }
            }
        }
        Totals totals = new Totals();
        counts.forEach(totals::add);
        return totals;
    }

    /** Dates as YYYY-MM-DD, with a message a person understands. */
    static final class IsoDate implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value.trim());
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("'" + value + "' is not a date YYYY-MM-DD");
            }
        }
    }
}
