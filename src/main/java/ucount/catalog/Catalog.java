package ucount.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The device catalog: model string to tier and DLU cost. The built-in rows are a CSV resource
 * ({@code ucount/catalog/devices.csv}); a user's file adds or overrides rows by model name.
 * Model names match case-insensitively with white space collapsed, as exports spell them inconsistently.
 */
public final class Catalog {

    static final String RESOURCE = "/ucount/catalog/devices.csv";

    private final Map<String, CatalogEntry> byKey;
    /** Lookups by model string as exported: a cluster of a million devices spells a few dozen models. */
    private final Map<String, Optional<CatalogEntry>> lookups = new ConcurrentHashMap<>();

    private Catalog(Map<String, CatalogEntry> byKey) {
        this.byKey = byKey;
    }

    /** The built-in catalog. */
    public static Catalog builtIn() {
        try (InputStream in = Catalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
            Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
            return of(CatalogReader.read(reader, "built-in catalog"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (CatalogException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    static Catalog of(Collection<CatalogEntry> entries) {
        Map<String, CatalogEntry> map = new LinkedHashMap<>();
        for (CatalogEntry entry : entries) map.put(key(entry.model()), entry);
        return new Catalog(map);
    }

    /**
     * This catalog with a user's rows added or replacing built-in ones. A row that gives no DLU cost keeps the
     * built-in row's, with its confidence and its source beside the row's ("user; DLU: S1;S6"): a file written to
     * change a tier does not lose the model's pre-9.x cost.
     */
    public Catalog withOverrides(Path file) throws CatalogException {
        Map<String, CatalogEntry> map = new LinkedHashMap<>(byKey);
        for (CatalogEntry entry : CatalogReader.read(file)) {
            CatalogEntry builtIn = map.get(key(entry.model()));
            if (entry.dlu() == null && builtIn != null && builtIn.dlu() != null) {
                entry = new CatalogEntry(entry.model(), entry.tier(), entry.tierConfidence(), builtIn.dlu(),
                        builtIn.dluConfidence(), entry.source() + "; DLU: " + builtIn.source(), entry.note());
            }
            map.put(key(entry.model()), entry);
        }
        return new Catalog(map);
    }

    /** The rows of a user's catalog file, validated. */
    public static List<CatalogEntry> read(Path file) throws CatalogException {
        return CatalogReader.read(file);
    }

    public Optional<CatalogEntry> find(String model) {
        if (model == null) return Optional.empty();
        Optional<CatalogEntry> found = lookups.get(model);
        return found != null ? found : lookups.computeIfAbsent(model, m -> Optional.ofNullable(byKey.get(key(m))));
    }

    /** All rows, sorted by tier then model. */
    public List<CatalogEntry> entries() {
        return byKey.values().stream()
                .sorted(Comparator.comparing(CatalogEntry::tier).thenComparing(e -> e.model().toLowerCase(Locale.ROOT)))
                .toList();
    }

    static String key(String model) {
        return model.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
