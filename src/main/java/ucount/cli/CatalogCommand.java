package ucount.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import ucount.catalog.Catalog;
import ucount.catalog.CatalogEntry;
import ucount.catalog.CatalogException;
import ucount.pipeline.Pipeline;
import ucount.report.CatalogReport;
import ucount.report.Format;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "catalog", sortOptions = false, mixinStandardHelpOptions = true,
        versionProvider = UcountCommand.VersionProvider.class,
        description = {"The device catalog: each model's license tier (R3), pre-9.x DLU cost (R20), source and "
                + "confidence. MODEL filters by a case-insensitive part of the model name."},
        footer = {"", "Examples:",
                "  ucount catalog 8865 7965       # the models that contain 8865 or 7965",
                "  ucount catalog --format csv > my-catalog.csv   # edit it, then check it:",
                "  ucount catalog --check my-catalog.csv",
                "  ucount estimate --catalog my-catalog.csv exports/   # and count with it"})
final class CatalogCommand implements Callable<Integer> {

    @ParentCommand
    UcountCommand root;

    @Parameters(paramLabel = "MODEL", arity = "0..*",
            description = "Part of a model name or of its note, e.g. 8865, jabber or csf (the Jabber clients' models "
                    + "are CUCM's names, such as Cisco Unified Client Services Framework).")
    List<String> models = new ArrayList<>();

    @Option(names = "--catalog", paramLabel = "FILE", description = "Show the catalog with this file's rows added.")
    Path catalogFile;

    @Option(names = "--check", paramLabel = "FILE",
            description = "Validate a catalog file (columns, tiers, DLU values, duplicates) and say what it changes.")
    Path check;

    @Mixin
    OutputMixin output;

    @Mixin
    VerbosityMixin verbosity;

    @Override
    public Integer call() throws Exception {
        output.validate(EnumSet.of(Format.TEXT, Format.JSON, Format.CSV));
        OutputMixin.refuseInputs("-o", output.output, List.of(), catalogFile, check);
        if (check != null) return check();
        Catalog catalog = Pipeline.catalog(catalogFile);
        List<CatalogEntry> rows = catalog.entries();
        if (!models.isEmpty()) {
            List<CatalogEntry> matched = new ArrayList<>();
            for (String wanted : models) {
                String part = wanted.toLowerCase(Locale.ROOT).trim();
                List<CatalogEntry> hits = rows.stream()
                        .filter(e -> e.model().toLowerCase(Locale.ROOT).contains(part)
                                || e.note() != null && e.note().toLowerCase(Locale.ROOT).contains(part)).toList();
                if (hits.isEmpty()) throw new CatalogException("no catalog model matches '" + wanted + "'");
                hits.stream().filter(e -> !matched.contains(e)).forEach(matched::add);
            }
            rows = matched;
        }
        List<CatalogEntry> selected = rows;
        output.write(root.context, out -> CatalogReport.write(selected, output.format, out));
        return ExitCode.OK.code;
    }

    private int check() throws CatalogException {
        Catalog builtIn = Catalog.builtIn();
        List<CatalogEntry> rows = Catalog.read(check);
        long replaced = rows.stream().filter(e -> builtIn.find(e.model()).isPresent()).count();
        long added = rows.size() - replaced;
        root.context.out().println(check + ": " + rows.size() + (rows.size() == 1 ? " row" : " rows") + ", valid ("
                + replaced + (replaced == 1 ? " replaces a built-in model, " : " replace built-in models, ") + added
                + (added == 1 ? " adds a new one)" : " add new ones)"));
        root.context.out().flush();
        return ExitCode.OK.code;
    }
}
