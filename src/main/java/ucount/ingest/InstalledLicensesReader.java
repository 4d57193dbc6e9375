package ucount.ingest;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import ucount.model.LicenseType;
import ucount.model.Source;

import ucount.util.CsvProblems;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * Reads the installed licenses for {@code check --installed FILE}: a CSV with the columns {@code license} and
 * {@code count} (any case, any order, other columns ignored), one row per license type; lines starting with
 * {@code #} are comments. A row with more fields than the header is refused: "ENHANCED,1,000" is a count with a
 * thousands separator, not 1. Types not listed are taken as 0 installed.
 */
public final class InstalledLicensesReader {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setIgnoreEmptyLines(true).setCommentMarker('#').build();

    private InstalledLicensesReader() {
    }

    /** A license file larger than this is no list of seven license types: refused before it is read. */
    static final long MAX_BYTES = 1L << 20;

    public static Map<LicenseType, Integer> read(Path file) throws InputException {
        String name = file.toString();
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes((int) MAX_BYTES + 1); // read bounded: a device or a pipe has no size to check
        } catch (NoSuchFileException e) {
            throw new InputException(Source.of(name), "no such file");
        } catch (IOException e) {
            throw InputException.cannotRead(name, e);
        }
        if (bytes.length > MAX_BYTES) {
            throw new InputException(Source.of(name), "more than " + MAX_BYTES + " bytes: a file of installed "
                    + "licenses is at most 1 MB");
        }
        boolean utf16 = !TextDecoder.Encoding.of(bytes, bytes.length).isUtf8(); // read as such, with its mark
        long nul = utf16 ? 0 : CsvProblems.nulLine(bytes);
        if (nul > 0) throw new InputException(new Source(name, nul), "NUL byte: not a CSV text file");
        try (InputStream in = new ByteArrayInputStream(bytes); Reader text = TextDecoder.open(in)) {
            return read(text, name);
        } catch (CharacterCodingException e) {
            throw TextDecoder.undecodable(name, e);
        } catch (IOException e) {
            throw InputException.cannotRead(name, e);
        }
    }

    private static Map<LicenseType, Integer> read(Reader text, String name) throws InputException, IOException {
        Map<LicenseType, Integer> installed = new EnumMap<>(LicenseType.class);
        Map<LicenseType, Long> firstLine = new HashMap<>();
        try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) throw new InputException(new Source(name, 1), "empty file: expected the header license,count");
            CSVRecord head = records.next();
            Source headSource = new Source(name, parser.getCurrentLineNumber());
            Header header = new Header(head.toList());
            int license = header.find("license");
            int count = header.find("count");
            if (license < 0 || count < 0) {
                throw new InputException(headSource, "the header must name the columns license and count, not '"
                        + String.join(",", head.toList()) + "'");
            }
            while (records.hasNext()) {
                CSVRecord record = records.next();
                // Read after the record, the parser's line count is the record's line, comments included.
                Source where = new Source(name, parser.getCurrentLineNumber());
                String type = field(record, license);
                String value = field(record, count);
                if (type.isEmpty() && value.isEmpty()) continue;
                for (int i = head.size(); i < record.size(); i++) {
                    if (!record.get(i).isBlank()) {
                        throw new InputException(where, record.size() + " fields where the header has " + head.size()
                                + ": write counts without a thousands separator (1000, not 1,000)");
                    }
                }
                LicenseType parsed;
                try {
                    parsed = LicenseType.parse(type);
                } catch (IllegalArgumentException e) {
                    throw new InputException(where, e.getMessage());
                }
                Long first = firstLine.putIfAbsent(parsed, where.line());
                if (first != null) {
                    throw new InputException(where, parsed + " is listed again (first on line " + first
                            + "): give one row per license type");
                }
                installed.put(parsed, count(value, parsed, where));
            }
        } catch (UncheckedIOException | IllegalStateException e) {
            if (e.getCause() instanceof CharacterCodingException c) throw TextDecoder.undecodable(name, c);
            throw new InputException(new Source(name, CsvProblems.line(e)), CsvProblems.problem(e));
        }
        return installed;
    }

    private static String field(CSVRecord record, int index) {
        return index < record.size() ? record.get(index).trim() : "";
    }

    private static int count(String value, LicenseType type, Source where) throws InputException {
        try {
            int n = Integer.parseInt(value);
            if (n >= 0 && n <= LicenseType.MAX_COUNT) return n;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InputException(where, "count of " + type + " must be a whole number from 0 to "
                + LicenseType.MAX_COUNT + ", not '" + value + "'");
    }
}
