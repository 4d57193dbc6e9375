package ucount.catalog;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ucount.model.DeviceTier;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The built-in catalog against licensing.md sections 5-6 and the CUCM model lists. */
class CatalogTest {

    private static final Catalog CATALOG = Catalog.builtIn();
    private static final Path FIXTURES = Path.of("src/test/resources/fixtures");

    @TempDir
    Path dir;

    @Test
    void everyModelOfTheAxl125EnumAndTheTypemodelMapIsInTheCatalog() throws IOException {
        List<String> missing = new ArrayList<>();
        for (String line : Files.readAllLines(FIXTURES.resolve("cucm_XModel_enum_AXL12.5.txt"))) {
            String name = line.trim();
            if (!name.isEmpty() && !name.startsWith("#") && CATALOG.find(name).isEmpty()) missing.add(name);
        }
        for (String line : Files.readAllLines(FIXTURES.resolve("cucm_tkmodel_map.csv"))) {
            if (line.startsWith("#") || line.startsWith("enum,") || line.isBlank()) continue;
            String name = line.substring(line.indexOf(',') + 1).trim();
            if (CATALOG.find(name).isEmpty()) missing.add(name);
        }
        missing.removeIf(UNKNOWN::equals); // in both lists, and rightly missing (below)
        assertEquals(List.of(), missing);
    }

    /** CUCM's model "Unknown" (enum 255) names no model: R15 counts it as ENHANCED with a warning, never as nothing. */
    private static final String UNKNOWN = "Unknown";

    @Test
    void r15_theModelNamedUnknownIsNotInTheCatalog() {
        assertTrue(CATALOG.find(UNKNOWN).isEmpty());
        assertTrue(CATALOG.find("Unknown MGCP Gateway").isPresent());
    }

    @Test
    void r3_tiersOfSection5() {
        Map<String, DeviceTier> expected = Map.ofEntries(
                Map.entry("Cisco 3905", DeviceTier.ESSENTIAL), Map.entry("Cisco 6901", DeviceTier.ESSENTIAL),
                Map.entry("Analog Phone", DeviceTier.ESSENTIAL), Map.entry("Cisco ATA 190", DeviceTier.ESSENTIAL),
                Map.entry("Cisco ATA 186", DeviceTier.ESSENTIAL),
                Map.entry("Cisco 6911", DeviceTier.BASIC), Map.entry("Cisco 6921", DeviceTier.BASIC),
                Map.entry("Cisco 7965", DeviceTier.ENHANCED), Map.entry("Cisco 9971", DeviceTier.ENHANCED),
                Map.entry("Cisco IP Communicator", DeviceTier.ENHANCED),
                Map.entry("Cisco Unified Client Services Framework", DeviceTier.ENHANCED),
                Map.entry("Cisco Dual Mode for iPhone", DeviceTier.ENHANCED),
                Map.entry("Cisco Dual Mode for Android", DeviceTier.ENHANCED),
                Map.entry("Cisco Jabber for Tablet", DeviceTier.ENHANCED),
                Map.entry("Third-party SIP Device (Basic)", DeviceTier.ENHANCED),
                Map.entry("Third-party SIP Device (Advanced)", DeviceTier.ENHANCED),
                Map.entry("Cisco 8865", DeviceTier.ENHANCED), Map.entry("Cisco 7841", DeviceTier.ENHANCED),
                Map.entry("Cisco TelePresence SX20", DeviceTier.TELEPRESENCE_ROOM),
                Map.entry("Cisco TelePresence MX300", DeviceTier.TELEPRESENCE_ROOM),
                Map.entry("CTI Port", DeviceTier.NOT_LICENSED), Map.entry("CTI Route Point", DeviceTier.NOT_LICENSED),
                Map.entry("Remote Destination Profile", DeviceTier.NOT_LICENSED));
        expected.forEach((model, tier) -> assertEquals(tier, CATALOG.find(model).orElseThrow().tier(), model));
    }

    @Test
    void r20_dluCostsOfSection6Table() {
        Map<String, Integer> expected = Map.of("Analog Phone", 0, "CTI Port", 0, "Cisco 7902", 1, "Cisco 7906", 2,
                "Cisco 7911", 3, "Cisco IP Communicator", 3, "Cisco 7960", 4, "Cisco 7941", 4, "Cisco 7970", 5,
                "Third-party SIP Device (Advanced)", 6);
        expected.forEach((model, dlu) -> {
            CatalogEntry e = CATALOG.find(model).orElseThrow();
            assertEquals(dlu, e.dlu(), model);
            assertEquals("high", e.dluConfidence(), model);
        });
        assertEquals("assumed", CATALOG.find("Cisco 7965").orElseThrow().dluConfidence());
    }

