package ucount.cli;

import ucount.support.Cli;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ucount.report.Json;
import ucount.support.Golden;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code estimate --installed-dlu}: the pre-9.x DLU view beside the 9.x one (R20-R26); nothing changes without. */
class EstimateMigrationTest {

    @Test
    void sideBySideTextForCiscoScenario1(@TempDir Path dir) throws Exception {
        CiscoScenario.write(dir);
        Cli.Result run = Cli.run("estimate", "--installed-dlu", "6000", dir.toString());
        assertEquals(0, run.exit(), run.err());
        Golden.assertMatches("estimate/cisco-scenario-1-installed-6000.txt", run.out());
    }

    @Test
    void sideBySideTextForAcmeHq() throws Exception {
        Cli.Result run = Cli.run("estimate", "--installed-dlu", "1000", "--dlu-per-enhanced", "5", "samples/acme-hq");
        assertEquals(0, run.exit(), run.err());
        Golden.assertMatches("estimate/acme-hq-installed-1000-rate-5.txt", run.out());
    }

    @Test
    void jsonGainsAMigrationObjectOnlyWithInstalledDlus(@TempDir Path dir) throws Exception {
        CiscoScenario.write(dir);
        JsonNode plain = Json.MAPPER.readTree(Cli.run("estimate", "--format", "json", dir.toString()).out());
        assertFalse(plain.has("migration"));
        JsonNode root = Json.MAPPER.readTree(Cli.run("estimate", "--format", "json", "--installed-dlu", "6000",
                dir.toString()).out());
        JsonNode migration = root.get("migration");
        assertEquals(3200, migration.get("usedDlu").asInt());
        assertEquals(6000, migration.get("installedDlu").asInt());
        assertEquals(2800, migration.get("unusedDlu").asInt());
        assertEquals(6, migration.get("dluPerEnhanced").asInt());
        assertEquals(466, migration.get("extraEnhanced").asInt());
        assertEquals(1266, migration.get("requested").get("ENHANCED").asInt());
        assertEquals(800, root.get("totals").get("ENHANCED").asInt()); // the contract's totals stay the requirement
        plain.fieldNames().forEachRemaining(name -> assertTrue(root.has(name), name));
    }

    @Test
    void r24_r26_htmlAndMarkdownShowTheSideBySideView_forCiscoScenario1(@TempDir Path dir) throws Exception {
        CiscoScenario.write(dir);
        Cli.Result html = Cli.run("estimate", "--format", "html", "--installed-dlu", "6000", dir.toString());
        assertEquals(0, html.exit(), html.err());
        // Cisco's deck: 800 x 7960 = 3200 DLUs used of 6000; 2800 unused -> 466 Enhanced; 800 + 466 to request
        assertTrue(html.out().contains("<section id=\"dlu-comparison\">\n<h2>Pre-9.x DLUs and 9.x licenses</h2>"),
                html.out());
        assertTrue(html.out().contains("<tr><td>Used (R23)</td><td class=\"n\">3200</td><td>To request</td>"
                + "<td class=\"n\">1266</td></tr>"), html.out());
        assertTrue(html.out().contains("<tr><td>Unused (R24)</td><td class=\"n\">2800</td>"), html.out());
        assertTrue(html.out().contains("<td>Enhanced from unused DLUs (R26)</td><td class=\"n\">+466</td>"),
                html.out());
        Cli.Result md = Cli.run("estimate", "--format", "md", "--installed-dlu", "6000", dir.toString());
        assertEquals(0, md.exit(), md.err());
        assertTrue(md.out().contains("## Pre-9.x and 9.x side by side (R20-R26)\n\n"
                + "| Today: pre-9.x DLUs | DLUs | After the upgrade: 9.x licenses | Licenses |\n"
                + "| --- | ---: | --- | ---: |\n"
                + "| Devices (800) | 3200 | Required (R25) | 800 |\n"
                + "| User features (R22) | 0 | Enhanced from unused DLUs (R26) | +466 |\n"
                + "| Used (R23) | 3200 | **To request** | **1266** |\n"
                + "| Installed | 6000 |   |   |\n"
                + "| Unused (R24) | 2800 | (6 unused DLUs per Enhanced UCL) |   |\n"), md.out());
    }

    @Test
    void htmlAndMarkdownWithoutInstalledDlusHaveNoDluView() {
        for (String format : new String[]{"html", "md"}) {
            Cli.Result run = Cli.run("estimate", "--format", format, "samples/acme-hq");
            assertEquals(0, run.exit(), run.err());
            assertFalse(run.out().contains("DLU"), run.out());
        }
    }

    @Test
    void textWithoutInstalledDlusHasNoDluView() {
        Cli.Result run = Cli.run("estimate", "samples/acme-hq");
        assertEquals(0, run.exit(), run.err());
        assertFalse(run.out().contains("DLU"), run.out());
    }
}
