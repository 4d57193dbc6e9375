package ucount.pipeline;

import ucount.catalog.Catalog;
import ucount.catalog.CatalogException;
import ucount.ingest.ExportReader;
import ucount.ingest.Fields;
import ucount.ingest.InputException;
import ucount.ingest.InputFile;
import ucount.model.Inventory;
import ucount.rules.Classifier;
import ucount.rules.Estimate;
import ucount.rules.RuleOptions;
import ucount.rules.UnknownModelException;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** The steps every command shares: read each cluster's exports, then classify them. */
public final class Pipeline {

    private Pipeline() {
    }

    public static Catalog catalog(Path overrides) throws CatalogException {
        Catalog catalog = Catalog.builtIn();
        return overrides == null ? catalog : catalog.withOverrides(overrides);
    }

    public static List<Inventory> read(List<ClusterSpec> clusters, Supplier<InputStream> stdin) throws InputException {
        return read(clusters, stdin, Fields.ALL);
    }

    /** Reads the fields asked; {@link Fields#LICENSING} when only the license rules look at the inventories. */
    public static List<Inventory> read(List<ClusterSpec> clusters, Supplier<InputStream> stdin, Fields fields)
            throws InputException {
        List<Inventory> inventories = new ArrayList<>();
        for (ClusterSpec spec : clusters) {
            inventories.add(ExportReader.read(spec.name(), InputFile.expand(spec.exports(), stdin), fields));
        }
        return inventories;
    }

    public static Estimate estimate(List<Inventory> inventories, Catalog catalog, RuleOptions options)
            throws UnknownModelException {
        return new Classifier(catalog, options).estimate(inventories);
    }
}
