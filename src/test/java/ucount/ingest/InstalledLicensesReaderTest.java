package ucount.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ucount.model.LicenseType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** {@code check --installed FILE}: the license,count CSV. */
class InstalledLicensesReaderTest {

    @TempDir
    Path dir;

    @Test
    void readsTypesInAnyCaseAndSpellingWithHeadersInAnyOrder() throws Exception {
        Path file = write("installed.csv", "\uFEFFCount,License,Note\r\n40,enhanced,PO 1\r\n5,Enhanced-Plus,\r\n"
                + "10,CUWL_STANDARD,\"renewed, 2024\"\r\n0,TelePresence Room,\r\n");
        assertEquals(Map.of(LicenseType.ENHANCED, 40, LicenseType.ENHANCED_PLUS, 5, LicenseType.CUWL_STANDARD, 10,
                LicenseType.TELEPRESENCE_ROOM, 0), InstalledLicensesReader.read(file));
    }

    @Test
    void skipsCommentsAndBlankLines() throws Exception {
        Path file = write("installed.csv", "# licenses of PO 4711\nlicense,count\n\n# desk phones\nBASIC,3\n,\n");
        assertEquals(Map.of(LicenseType.BASIC, 3), InstalledLicensesReader.read(file));
    }

    @Test
    void headerOnlyMeansNothingInstalled() throws Exception {
        assertEquals(Map.of(), InstalledLicensesReader.read(write("installed.csv", "license,count\n")));
    }

    @Test
    void badRowsAreNamedByFileAndLine() throws Exception {
        assertEquals(name("i.csv") + ":3: unknown license type 'GOLD' (expected one of ESSENTIAL, BASIC, ENHANCED, "
                        + "ENHANCED_PLUS, CUWL_STANDARD, CUWL_PROFESSIONAL, TELEPRESENCE_ROOM)",
                error("i.csv", "license,count\nBASIC,1\nGOLD,2\n"));
        assertEquals(name("i.csv") + ":4: count of ENHANCED must be a whole number from 0 to 10000000, not 'ten'",
                error("i.csv", "license,count\n# comment\nBASIC,1\nENHANCED,ten\n"));
        assertEquals(name("i.csv") + ":2: count of BASIC must be a whole number from 0 to 10000000, not '-1'",
                error("i.csv", "license,count\nBASIC,-1\n"));
        assertEquals(name("i.csv") + ":2: count of BASIC must be a whole number from 0 to 10000000, not ''",
                error("i.csv", "license,count\nBASIC\n"));
        assertEquals(name("i.csv") + ":4: ENHANCED_PLUS is listed again (first on line 2): give one row per license "
                + "type", error("i.csv", "license,count\nENHANCED_PLUS,1\nBASIC,1\nenhanced-plus,2\n"));
    }

    @Test
    void aCountWithAThousandsSeparatorIsRefused_notReadAsItsFirstDigits() throws Exception {
        assertEquals(name("i.csv") + ":3: 3 fields where the header has 2: write counts without a thousands separator "
                + "(1000, not 1,000)", error("i.csv", "license,count\nBASIC,1\nENHANCED,1,000\n"));
        assertEquals(Map.of(LicenseType.ENHANCED, 1000, LicenseType.BASIC, 2),
                InstalledLicensesReader.read(write("i.csv", "license,count\nENHANCED,\"1000\",\nBASIC,2,,\n")));
    }

    @Test
    void aFileWithoutTheTwoColumnsIsRefused() throws Exception {
        assertEquals(name("i.csv") + ":1: the header must name the columns license and count, not 'type,qty'",
                error("i.csv", "type,qty\nBASIC,1\n"));
        assertEquals(name("i.csv") + ":1: empty file: expected the header license,count", error("i.csv", ""));
    }

    @Test
    void malformedCsvIsNamedByFileAndLine_withoutJavasWords() throws Exception {
        assertEquals(name("i.csv") + ":2: malformed CSV: Invalid char between encapsulated token and delimiter",
                error("i.csv", "license,count\n\"ENHANCED\"x,4\n"));
        assertEquals(name("i.csv") + ":2: malformed CSV: EOF reached before encapsulated token finished",
                error("i.csv", "license,count\n\"ENHANCED,4\n"));
    }

    @Test
    void aNulByteIsNoText() throws Exception {
        assertEquals(name("i.csv") + ":3: NUL byte: not a CSV text file",
                error("i.csv", "license,count\nBASIC,1\nENHANCED,\u00004\n"));
    }

    @Test
    void aFileLargerThanAnyListOfLicensesIsRefusedUnread() throws Exception {
        assertEquals(name("i.csv") + ": more than 1048576 bytes: a file of installed licenses is at most 1 MB",
                error("i.csv", "license,count\nENHANCED," + "9".repeat(1 << 20) + "\n"));
    }

    @Test
    void aFileThatIsNotUtf8IsNamed() throws Exception {
        Path file = dir.resolve("i.csv");
        Files.write(file, "license,count\nBASIC,1\n\u00e9".getBytes(StandardCharsets.ISO_8859_1));
        InputException e = assertThrows(InputException.class, () -> InstalledLicensesReader.read(file));
        assertEquals(name("i.csv") + ":3: not valid UTF-8 text (Windows-1252 or another legacy encoding?): save the "
                + "export as UTF-8 and run again", e.getMessage());
    }

    private Path write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }

    private String name(String file) {
        return dir.resolve(file).toString();
    }

    private String error(String name, String text) throws Exception {
        Path file = write(name, text);
        return assertThrows(InputException.class, () -> InstalledLicensesReader.read(file)).getMessage();
    }
}
