package ucount.catalog;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import ucount.model.DeviceTier;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads catalog CSV: {@code model,tier,tier_confidence,dlu,dlu_confidence,source,note}. Only {@code model} and
 * {@code tier} are required in a user's file; the rest default to "user" provenance.
 */
final class CatalogReader {

    static final List<String> COLUMNS = List.of("model", "tier", "tier_confidence", "dlu", "dlu_confidence", "source", "note");
    static final Set<String> CONFIDENCES = Set.of("high", "medium", "assumed", "review", "user");

    private CatalogReader() {
    }

    static List<CatalogEntry> read(Path file) throws CatalogException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, file.toString());
        } catch (IOException | UncheckedIOException e) {
            throw new CatalogException(file + ": cannot read catalog: " + rootMessage(e));
        }
    }

    static List<CatalogEntry> read(Reader reader, String name) throws CatalogException, IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).build();
        try (CSVParser parser = CSVParser.parse(reader, format)) {
            Map<String, Integer> columns = new HashMap<>();
            for (Map.Entry<String, Integer> e : parser.getHeaderMap().entrySet()) {
                columns.put(e.getKey().replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT), e.getValue());
            }
            for (String required : List.of("model", "tier")) {
                if (!columns.containsKey(required)) {
                    throw new CatalogException(name + ":1: catalog header has no '" + required + "' column (expected "
                            + String.join(",", COLUMNS) + ")");
                }
            }
            List<CatalogEntry> entries = new ArrayList<>();
            Map<String, Long> seen = new HashMap<>();
            long previousLine = parser.getCurrentLineNumber();
            for (CSVRecord record : parser) {
                long line = previousLine + 1;
                previousLine = parser.getCurrentLineNumber();
                String where = name + ":" + line;
                String model = field(record, columns, "model");
                if (model.isEmpty()) throw new CatalogException(where + ": empty model");
                Long first = seen.putIfAbsent(Catalog.key(model), line);
                if (first != null) {
                    throw new CatalogException(where + ": model '" + model + "' is already on line " + first);
                }
                entries.add(new CatalogEntry(model, tier(field(record, columns, "tier"), where),
                        confidence(field(record, columns, "tier_confidence"), where),
                        dlu(field(record, columns, "dlu"), where),
                        confidence(field(record, columns, "dlu_confidence"), where),
                        orDefault(field(record, columns, "source"), "user"),
                        field(record, columns, "note")));
            }
            return entries;
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new CatalogException(name + ": malformed CSV: " + rootMessage(e));
        }
    }

    private static String field(CSVRecord record, Map<String, Integer> columns, String column) {
        Integer index = columns.get(column);
        return index == null || index >= record.size() ? "" : record.get(index).trim();
    }

    private static DeviceTier tier(String text, String where) throws CatalogException {
        try {
            return DeviceTier.valueOf(text.toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            throw new CatalogException(where + ": tier '" + text + "' is not one of "
                    + Arrays.toString(DeviceTier.values()));
        }
    }

    private static Integer dlu(String text, String where) throws CatalogException {
        if (text.isEmpty()) return null;
        try {
            int value = Integer.parseInt(text);
            if (value < 0) throw new NumberFormatException();
            return value;
        } catch (NumberFormatException e) {
            throw new CatalogException(where + ": dlu '" + text + "' is not a whole number >= 0");
        }
    }

    private static String confidence(String text, String where) throws CatalogException {
        String value = text.isEmpty() ? "user" : text.toLowerCase(Locale.ROOT);
        if (!CONFIDENCES.contains(value)) {
            throw new CatalogException(where + ": confidence '" + text + "' is not one of high, medium, assumed, review");
        }
        return value;
    }

    private static String orDefault(String text, String fallback) {
        return text.isEmpty() ? fallback : text;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) t = t.getCause();
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
