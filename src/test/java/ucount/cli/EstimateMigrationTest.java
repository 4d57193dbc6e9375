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
    void textWithoutInstalledDlusHasNoDluView() {
        Cli.Result run = Cli.run("estimate", "samples/acme-hq");
        assertEquals(0, run.exit(), run.err());
        assertFalse(run.out().contains("DLU"), run.out());
    }
}
