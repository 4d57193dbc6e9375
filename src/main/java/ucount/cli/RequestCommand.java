package ucount.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import ucount.compliance.Allocation;
import ucount.compliance.ComplianceResult;
import ucount.migration.MigrationPlan;
import ucount.migration.MigrationRequest;
import ucount.migration.RequestDetails;
import ucount.ingest.Fields;
import ucount.ingest.ReadOptions;
import ucount.ingest.StreamTap;
import ucount.model.Inventory;
import ucount.model.LicenseType;
import ucount.pipeline.Pipeline;
import ucount.report.Format;
import ucount.report.LicenseUsageCsv;
import ucount.report.RequestFiles;
import ucount.report.RequestJson;
import ucount.report.RequestText;
import ucount.rules.Estimate;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

@Command(name = "request", sortOptions = false, mixinStandardHelpOptions = true,
        versionProvider = UcountCommand.VersionProvider.class,
        description = {
                "The License Migration Request of a pre-9.x Unified CM upgraded to 9.x, as Prime License Manager's "
                        + "'Migrate licenses' wizard sends it (R27): a folder (or zip) named "
                        + "UnifiedCM-migrate-<date>-<time> holding request.xml, request.json and license-usage.csv.",
                "The licenses requested are the 9.x requirement of the configuration (R25) plus the unused DLUs as "
                        + "Enhanced seats (R26); --require sets the count of a type, as long as the mix still "
                        + "covers the requirement with higher tiers standing in for lower ones (R28, R30). A mix "
                        + "that does not is refused with the shortfall (exit 4).",
                "A written request needs --installed-dlu, --from-version, --to-version, --mac, --contract or "
                        + "--sales-order, --cisco-id and --company; --dry-run previews it with whatever is given."},
        footer = {"", "Examples:",
                "  ucount request --dry-run --installed-dlu 6000 exports/",
                "  ucount request --installed-dlu 6000 --from-version '7.1(3)' \\",
                "      --to-version '9.1(2)' --mac 000C29AB12CD --contract 91234567 \\",
                "      --cisco-id jdoe --company 'Acme Corp' exports/",
                "  ucount request ... --require CUWL_STANDARD=40 --require ENHANCED_PLUS=0 ...",
                "  ucount request ... --zip -o requests/ exports/   # a zip in requests/"})
final class RequestCommand implements Callable<Integer> {

    private static final List<Format> DRY_RUN_FORMATS = List.of(Format.TEXT, Format.JSON, Format.CSV);

    @ParentCommand
    UcountCommand root;

    @Mixin
    ExportOptions exports;

    @Mixin
    MigrationMixin migration;

    @Option(names = "--from-version", paramLabel = "VERSION",
            description = "The pre-9.x release the cluster runs, e.g. 7.1(3) or 8.6.2.")
    String fromVersion;

    @Option(names = "--to-version", paramLabel = "VERSION", description = "The release it is upgraded to, e.g. 9.1(2).")
    String toVersion;

    @Option(names = "--mac", paramLabel = "MAC", split = ",",
            description = "MAC address of an original server, as its license file names it (repeatable).")
    List<String> macs = new ArrayList<>();

    @Option(names = "--contract", paramLabel = "NUMBER", split = ",",
            description = "UCSS/ESW service contract number, when the upgrade came through a contract (repeatable).")
    List<String> contracts = new ArrayList<>();

    @Option(names = "--sales-order", paramLabel = "NUMBER", split = ",",
            description = "Sales order number, when the upgrade was purchased (repeatable).")
    List<String> salesOrders = new ArrayList<>();

    @Option(names = "--case", paramLabel = "NUMBER", split = ",", description = "Cisco case number (repeatable).")
    List<String> cases = new ArrayList<>();

    @Option(names = "--cisco-id", paramLabel = "ID", description = "The requester's Cisco.com user ID.")
    String ciscoId;

    @Option(names = "--company", paramLabel = "NAME", description = "The requester's company name.")
    String company;

    @Option(names = "--public-space-phones", paramLabel = "N",
            description = "Estimate of public space phones; default: the devices without an owner that are not "
                    + "TelePresence rooms (R13).")
    Integer publicSpacePhones;

