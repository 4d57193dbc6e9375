package ucount.catalog;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import ucount.io.FileProblems;
import ucount.model.DeviceTier;
import ucount.util.CsvProblems;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
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

    /** A catalog file larger than this is no catalog (the built-in one is 30 KB): refused before it is read. */
    static final long MAX_BYTES = 16L << 20;

    static List<CatalogEntry> read(Path file) throws CatalogException {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes((int) MAX_BYTES + 1); // read bounded: a device or a pipe has no size to check
        } catch (IOException e) {
            throw new CatalogException(file + ": cannot read catalog: " + FileProblems.reason(e));
        }
        if (bytes.length > MAX_BYTES) {
            throw new CatalogException(file + ": more than " + MAX_BYTES + " bytes: a catalog file is at most 16 MB");
        }
        if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
                || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)) {
            throw new CatalogException(file + ": UTF-16 text (a spreadsheet's Unicode Text?): save the catalog as "
                    + "CSV UTF-8");
        }
        long nul = CsvProblems.nulLine(bytes);
        if (nul > 0) throw new CatalogException(file + ":" + nul + ": NUL byte: not a CSV text file");
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(bytes), utf8)) {
            return read(reader, file.toString());
        } catch (CharacterCodingException e) {
            throw notUtf8(file.toString());
        } catch (IOException | UncheckedIOException e) {
            throw new CatalogException(file + ": cannot read catalog: " + rootMessage(e));
        }
    }

    static List<CatalogEntry> read(Reader reader, String name) throws CatalogException, IOException {
        // Columns without a name (a spreadsheet's trailing commas) are allowed and ignored.
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setAllowMissingColumnNames(true).setIgnoreEmptyLines(true).setTrim(true).build();
        CSVParser opened;
        try {
            opened = CSVParser.parse(reader, format);
        } catch (IllegalArgumentException e) { // a column named twice
            throw new CatalogException(name + ":1: catalog header: " + rootMessage(e));
        } catch (UncheckedIOException | IllegalStateException e) {
            throw malformed(name, e);
        }
        try (CSVParser parser = opened) {
            Map<String, Integer> columns = new HashMap<>();
            List<String> names = parser.getHeaderNames();
            for (int i = 0; i < names.size(); i++) {
                String column = names.get(i).replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT);
                if (column.isEmpty()) continue; // a spreadsheet's trailing commas
                if (columns.putIfAbsent(column, i) != null) {
                    throw new CatalogException(name + ":1: catalog header names the column '" + column + "' twice");
                }
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
            throw malformed(name, e);
        }
    }

    private static CatalogException malformed(String name, RuntimeException e) {
        if (e.getCause() instanceof CharacterCodingException) return notUtf8(name);
        long line = CsvProblems.line(e);
        return new CatalogException(name + (line > 0 ? ":" + line : "") + ": " + CsvProblems.problem(e));
    }

    private static CatalogException notUtf8(String name) {
        return new CatalogException(name + ": not valid UTF-8 text: save the catalog as CSV UTF-8");
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
