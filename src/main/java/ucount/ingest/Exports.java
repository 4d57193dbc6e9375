package ucount.ingest;

import ucount.model.Inventory;

import java.util.List;

/**
 * Reads a cluster's exports as {@link ExportReader} does, within the given {@link ReadLimits}: the readers find the
 * limits on the {@link InventoryBuilder} they fill.
 */
public final class Exports {

    private Exports() {
    }

    public static Inventory read(String cluster, List<InputFile> files, ReadLimits limits) throws InputException {
        InventoryBuilder builder = new InventoryBuilder(cluster, limits);
        for (InputFile file : files) ExportReader.read(file, builder);
        return builder.build();
    }
}
