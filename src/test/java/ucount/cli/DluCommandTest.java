package ucount.cli;

import ucount.support.Cli;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ucount.report.Json;
import ucount.support.Golden;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code ucount dlu}, run in-process: golden outputs for the samples, Cisco's example, and errors. */
class DluCommandTest {

    @Test
    void r21_aPhonesExportWithoutPrimaryPhone_isSaidToLeaveAdjunctsUnseen(@TempDir Path dir)
            throws Exception {
        Path phones = Files.writeString(dir.resolve("phone.csv"), "DEVICE NAME,DEVICE TYPE,OWNER USER ID\n"
                + "SEP000000000001,Cisco 7960,jdoe\nSEPIPC000000001,Cisco IP Communicator,jdoe\n");
        Cli.Result r = Cli.run("dlu", "--format", "json", phones.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("\"MISSING_FIELD\""), r.out());
        assertTrue(r.out().contains("without the Primary Phone field: counted at full cost, not as adjuncts (R21)"));
        Path withColumn = Files.writeString(dir.resolve("phones.csv"), "DEVICE NAME,DEVICE TYPE,OWNER USER ID,"
                + "PRIMARY PHONE\nSEP000000000001,Cisco 7960,jdoe,\nSEPIPC000000001,Cisco IP Communicator,jdoe,\n");
        Cli.Result column = Cli.run("dlu", "--format", "json", withColumn.toString());
        assertFalse(column.out().contains("Primary Phone field"), column.out());
    }

    @Test
    void textForAcmeHq() throws Exception {
        Cli.Result run = Cli.run("dlu", "samples/acme-hq");
        assertEquals(0, run.exit(), run.err());
        assertEquals("", run.err());
        Golden.assertMatches("dlu/acme-hq.txt", run.out());
    }

    @Test
    void textWithDetailAndInstalledDlus() throws Exception {
        Cli.Result run = Cli.run("dlu", "--detail", "--installed-dlu", "1000", "samples/acme-hq");
        assertEquals(0, run.exit(), run.err());
        Golden.assertMatches("dlu/acme-hq-detail-installed-1000.txt", run.out());
    }

    @Test
    void jsonForAcmeHq() throws Exception {
        Cli.Result run = Cli.run("dlu", "--format", "json", "--generated-at", "2024-05-19T08:00:00Z",
                "samples/acme-hq");
        assertEquals(0, run.exit(), run.err());
        Golden.assertMatches("dlu/acme-hq.json", run.out());
        JsonNode root = Json.MAPPER.readTree(run.out());
        // hand-computed: 106 devices at their catalog costs = 400, 12 Mobility users x 2 + 22 Presence users x 1 = 46
        assertEquals(446, root.get("usedDlu").asInt());
        assertTrue(root.get("installedDlu").isNull());
        assertTrue(root.get("unusedDlu").isNull());
        assertEquals(400, root.get("deviceDlu").asInt());
        assertEquals(46, root.get("userFeatureDlu").asInt());
    }

    @Test
    void markdownForAcmeHq_r24_r26_unusedDlusAsEnhanced_metadataFooter() {
        Cli.Result run = Cli.run("dlu", "--format", "md", "--installed-dlu", "1000", "--generated-at",
                "2024-05-19T08:00:00Z", "samples/acme-hq");
        assertEquals(0, run.exit(), run.err());
        assertEquals("", run.err());
        Golden.assertMatches("dlu/acme-hq-installed-1000.md", run.out());
        // 1000 installed - 446 used = 554 unused; 554 / 6 = 92 extra Enhanced (R26)
        assertTrue(run.out().contains("| Unused (R24) | **554** | 92 extra Enhanced UCL at 6 DLUs each (R26) |\n"),
                run.out());
    }

    @Test
    void markdownWithDetail_perClusterAndTotal() {
        Cli.Result run = Cli.run("dlu", "--format", "md", "--detail", "--installed-dlu", "600", "--generated-at",
                "2024-05-19T08:00:00Z", "--cluster", "hq=samples/acme-hq", "--cluster", "branch=samples/acme-branch");
        assertEquals(0, run.exit(), run.err());
        Golden.assertMatches("dlu/hq-branch-detail-installed-600.md", run.out());
        assertTrue(run.out().contains("| **Total** | **120** | **446** | **52** | **498** |\n"), run.out());
    }

    @Test
    void json_metadataLast_withTheCatalog_csvMetadataBeside(@TempDir Path dir) throws Exception {
        Path catalog = Files.writeString(dir.resolve("catalog.csv"),
                "model,tier,tier_confidence,dlu,dlu_confidence\nAcme Future Phone 9000,ENHANCED,high,5,high\n");
        Cli.Result json = Cli.run("dlu", "--format", "json", "--catalog", catalog.toString(), "--generated-at",
                "2024-05-19T08:00:00Z", "samples/acme-hq");
        assertEquals(0, json.exit(), json.err());
        JsonNode root = Json.MAPPER.readTree(json.out());
        List<String> fields = new ArrayList<>();
        root.fieldNames().forEachRemaining(fields::add);
        assertEquals("metadata", fields.get(fields.size() - 1));
        JsonNode inputs = root.get("metadata").get("inputs");
        assertEquals(5, inputs.size());
        assertEquals("catalog", inputs.get(4).get("kind").asText());
        assertEquals(445, root.get("usedDlu").asInt(), "the catalog's 5 DLUs replace the assumed 6 (R20)");
        Path meta = dir.resolve("meta.json");
        Cli.Result csv = Cli.run("dlu", "-q", "--format", "csv", "--metadata", meta.toString(), "--catalog",
                catalog.toString(), "--generated-at", "2024-05-19T08:00:00Z", "samples/acme-hq");
        assertEquals(0, csv.exit(), csv.err());
        assertTrue(csv.out().startsWith("cluster,kind,name,"), csv.out());
        assertEquals(root.get("metadata"), Json.MAPPER.readTree(meta.toFile()).get("metadata"));
    }

