package ucount.pipeline;

import ucount.catalog.Catalog;
import ucount.catalog.CatalogException;
import ucount.ingest.ExportReader;
import ucount.ingest.InputException;
import ucount.ingest.InputFile;
import ucount.ingest.ReadOptions;
import ucount.migration.DluCalculator;
import ucount.migration.DluUsage;
import ucount.migration.MigrationPlan;
import ucount.model.Inventory;
import ucount.model.Source;
import ucount.rules.Classifier;
import ucount.rules.Estimate;
import ucount.rules.RuleOptions;
import ucount.rules.UnknownModelException;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** The steps every command shares: read each cluster's exports, then classify them or count their DLUs. */
public final class Pipeline {

    private Pipeline() {
    }

    public static Catalog catalog(Path overrides) throws CatalogException {
        Catalog catalog = Catalog.builtIn();
        return overrides == null ? catalog : catalog.withOverrides(overrides);
    }

    public static List<Inventory> read(List<ClusterSpec> clusters, Supplier<InputStream> stdin) throws InputException {
        return read(clusters, stdin, ReadOptions.DEFAULT);
    }

    /**
     * Every EXPORT argument is expanded (and checked to exist) before the first byte is read; the options' tap sees
     * the bytes of each file as it is read (digests, progress); a document, row or value beyond its limits is an
     * input error.
     */
    public static List<Inventory> read(List<ClusterSpec> clusters, Supplier<InputStream> stdin, ReadOptions options)
            throws InputException {
        long stdinNamed = clusters.stream().flatMap(c -> c.exports().stream()).filter(InputFile.STDIN::equals).count();
        if (stdinNamed > 1) {
            throw new InputException(Source.of(InputFile.STDIN), "standard input is read once: give - for one "
                    + "export only");
        }
        List<List<InputFile>> files = new ArrayList<>();
        for (ClusterSpec spec : clusters) files.add(InputFile.expand(spec.exports(), stdin));
        options.tap().starting(files.stream().flatMap(List::stream).toList());
        try {
            List<Inventory> inventories = new ArrayList<>();
            for (int i = 0; i < clusters.size(); i++) {
                inventories.add(ExportReader.read(clusters.get(i).name(), files.get(i), options));
            }
            return inventories;
        } finally {
            options.tap().finished();
        }
    }

    public static Estimate estimate(List<Inventory> inventories, Catalog catalog, RuleOptions options)
            throws UnknownModelException {
        return new Classifier(catalog, options).estimate(inventories);
    }

    /** R20-R24: the pre-9.x DLU view; {@code installedDlu} may be null. */
    public static DluUsage dlu(List<Inventory> inventories, Catalog catalog, RuleOptions options, Integer installedDlu)
            throws UnknownModelException {
        return new DluCalculator(catalog, options.failOnUnknownModel()).usage(inventories, installedDlu);
    }

    /** R25, R26: the 9.x requirement beside the DLU view, and the unused DLUs as extra Enhanced seats. */
    public static MigrationPlan migration(Estimate estimate, List<Inventory> inventories, Catalog catalog,
                                          RuleOptions options, Integer installedDlu, int dluPerEnhanced)
            throws UnknownModelException {
        return MigrationPlan.of(estimate, dlu(inventories, catalog, options, installedDlu), dluPerEnhanced);
    }
}
