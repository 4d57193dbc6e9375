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

    /** Every model licensing.md section 5 names, by its tier there, and R2's devices that need no license. */
    private static final Map<DeviceTier, List<String>> SECTION_5 = Map.of(
            DeviceTier.ESSENTIAL, List.of("Cisco 3905", "Cisco 6901", "Analog Phone", "Cisco ATA 186", "Cisco ATA 187",
                    "Cisco ATA 190", "Cisco ATA 191"),
            DeviceTier.BASIC, List.of("Cisco 6911", "Cisco 6921"),
            DeviceTier.ENHANCED, List.of("Cisco 3911", "Cisco 3941", "Cisco 3951", "Cisco 6941", "Cisco 6945",
                    "Cisco 6961", "Cisco 7902", "Cisco 7906", "Cisco 7911", "Cisco 7912", "Cisco 7931", "Cisco 7940",
                    "Cisco 7941", "Cisco 7942", "Cisco 7945", "Cisco 7960", "Cisco 7961", "Cisco 7962", "Cisco 7965",
                    "Cisco 7970", "Cisco 7971", "Cisco 7975", "Cisco 8941", "Cisco 8945", "Cisco 8961", "Cisco 9951",
                    "Cisco 9971", "Cisco 7921", "Cisco 7925", "Cisco 7926", "Cisco 7925G-EX", "Cisco 7936",
                    "Cisco 7937", "Cisco IP Communicator", "Cisco Unified Personal Communicator",
                    "Cisco Unified Client Services Framework", "Cisco Dual Mode for iPhone",
                    "Cisco Dual Mode for Android", "Cisco Jabber for Tablet", "Cisco VXC 6215", "Cisco E20",
                    "Cisco TelePresence EX60", "Cisco TelePresence EX90", "Third-party SIP Device (Basic)",
                    "Third-party SIP Device (Advanced)", "Cisco DX650",
                    // medium confidence in section 5
                    "Cisco 7811", "Cisco 7821", "Cisco 7841", "Cisco 7861", "Cisco 7832", "Cisco 8811", "Cisco 8841",
                    "Cisco 8845", "Cisco 8851", "Cisco 8861", "Cisco 8865", "Cisco 8875", "Cisco 8821", "Cisco 8831",
                    "Cisco 8832", "Cisco 6821", "Cisco 6841", "Cisco 6851", "Cisco 6861", "Cisco 6871", "Cisco DX70",
                    "Cisco DX80"),
            DeviceTier.TELEPRESENCE_ROOM, List.of("Cisco TelePresence 500-32", "Cisco TelePresence 500-37",
                    "Cisco TelePresence 1000", "Cisco TelePresence 1100", "Cisco TelePresence 1300-47",
                    "Cisco TelePresence 1300-65", "Cisco TelePresence 3000", "Cisco TelePresence 3200",
                    "Cisco TelePresence TX9000", "Cisco TelePresence TX9200", "Cisco TelePresence TX1310-65",
                    "Cisco TelePresence Profile 52 (C40)", "Cisco TelePresence Codec C90",
                    "Cisco TelePresence Codec C60", "Cisco TelePresence Codec C40",
                    "Cisco TelePresence Quick Set C20", "Cisco TelePresence MX200", "Cisco TelePresence MX300",
                    "Cisco TelePresence MX700", "Cisco TelePresence MX800", "Cisco TelePresence SX10",
                    "Cisco TelePresence SX20", "Cisco TelePresence SX80", "Cisco Webex Room Kit",
                    "Cisco Webex Room 55", "Cisco Webex Room 70 Single", "Cisco Webex Board 55",
                    "Generic Desktop Video Endpoint", "Generic Single Screen Room System",
                    "Generic Multiple Screen Room System"),
            DeviceTier.NOT_LICENSED, List.of("CTI Port", "CTI Route Point", "CTI Remote Device",
                    "Cisco Spark Remote Device", "Remote Destination Profile", "Device Profile", "Phone Template",
                    "UDP Template", "Remote Destination Profile Template", "H.323 Gateway", "SIP Gateway",
                    "VGC Gateway", "SIP Trunk", "MGCP Trunk", "Trunk", "MGCP Station"));

    @Test
    void r2_r3_everyModelOfSection5HasItsTier() {
        List<String> wrong = new ArrayList<>();
        SECTION_5.forEach((tier, models) -> {
            for (String model : models) {
                DeviceTier found = CATALOG.find(model).map(CatalogEntry::tier).orElse(null);
                if (found != tier) wrong.add(model + ": " + found + ", not " + tier);
            }
        });
        assertEquals(List.of(), wrong);
    }

    @Test
    void r3_modelsSection5FlagsAreMarkedForReview() {
        for (String model : List.of("Cisco 7811", "Cisco 7821", "Cisco Webex Desk")) {
            assertEquals("review", CATALOG.find(model).orElseThrow().tierConfidence(), model);
        }
        assertEquals("medium", CATALOG.find("Cisco 8865").orElseThrow().tierConfidence());
        assertEquals("high", CATALOG.find("Cisco 7965").orElseThrow().tierConfidence());
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
    void r20_aUserRowWithoutDluKeepsTheBuiltInCost() throws Exception {
        Path file = dir.resolve("mine.csv");
        Files.writeString(file, "model,tier\nCisco 7960,ESSENTIAL\nAcme 2,NOT_LICENSED\n");
        Catalog c = CATALOG.withOverrides(file);
        CatalogEntry e = c.find("Cisco 7960").orElseThrow();
        assertEquals(DeviceTier.ESSENTIAL, e.tier());
        assertEquals(4, e.dlu());
        assertEquals("high", e.dluConfidence());
        assertEquals("user; DLU: " + CATALOG.find("Cisco 7960").orElseThrow().source(), e.source());
        assertEquals(null, c.find("Acme 2").orElseThrow().dlu(), "a new model's cost stays unknown");
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
