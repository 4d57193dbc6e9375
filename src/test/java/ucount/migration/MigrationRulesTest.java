package ucount.migration;

import ucount.compliance.Allocation;
import ucount.compliance.Borrowing;
import ucount.compliance.ComplianceResult;
import org.junit.jupiter.api.Test;
import ucount.model.Inventory;
import ucount.model.LicenseType;
import ucount.rules.Classifier;
import ucount.rules.Estimate;
import ucount.rules.RuleOptions;
import ucount.rules.RuleSet;
import ucount.rules.Totals;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Migration, licensing.md section 7 (R25-R28), and the borrowing order R28 checks a mix against (R30, R31). */
class MigrationRulesTest {

    /** Cisco's migration deck, scenario 1: CUCM 7.1(3), 6000 DLUs bought, 800 Cisco 7960 each owned by one user. */
    static Inventory ciscoScenario1() {
        InventoryFixture f = new InventoryFixture();
        for (int i = 0; i < 800; i++) {
            String user = String.format("user%03d", i);
            f.user(user).device(String.format("SEP%012d", i), "Cisco 7960", user);
        }
        return f.inventory();
    }

    static MigrationPlan plan(List<Inventory> inventories, Integer installedDlu, int dluPerEnhanced) throws Exception {
        RuleOptions options = RuleOptions.defaults(RuleSet.ELM);
        Estimate estimate = new Classifier(InventoryFixture.CATALOG, options).estimate(inventories);
        DluUsage dlu = new DluCalculator(InventoryFixture.CATALOG, false).usage(inventories, installedDlu);
        return MigrationPlan.of(estimate, dlu, dluPerEnhanced);
    }

    static Totals totals(Map<LicenseType, Integer> counts) {
        Totals totals = new Totals();
        counts.forEach(totals::add);
        return totals;
    }

    @Test
    void r25_r26_ciscoWorkedExample_800x7960_6000Installed_1266Enhanced() throws Exception {
        MigrationPlan plan = plan(List.of(ciscoScenario1()), 6000, 6);
        assertEquals(3200, plan.dlu().usedDlu());
        assertEquals(2800, plan.dlu().unusedDlu());
        assertEquals(800, plan.required().get(LicenseType.ENHANCED));
        assertEquals(466, plan.extraEnhanced());
        assertEquals(1266, plan.requested().get(LicenseType.ENHANCED));
        assertEquals(1266, plan.requested().sum());
        assertEquals(0, plan.coverage().shortfall());
    }

    @Test
    void r25_theRequirementIsTheEstimateOfTheConfiguration() throws Exception {
        InventoryFixture f = new InventoryFixture().user("a").user("b")
                .device("SEP000000000001", "Cisco 7960", "a").device("CSFA", "Cisco Unified Client Services Framework", "a")
                .device("SEP000000000002", "Cisco 3905", "b")
                .device("SEP000000000003", "Cisco 7940", "").device("SEP000000000004", "Cisco TelePresence SX20", "");
        MigrationPlan plan = plan(List.of(f.inventory()), null, 6);
        assertEquals(Map.of(LicenseType.ENHANCED_PLUS, 1, LicenseType.ESSENTIAL, 1), nonZero(plan.userLicenses()));
        assertEquals(Map.of(LicenseType.ENHANCED, 1, LicenseType.TELEPRESENCE_ROOM, 1), nonZero(plan.deviceOnly()));
        assertEquals(4, plan.required().sum());
        assertEquals(plan.required(), plan.requested());
        assertEquals(1, plan.publicSpacePhones()); // the unowned 7940; the room is not a public space phone
    }

    @Test
    void r26_unusedDlusConvertRoundedDownAtTheGivenRate() {
        assertEquals(466, MigrationPlan.extraEnhanced(2800, 6));
        assertEquals(0, MigrationPlan.extraEnhanced(5, 6));
        assertEquals(560, MigrationPlan.extraEnhanced(2800, 5));
        assertEquals(0, MigrationPlan.extraEnhanced(0, 6));
        assertEquals(0, MigrationPlan.extraEnhanced(-40, 6));
        assertEquals(0, MigrationPlan.extraEnhanced(null, 6));
        assertThrows(IllegalArgumentException.class, () -> MigrationPlan.extraEnhanced(10, 0));
    }

    @Test
    void r26_withoutInstalledDlusNothingConverts() throws Exception {
        MigrationPlan plan = plan(List.of(ciscoScenario1()), null, 6);
        assertEquals(0, plan.extraEnhanced());
        assertEquals(800, plan.requested().get(LicenseType.ENHANCED));
    }

    @Test
    void r26_unusedDlusOfAllClustersConvertTogether() throws Exception {
        Inventory hq = new InventoryFixture("hq").device("SEP000000000001", "Cisco 7960", "").inventory();
        Inventory branch = new InventoryFixture("branch").device("SEP000000000002", "Cisco 7960", "").inventory();
        MigrationPlan plan = plan(List.of(hq, branch), 20, 6); // 8 used, 12 unused
        assertEquals(2, plan.extraEnhanced());
        assertEquals(4, plan.requested().get(LicenseType.ENHANCED));
    }