    @Option(names = "--require", paramLabel = "TYPE=N",
            description = "Request N licenses of TYPE instead of the computed count (R28), e.g. CUWL_STANDARD=40; "
                    + "repeatable.")
    List<String> require = new ArrayList<>();

    @Option(names = "--dry-run", description = "Print the request in --format and write nothing.")
    boolean dryRun;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "With --dry-run: text (default), json (request.json) or csv (license-usage.csv).")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "PATH",
            description = "Where to write the request: an existing folder to create it in, or its own path "
                    + "(ending in .zip for a zip). Default: the current folder.")
    String output;

    @Option(names = "--zip", description = "Write a zip instead of a folder.")
    boolean zip;

    @Mixin
    RuleMixin rules;

    @Mixin
    LimitsMixin limits;

    @Mixin
    VerbosityMixin verbosity;

    @Override
    public Integer call() throws Exception {
        migration.validate();
        RequestDetails details = details();
        Map<LicenseType, Integer> mix = mix();
        List<String> missing = missing(details);
        OffsetDateTime created = OffsetDateTime.now(root.context.clock()).withNano(0);
        Path target = null;
        if (dryRun) {
            if (!DRY_RUN_FORMATS.contains(format)) {
                throw new UsageException("request --dry-run has no --format " + format.name().toLowerCase(Locale.ROOT)
                        + " (it writes text, json, csv)");
            }
            if (output != null || zip) throw new UsageException("--dry-run writes nothing: drop -o and --zip");
        } else {
            if (!missing.isEmpty()) {
                throw new UsageException("a written request needs " + String.join(", ", missing)
                        + " (--dry-run previews it without them)");
            }
            target = target(MigrationRequest.defaultName(MigrationRequest.PRODUCT, created));
            if (Files.exists(target)) {
                throw new UsageException(target + " already exists; ucount never replaces a request (name another "
                        + "with -o)");
            }
            String exportFolder = zip || RequestFiles.isZip(target) ? null
                    : OutputMixin.exportFolderHolding(target, exports.specs());
            if (exportFolder != null) {
                throw new UsageException("the request " + target + " would be inside the export folder "
                        + exportFolder + ", where the next run would read its .csv and .xml as exports; write it "
                        + "elsewhere with -o");
            }
        }

        var catalog = rules.loadCatalog();
        List<Inventory> inventories = Pipeline.read(exports.specs(), root.context.stdin(),
                new ReadOptions(Fields.LICENSING, limits.limits(), StreamTap.NONE));
        Estimate estimate = Pipeline.estimate(inventories, catalog, rules.options());
        MigrationPlan plan = Pipeline.migration(estimate, inventories, catalog, rules.options(),
                migration.installedDlu, migration.dluPerEnhanced).shapedBy(mix);
        ComplianceResult coverage = plan.coverage();
        if (coverage.shortfall() > 0) {
            root.context.err().println("ucount: the requested licenses do not cover the requirement (R28, R30): "
                    + coverage.shortTypes().stream().map(RequestCommand::shortfall).collect(Collectors.joining("; ")));
            root.context.err().flush();
            return ExitCode.CHECK_FAILED.code;
        }
        MigrationRequest request = MigrationRequest.of(created, plan, details, missing);
        if (dryRun) {
            var out = root.context.out();
            switch (format) {
                case JSON -> RequestJson.write(request, out);
                case CSV -> LicenseUsageCsv.write(plan, out);
                default -> RequestText.write(request, out);
            }
            out.flush();
            return ExitCode.OK.code;
        }
        RequestFiles.write(request, target);
        root.context.out().println("Wrote " + target + " (" + RequestFiles.XML + ", " + RequestFiles.JSON + ", "
                + RequestFiles.USAGE_CSV + "): " + plan.requested().sum() + " licenses requested");
        root.context.out().flush();
        return ExitCode.OK.code;
    }

    private RequestDetails details() throws UsageException {
        if (!contracts.isEmpty() && !salesOrders.isEmpty()) {
            throw new UsageException("give --contract (the upgrade came through a service contract) or --sales-order "
                    + "(it was purchased), not both");
        }
        if (publicSpacePhones != null && (publicSpacePhones < 0 || publicSpacePhones > LicenseType.MAX_COUNT)) {
            throw new UsageException("--public-space-phones must be from 0 to " + LicenseType.MAX_COUNT + ", not "
                    + publicSpacePhones);
        }
        return new RequestDetails(
                fromVersion == null ? null : parsed("--from-version", fromVersion, RequestDetails::fromVersion),
                toVersion == null ? null : parsed("--to-version", toVersion, RequestDetails::toVersion),
                publicSpacePhones,
                parsedAll("--case", cases, v -> RequestDetails.reference(v, "case number")),
                parsedAll("--mac", macs, RequestDetails::macAddress),
                parsedAll("--contract", contracts, v -> RequestDetails.reference(v, "contract number")),
                parsedAll("--sales-order", salesOrders, v -> RequestDetails.reference(v, "sales order number")),
                ciscoId == null ? null : parsed("--cisco-id", ciscoId, RequestDetails::ciscoId),
                company == null ? null : parsed("--company", company, RequestDetails::company));
    }

    private static String parsed(String option, String value, UnaryOperator<String> parse) throws UsageException {
        try {
            return parse.apply(value);
        } catch (IllegalArgumentException e) {
            throw new UsageException(option + ": " + e.getMessage());
        }
    }

    private static List<String> parsedAll(String option, List<String> values, UnaryOperator<String> parse)
            throws UsageException {
        List<String> parsed = new ArrayList<>();
        for (String value : values) parsed.add(parsed(option, value, parse));
        return RequestDetails.distinct(parsed);
    }

    /** R28: {@code --require TYPE=N}, each type once. */
    private Map<LicenseType, Integer> mix() throws UsageException {
        Map<LicenseType, Integer> mix = new EnumMap<>(LicenseType.class);
        for (String value : require) {
            LicenseCounts.add("--require", value, "TYPE=N, e.g. CUWL_STANDARD=40", mix);
        }
        return mix;
    }

    /** The options a written request needs that were not given, in the order --help lists them. */
    private List<String> missing(RequestDetails d) {
        List<String> missing = new ArrayList<>();
        if (migration.installedDlu == null) missing.add("--installed-dlu");
        if (d.fromVersion() == null) missing.add("--from-version");
        if (d.toVersion() == null) missing.add("--to-version");
        if (d.macAddresses().isEmpty()) missing.add("--mac");
        if (d.contractNumbers().isEmpty() && d.salesOrderNumbers().isEmpty()) missing.add("--contract or --sales-order");
        if (d.ciscoId() == null) missing.add("--cisco-id");
        if (d.company() == null) missing.add("--company");
        return missing;
    }

    /** -o as a folder to create the request in, or the request's own path; the default name otherwise. */
    private Path target(String name) throws UsageException {
        String fileName = name + (zip ? ".zip" : "");
        if (output == null) return Path.of(fileName);
        Path path;
        try {
            path = Path.of(output);
        } catch (InvalidPathException e) {
            throw new UsageException("-o " + output + ": not a path here (" + e.getReason() + ")");
        }
        if (Files.isDirectory(path)) return path.resolve(fileName);
        if (output.endsWith("/") || output.endsWith(java.io.File.separator)) {
            throw new UsageException("-o " + output + (Files.exists(path) ? ": not a folder"
                    : ": no such folder (create it first, or name the request's own path)"));
        }
        if (zip && !RequestFiles.isZip(path)) {
            throw new UsageException("--zip writes a .zip file: name an existing folder or a path ending in .zip "
                    + "with -o, not '" + output + "'");
        }
        return path;
    }

    private static String shortfall(Allocation line) {
        String how = line.license() == LicenseType.TELEPRESENCE_ROOM
                ? "; room licenses are neither borrowed nor lent, R31"
                : line.borrowed() > 0 ? ", " + line.borrowed() + " met by higher tiers" : "";
        return line.license() + " short by " + line.shortfall() + " (required " + line.required() + ", requested "
                + line.installed() + how + ")";
    }
}