    @Test
    void htmlIsNotAFormatOfDlu() {
        Cli.Result run = Cli.run("dlu", "--format", "html", "samples/acme-hq");
        assertEquals(2, run.exit());
        assertEquals("ucount: dlu has no --format html (it writes text, json, csv, md)\n", run.err());
    }

    @Test
    void csvForAcmeHqWithWarningsOnStandardError() throws Exception {
        Cli.Result run = Cli.run("dlu", "--format", "csv", "samples/acme-hq");
        assertEquals(0, run.exit(), run.err());
        Golden.assertMatches("dlu/acme-hq.csv", run.out());
        assertTrue(run.err().contains("ucount: warning: samples/acme-hq/phones.csv:108: UNKNOWN_MODEL: "), run.err());
    }

    @Test
    void perClusterAndTotal() throws Exception {
        Cli.Result run = Cli.run("dlu", "--installed-dlu", "600", "--cluster", "hq=samples/acme-hq",
                "--cluster", "branch=samples/acme-branch");
        assertEquals(0, run.exit(), run.err());
        Golden.assertMatches("dlu/hq-branch-installed-600.txt", run.out());
        Cli.Result json = Cli.run("dlu", "--format", "json", "--installed-dlu", "600", "--cluster",
                "hq=samples/acme-hq", "--cluster", "branch=samples/acme-branch");
        JsonNode root = Json.MAPPER.readTree(json.out());
        assertEquals(446, root.get("clusters").get(0).get("usedDlu").asInt());
        int total = root.get("clusters").get(0).get("usedDlu").asInt() + root.get("clusters").get(1).get("usedDlu").asInt();
        assertEquals(total, root.get("usedDlu").asInt());
        assertEquals(600 - total, root.get("unusedDlu").asInt());
    }

    @Test
    void r20_r24_r26_ciscoWorkedExample(@TempDir Path dir) throws Exception {
        CiscoScenario.write(dir);
        Cli.Result run = Cli.run("dlu", "--format", "json", "--installed-dlu", "6000", dir.toString());
        assertEquals(0, run.exit(), run.err());
        JsonNode root = Json.MAPPER.readTree(run.out());
        assertEquals(3200, root.get("usedDlu").asInt());
        assertEquals(6000, root.get("installedDlu").asInt());
        assertEquals(2800, root.get("unusedDlu").asInt());
        assertEquals(466, root.get("extraEnhanced").asInt());
        JsonNode model = root.get("byModel").get(0);
        assertEquals("Cisco 7960", model.get("model").asText());
        assertEquals(800, model.get("devices").asInt());
        assertEquals(3200, model.get("dlu").asInt());
        assertEquals(1, root.get("byModel").size());
    }

    @Test
    void r21_r22_adjunctsAndUserFeaturesInText(@TempDir Path dir) throws Exception {
        java.nio.file.Files.writeString(dir.resolve("phones.csv"), """
                Device Name,Device Type,Owner User ID,Primary Phone
                SEP000000000001,Cisco 7960,jdoe,
                SEPIPC00000001,Cisco IP Communicator,jdoe,SEP000000000001
                SEPIPC00000002,Cisco IP Communicator,,
                UPCJDOE,Cisco Unified Personal Communicator,jdoe,SEP000000000001
                CUMCASMITH,Cisco Unified Mobile Communicator,asmith,
                """);
        java.nio.file.Files.writeString(dir.resolve("users.csv"), """
                USER ID,LAST NAME,ENABLE MOBILITY,ENABLE USER FOR UNIFIED CM IM AND PRESENCE
                jdoe,Doe,t,t
                asmith,Smith,f,t
                """);
        Cli.Result run = Cli.run("dlu", "--installed-dlu", "100", dir.toString());
        assertEquals(0, run.exit(), run.err());
        Golden.assertMatches("dlu/adjuncts-installed-100.txt", run.out());
        // 4 (7960) + 3 (IPC) + 1 + 1 (adjuncts, R21) + 1 (Mobile Communicator, R22) + 2 + 1 + 1 (R22 users) = 14
        assertTrue(run.out().contains("DLUs used (R23)     14  devices 10 + user features 4"), run.out());
    }

    @Test
    void negativeInstalledDlusIsAUsageError() {
        Cli.Result run = Cli.run("dlu", "--installed-dlu", "-5", "samples/acme-hq");
        assertEquals(2, run.exit());
        assertEquals("", run.out());
        assertEquals("ucount: --installed-dlu must be from 0 to 10000000, not -5\n", run.err());
    }

    @Test
    void unknownModelsFailStopsWithThePlace() {
        Cli.Result run = Cli.run("dlu", "--unknown-models", "fail", "samples/acme-hq");
        assertEquals(3, run.exit());
        assertEquals("", run.out());
        assertEquals("ucount: samples/acme-hq/phones.csv:108: unknown device model 'Acme Future Phone 9000' "
                + "(--unknown-models fail); add it to a catalog file and pass --catalog FILE\n", run.err());
    }
}