    @Test
    void r28_namedTypesReplaceTheComputedCountsAndTheRestStays() throws Exception {
        MigrationPlan plan = plan(List.of(ciscoScenario1()), 6000, 6)
                .shapedBy(Map.of(LicenseType.ENHANCED, 800, LicenseType.CUWL_STANDARD, 100));
        assertEquals(800, plan.requested().get(LicenseType.ENHANCED));
        assertEquals(100, plan.requested().get(LicenseType.CUWL_STANDARD));
        assertEquals(Set.of(LicenseType.ENHANCED, LicenseType.CUWL_STANDARD), plan.shaped());
        assertEquals(466, plan.extraEnhanced());
        assertEquals(0, plan.coverage().shortfall());
    }

    @Test
    void r28_higherTiersInTheMixCoverLowerRequirements() throws Exception {
        MigrationPlan plan = plan(List.of(ciscoScenario1()), 6000, 6)
                .shapedBy(Map.of(LicenseType.ENHANCED, 0, LicenseType.CUWL_STANDARD, 800));
        ComplianceResult coverage = plan.coverage();
        assertEquals(0, coverage.shortfall());
        assertEquals(800, coverage.of(LicenseType.ENHANCED).borrowed());
        assertEquals(800, coverage.of(LicenseType.CUWL_STANDARD).lent());
    }

    @Test
    void r28_aMixThatDoesNotCoverTheRequirementHasAShortfall() throws Exception {
        MigrationPlan plan = plan(List.of(ciscoScenario1()), 6000, 6)
                .shapedBy(Map.of(LicenseType.ENHANCED, 700, LicenseType.CUWL_STANDARD, 50));
        ComplianceResult coverage = plan.coverage();
        assertEquals(50, coverage.shortfall());
        Allocation enhanced = coverage.shortTypes().get(0);
        assertEquals(LicenseType.ENHANCED, enhanced.license());
        assertEquals(List.of(800, 700, 50, 50), List.of(enhanced.required(), enhanced.installed(),
                enhanced.borrowed(), enhanced.shortfall()));
        assertEquals(1, coverage.shortTypes().size());
    }

    @Test
    void r28_lowerTiersNeverCoverHigherRequirements() {
        ComplianceResult coverage = Borrowing.allocate(totals(Map.of(LicenseType.ENHANCED_PLUS, 10)),
                totals(Map.of(LicenseType.ENHANCED, 100)));
        assertEquals(10, coverage.of(LicenseType.ENHANCED_PLUS).shortfall());
        assertEquals(0, coverage.of(LicenseType.ENHANCED).lent());
    }

    @Test
    void r27_versionsMustBePre9AndThen9OrLater() {
        assertEquals("7.1(3)", RequestDetails.fromVersion(" 7.1(3) "));
        assertEquals("8.6.2.20000-2", RequestDetails.fromVersion("8.6.2.20000-2"));
        assertEquals("9.1(2)", RequestDetails.toVersion("9.1(2)"));
        assertEquals("10.5(2)", RequestDetails.toVersion("10.5(2)"));
        assertEquals("'9.1(2)' is not a pre-9.x version (DLU licensing is CUCM 5.x to 8.x, e.g. 7.1(3))",
                assertThrows(IllegalArgumentException.class, () -> RequestDetails.fromVersion("9.1(2)")).getMessage());
        assertEquals("'8.6' is not 9.x or later (user licensing starts with CUCM 9.0, e.g. 9.1(2))",
                assertThrows(IllegalArgumentException.class, () -> RequestDetails.toVersion("8.6")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> RequestDetails.fromVersion("seven"));
    }

    @Test
    void r27_macAddressesAreTwelveHexDigitsWhateverTheSpelling() {
        for (String spelling : List.of("000C29AB12CD", "00:0c:29:ab:12:cd", "00-0C-29-AB-12-CD", "000c.29ab.12cd")) {
            assertEquals("000C29AB12CD", RequestDetails.macAddress(spelling));
        }
        assertEquals("'00:0c:29:ab:12' is not a MAC address (12 hexadecimal digits, e.g. 000C29AB12CD or "
                + "00:0c:29:ab:12:cd)", assertThrows(IllegalArgumentException.class,
                () -> RequestDetails.macAddress("00:0c:29:ab:12")).getMessage());
    }

    @Test
    void r27_defaultNameIsProductMigrateDateTime() {
        assertEquals("UnifiedCM-migrate-20250314-093000", MigrationRequest.defaultName(MigrationRequest.PRODUCT,
                java.time.OffsetDateTime.parse("2025-03-14T09:30:00Z")));
    }

    private static Map<LicenseType, Integer> nonZero(Totals totals) {
        return totals.asMap().entrySet().stream().filter(e -> e.getValue() > 0)
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
