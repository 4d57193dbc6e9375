package ucount.migration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ucount.catalog.Catalog;
import ucount.model.Source;
import ucount.model.Warning;
import ucount.rules.UnknownModelException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ucount.migration.InventoryFixture.device;
import static ucount.migration.InventoryFixture.user;

/** Pre-9.x Device License Units, licensing.md section 6 (R20-R24). */
class DluRulesTest {

    @Test
    void r20_eachDeviceCostsItsModelsDluFromCiscosTable() throws Exception {
        ClusterDlu c = new InventoryFixture()
                .device("SEP000000000001", "Cisco 7902", "")
                .device("SEP000000000002", "Cisco 7906", "")
                .device("SEP000000000003", "Cisco 7911", "")
                .device("SEP000000000004", "Cisco 7960", "")
                .device("SEP000000000005", "Cisco 7970", "")
                .device("SEP000000000006", "Third-party SIP Device (Advanced)", "")
                .device("SEP000000000007", "Cisco IP Communicator", "")
                .device("SEP000000000008", "Cisco ATA 186", "")
                .device("AN0000000000009", "Analog Phone", "")
                .device("CTIPORT1", "CTI Port", "")
                .device("VGC000000000011", "Cisco VGC Phone", "")
                .dlu();
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 3, 2, 0, 0, 0), List.of("SEP000000000001", "SEP000000000002",
                "SEP000000000003", "SEP000000000004", "SEP000000000005", "SEP000000000006", "SEP000000000007",
                "SEP000000000008", "AN0000000000009", "CTIPORT1", "VGC000000000011").stream()
                .map(n -> device(c, n).dlu()).toList());
        assertEquals(26, c.deviceDlu());
        assertEquals("R20: Cisco 7960 costs 4 DLUs (high)", device(c, "SEP000000000004").reason());
        assertTrue(c.warnings().isEmpty());
    }

    @Test
    void r20_costsCiscoDoesNotGiveAreMarkedAssumed() throws Exception {
        ClusterDlu c = new InventoryFixture().device("SEP000000000001", "Cisco 7965", "")
                .device("SEP000000000002", "Cisco 7960", "").dlu();
        assertEquals("assumed", device(c, "SEP000000000001").confidence());
        assertEquals(4, device(c, "SEP000000000001").dlu());
        ModelDlu m7965 = c.byModel().stream().filter(m -> m.model().equals("Cisco 7965")).findFirst().orElseThrow();
        assertTrue(m7965.assumed());
        ModelDlu m7960 = c.byModel().stream().filter(m -> m.model().equals("Cisco 7960")).findFirst().orElseThrow();
        assertFalse(m7960.assumed());
    }

    @Test
    void r20_modelNamesMatchTheCatalogWhateverTheirCase() throws Exception {
        ClusterDlu c = new InventoryFixture().device("SEP000000000001", "CISCO  7960", "").dlu();
        assertEquals("Cisco 7960", c.byModel().get(0).model());
        assertEquals(4, c.deviceDlu());
    }

    @Test
    void r20_unknownModelCountsTheHighestCostWithAWarning() throws Exception {
        ClusterDlu c = new InventoryFixture().device("SEP000000000001", "Acme Phone 9000", "").dlu();
        assertEquals(DluRules.UNKNOWN_MODEL_DLU, c.deviceDlu());
        ModelDlu m = c.byModel().get(0);
        assertEquals("assumed", m.confidence());
        assertTrue(m.unknownModel());
        Warning w = c.warnings().get(0);
        assertEquals("UNKNOWN_MODEL", w.code());
        assertEquals("device SEP000000000001 has model 'Acme Phone 9000', which the catalog does not know; counted "
                + "as 6 DLUs, the highest device cost of Cisco's table (R20, policy)", w.message());
        assertEquals("phones.csv:2", w.source().toString());
    }

    @Test
    void r20_unknownModelWithUnknownModelsFailStops() {
        InventoryFixture f = new InventoryFixture().device("SEP000000000001", "Acme Phone 9000", "");
        UnknownModelException e = assertThrows(UnknownModelException.class,
                () -> new DluCalculator(InventoryFixture.CATALOG, true).cluster(f.inventory()));
        assertTrue(e.getMessage().startsWith("phones.csv:2: unknown device model 'Acme Phone 9000'"));
    }

    @Test
    void r20_userCatalogRowWithoutADluCostCountsTheHighestCost(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("mine.csv");
        Files.writeString(file, "model,tier\nAcme Desk 1,ENHANCED\n");
        Catalog catalog = Catalog.builtIn().withOverrides(file);
        ClusterDlu c = new DluCalculator(catalog, false)
                .cluster(new InventoryFixture().device("SEP000000000001", "Acme Desk 1", "").inventory());
        assertEquals(6, c.deviceDlu());
        assertEquals("UNKNOWN_DLU", c.warnings().get(0).code());
        assertEquals(DluRules.NO_DLU_SOURCE, c.byModel().get(0).source());
        assertFalse(c.byModel().get(0).unknownModel());
    }

    @Test
    void r20_catalogRowsOfPolicySourceAreNotUnknownModels() throws Exception {
        ClusterDlu c = new InventoryFixture().device("BRI0001", "ISDN BRI Phone", "").dlu();
        ModelDlu m = c.byModel().get(0);
        assertEquals("policy", m.source());
        assertFalse(m.unknownModel());
        assertTrue(c.warnings().isEmpty());
    }

    @Test
    void r20_userCatalogSetsItsOwnCost(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("mine.csv");
        Files.writeString(file, "model,tier,tier_confidence,dlu,dlu_confidence\nCisco 7965,ENHANCED,high,5,high\n");
        Catalog catalog = Catalog.builtIn().withOverrides(file);
        ClusterDlu c = new DluCalculator(catalog, false)
                .cluster(new InventoryFixture().device("SEP000000000001", "Cisco 7965", "").inventory());
        assertEquals(5, c.deviceDlu());
        assertEquals("high", c.byModel().get(0).confidence());
    }

    @Test
    void r21_communicatorsWithAPrimaryPhoneAreAdjunctsAtOneDlu() throws Exception {
        ClusterDlu c = new InventoryFixture()
                .device("SEP000000000001", "Cisco 7960", "jdoe")
                .device("SEPIPC000000001", "Cisco IP Communicator", "jdoe", "SEP000000000001")
                .device("UPCJDOE", "Cisco Unified Personal Communicator", "jdoe", "SEP000000000001")
                .device("CUMCJDOE", "Cisco Unified Mobile Communicator", "jdoe", "SEP000000000001")
                .device("SEPIPC000000002", "Cisco IP Communicator", "asmith")
                .dlu();
        assertEquals(1, device(c, "SEPIPC000000001").dlu());
        assertTrue(device(c, "SEPIPC000000001").adjunct());
        assertEquals("R21: Cisco IP Communicator with Primary Phone SEP000000000001 is an adjunct -> 1 DLU "
                + "(instead of 3)", device(c, "SEPIPC000000001").reason());
        assertEquals(1, device(c, "UPCJDOE").dlu());
        assertEquals(1, device(c, "CUMCJDOE").dlu());
        assertEquals(3, device(c, "SEPIPC000000002").dlu());
        assertFalse(device(c, "SEPIPC000000002").adjunct());
        ModelDlu ipc = c.byModel().stream().filter(m -> m.model().equals("Cisco IP Communicator")).findFirst()
                .orElseThrow();
        assertEquals(List.of(2, 1, 3, 4), List.of(ipc.devices(), ipc.adjunct(), ipc.dluEach(), ipc.dlu()));
        assertEquals(4 + 1 + 1 + 1 + 3, c.deviceDlu());
        assertTrue(c.warnings().isEmpty());
    }

    @Test
    void r21_communicatorsFromAnExportWithoutThePrimaryPhoneField_countInFullWithOneWarning() throws Exception {
        ClusterDlu c = new InventoryFixture()
                .device("SEP000000000001", "Cisco 7960", "jdoe", null)
                .device("SEPIPC000000001", "Cisco IP Communicator", "jdoe", null)
                .device("UPCJDOE", "Cisco Unified Personal Communicator", "jdoe", null)
                .dlu();
        assertEquals(4 + 3 + 3, c.deviceDlu());
        assertEquals(List.of(new Warning("MISSING_FIELD", "2 devices of a model that can be an adjunct (IP "
                + "Communicator, Personal or Mobile Communicator) came from an export without the Primary Phone "
                + "field: counted at full cost, not as adjuncts (R21); export Primary Phone (AXL primaryPhoneName)",
                new Source("phones.csv", 3))), c.warnings());
    }

    @Test
    void r21_jabberWithAPrimaryPhoneKeepsItsFullCost() throws Exception {
        ClusterDlu c = new InventoryFixture().device("SEP000000000001", "Cisco 7960", "jdoe")
                .device("CSFJDOE", "Cisco Unified Client Services Framework", "jdoe", "SEP000000000001").dlu();
        assertEquals(3, device(c, "CSFJDOE").dlu());
        assertFalse(device(c, "CSFJDOE").adjunct());
    }

    @Test
    void r21_primaryPhoneNotAmongTheDevicesStillCountsAsAdjunctWithAWarning() throws Exception {
        ClusterDlu c = new InventoryFixture()
                .device("SEPIPC000000001", "Cisco IP Communicator", "jdoe", "SEPGONE00000001").dlu();
        assertEquals(1, c.deviceDlu());
        assertEquals("UNKNOWN_PRIMARY_PHONE", c.warnings().get(0).code());
    }

    @Test
    void r22_mobilityUserCostsTwoDlusOnceWhateverMakesThemOne() throws Exception {
        ClusterDlu c = new InventoryFixture()
                .user("flag", true, false)
                .user("rdp")
                .user("both", true, null)
                .user("none", false, false)
                .rdp("RDP_rdp", "rdp")
                .rdp("RDP_both_1", "both")
                .rdp("RDP_both_2", "both")
                .dlu();
        assertEquals(List.of("both", "flag", "rdp"), c.users().stream().map(UserFeatureDlu::userId).toList());
        assertEquals(List.of(2, 2, 2), c.users().stream().map(UserFeatureDlu::dlu).toList());
        assertEquals(List.of("R22: Mobility user (Enable Mobility, remote destination profile RDP_both_1, remote "
                + "destination profile RDP_both_2) -> 2 DLUs"), user(c, "both").reasons());
        assertEquals(3, c.userFeatures().mobilityUsers());
        assertEquals(6, c.userFeatureDlu());
    }

    @Test
    void r22_presenceUserCostsOneDluAndAddsToMobility() throws Exception {
        ClusterDlu c = new InventoryFixture().user("p", false, true).user("mp", true, true).dlu();
        assertEquals(1, user(c, "p").dlu());
        assertEquals(3, user(c, "mp").dlu());
        assertEquals(List.of("R22: Mobility user (Enable Mobility) -> 2 DLUs",
                "R22: Cisco Unified Presence user (enabled for IM and Presence) -> 1 DLU"), user(c, "mp").reasons());
        UserFeatures f = c.userFeatures();
        assertEquals(List.of(1, 2, 2, 2), List.of(f.mobilityUsers(), f.mobilityDlu(), f.presenceUsers(),
                f.presenceDlu()));
    }

    @Test
    void r22_mobileCommunicatorCostsOneDluOnlyOnce() throws Exception {
        ClusterDlu c = new InventoryFixture().user("jdoe")
                .device("CUMCJDOE", "Cisco Unified Mobile Communicator", "jdoe").dlu();
        assertEquals(1, c.usedDlu());
        assertTrue(c.users().isEmpty());
    }

    @Test
    void r22_remoteDestinationProfileOfAnUnknownUserCountsWithAWarning() throws Exception {
        ClusterDlu c = new InventoryFixture().user("jdoe").rdp("RDP_ghost", "ghost").rdp("RDP_JDOE", "JDOE").dlu();
        assertEquals(List.of("ghost", "jdoe"), c.users().stream().map(UserFeatureDlu::userId).toList());
        assertEquals(4, c.userFeatureDlu());
        assertEquals(List.of("UNKNOWN_USER"), c.warnings().stream().map(Warning::code).toList());
    }

    @Test
    void r23_totalsPerModelPerClusterAndOverall() throws Exception {
        DluCalculator calculator = new DluCalculator(InventoryFixture.CATALOG, false);
        DluUsage usage = calculator.usage(List.of(
                new InventoryFixture("hq").user("a", true, true).device("SEP000000000001", "Cisco 7960", "a")
                        .device("SEP000000000002", "Cisco 7960", "").device("SEP000000000003", "Cisco 7970", "")
                        .inventory(),
                new InventoryFixture("branch").device("SEP000000000004", "Cisco 7960", "")
                        .device("CTIPORT1", "CTI Port", "").inventory()), null);
        assertEquals(List.of(16, 4), usage.clusters().stream().map(ClusterDlu::usedDlu).toList());
        assertEquals(20, usage.usedDlu());
        assertEquals(17, usage.deviceDlu());
        assertEquals(3, usage.userFeatureDlu());
        assertEquals(List.of("Cisco 7960 3 12", "Cisco 7970 1 5", "CTI Port 1 0"), usage.byModel().stream()
                .map(m -> m.model() + " " + m.devices() + " " + m.dlu()).toList());
    }

    @Test
    void r24_unusedIsInstalledMinusUsedAndUnknownWithoutInstalled() throws Exception {
        DluCalculator calculator = new DluCalculator(InventoryFixture.CATALOG, false);
        List<ucount.model.Inventory> one = List.of(new InventoryFixture().device("SEP000000000001", "Cisco 7960", "")
                .inventory());
        DluUsage without = calculator.usage(one, null);
        assertNull(without.installedDlu());
        assertNull(without.unusedDlu());
        DluUsage with = calculator.usage(one, 10);
        assertEquals(6, with.unusedDlu());
        assertTrue(with.warnings().isEmpty());
    }

    @Test
    void r24_moreUsedThanInstalledIsNegativeWithAWarning() throws Exception {
        DluUsage usage = new DluCalculator(InventoryFixture.CATALOG, false).usage(List.of(new InventoryFixture()
                .device("SEP000000000001", "Cisco 7960", "").inventory()), 3);
        assertEquals(-1, usage.unusedDlu());
        Warning w = usage.warnings().get(0);
        assertEquals("DLU_OVERDRAFT", w.code());
        assertEquals("the configuration uses 4 DLUs, 1 more than the 3 installed (R24); no unused DLUs convert to "
                + "Enhanced (R26)", w.message());
    }

    @Test
    void noUsersExportCountsOnlyRemoteDestinationProfilesWithAWarning() throws Exception {
        ucount.ingest.InventoryBuilder builder = new ucount.ingest.InventoryBuilder("c");
        builder.input("rdp.csv");
        builder.add(new ucount.model.RemoteDestinationProfile("RDP_a", "a", new ucount.model.Source("rdp.csv", 2)));
        ClusterDlu c = new DluCalculator(InventoryFixture.CATALOG, false).cluster(builder.build());
        assertEquals(2, c.userFeatureDlu());
        assertEquals(List.of("NO_USERS_EXPORT"), c.warnings().stream().map(Warning::code).toList());
        assertEquals("no users export was read for cluster c: user-feature DLUs (R22) count only remote destination "
                + "profiles, without Enable Mobility and IM and Presence", c.warnings().get(0).message());
    }
}