    @Test
    void modelsMatchIgnoringCaseAndWhiteSpace() {
        assertEquals("Cisco 7965", CATALOG.find("  cisco   7965 ").orElseThrow().model());
    }

    @Test
    void userFileAddsAndOverridesRows() throws Exception {
        Path file = dir.resolve("mine.csv");
        Files.writeString(file, "Model,Tier,DLU\nCisco 7821,essential,2\nAcme 1,telepresence-room,\n");
        Catalog c = CATALOG.withOverrides(file);
        assertEquals(DeviceTier.ESSENTIAL, c.find("Cisco 7821").orElseThrow().tier());
        assertEquals("user", c.find("Cisco 7821").orElseThrow().source());
        assertEquals(DeviceTier.TELEPRESENCE_ROOM, c.find("acme 1").orElseThrow().tier());
        assertEquals(DeviceTier.ENHANCED, CATALOG.find("Cisco 7821").orElseThrow().tier(), "built-in unchanged");
    }

    @Test
    void userFileWithUnnamedTrailingColumns_isRead() throws Exception {
        Path file = dir.resolve("mine.csv");
        Files.writeString(file, "model,tier,,\nAcme 1,enhanced,,\n");
        assertEquals(DeviceTier.ENHANCED, CATALOG.withOverrides(file).find("Acme 1").orElseThrow().tier());
    }

    @Test
    void malformedUserFileIsNamedByFileLineAndProblem() throws IOException {
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, "model,tier\n\"Acme 1\"x,enhanced\n");
        assertEquals(file + ":2: malformed CSV: Invalid char between encapsulated token and delimiter",
                assertThrows(CatalogException.class, () -> CATALOG.withOverrides(file)).getMessage());
        Files.writeString(file, "model,tier,model\nAcme 1,enhanced,x\n");
        assertEquals(file + ":1: catalog header names the column 'model' twice",
                assertThrows(CatalogException.class, () -> CATALOG.withOverrides(file)).getMessage());
        Files.write(file, "model,tier\nB\u00e9r,enhanced\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertEquals(file + ": not valid UTF-8 text: save the catalog as CSV UTF-8",
                assertThrows(CatalogException.class, () -> CATALOG.withOverrides(file)).getMessage());
        Files.write(file, "model,tier\nAcme\u00001,enhanced\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(file + ":2: NUL byte: not a CSV text file",
                assertThrows(CatalogException.class, () -> CATALOG.withOverrides(file)).getMessage());
        Files.write(file, "\uFEFFmodel,tier\n".getBytes(java.nio.charset.StandardCharsets.UTF_16LE));
        assertEquals(file + ": UTF-16 text (a spreadsheet's Unicode Text?): save the catalog as CSV UTF-8",
                assertThrows(CatalogException.class, () -> CATALOG.withOverrides(file)).getMessage());
        Files.writeString(file, "model,tier,note\nAcme 1,enhanced," + "x".repeat(16 << 20) + "\n");
        assertEquals(file + ": more than 16777216 bytes: a catalog file is at most 16 MB",
                assertThrows(CatalogException.class, () -> CATALOG.withOverrides(file)).getMessage());
    }

    @Test
    void badUserFileNamesLineAndProblem() throws IOException {
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, "model,tier\nCisco 1,ENHANCED\nCisco 2,PLATINUM\n");
        CatalogException e = assertThrows(CatalogException.class, () -> CATALOG.withOverrides(file));
        assertTrue(e.getMessage().startsWith(file + ":3: tier 'PLATINUM' is not one of [ESSENTIAL, BASIC"), e.getMessage());

        Files.writeString(file, "model,tier\nCisco 1,ENHANCED\ncisco 1,BASIC\n");
        assertEquals(file + ":3: model 'cisco 1' is already on line 2",
                assertThrows(CatalogException.class, () -> CATALOG.withOverrides(file)).getMessage());

        Files.writeString(file, "name,level\n");
        assertTrue(assertThrows(CatalogException.class, () -> CATALOG.withOverrides(file)).getMessage()
                .startsWith(file + ":1: catalog header has no 'model' column"));
    }
}
