package ucount.rules;

import org.junit.jupiter.api.Test;
import ucount.model.LicenseType;
import ucount.model.Warning;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ucount.rules.ClusterFixture.licenses;

/** Devices without an owner (R13, R14), unknown models (R15), and the warnings around ownership. */
class DeviceRulesTest {

    @Test
    void r13_r14_sharedPhoneWithoutOwnerNeedsItsOwnTier() throws Exception {
        ClusterEstimate e = new ClusterFixture().device("SEP000000000001", "Cisco 7841", "")
                .device("SEP000000000002", "Cisco 6921", "").elm();
        assertEquals(List.of(LicenseType.ENHANCED, LicenseType.BASIC),
                e.unassignedDevices().stream().map(DeviceLicense::license).toList());
        assertEquals("R14: no owner -> device-only ENHANCED (Cisco 7841)", e.unassignedDevices().get(0).reasons().get(0));
    }

    @Test
    void r14_ownerNotAmongTheUsersIsDeviceOnlyWithAWarning() throws Exception {
        ClusterEstimate e = new ClusterFixture().user("jdoe").device("SEP000000000001", "Cisco 7965", "ghost").elm();
        assertEquals("NONE", licenses(e, "jdoe"));
        assertEquals("ghost", e.unassignedDevices().get(0).owner());
        Warning w = e.warnings().get(0);
        assertEquals("UNKNOWN_OWNER", w.code());
        assertEquals("phones.csv:3", w.source().toString());
    }

    @Test
    void r15_unknownModelCountsAsEnhancedWithAWarning() throws Exception {
        ClusterEstimate e = new ClusterFixture().user("u").device("SEP000000000001", "Acme Phone 9000", "u")
                .device("SEP000000000002", "Acme Phone 9000", "").elm();
        assertEquals("ENHANCED", licenses(e, "u"));
        assertEquals(LicenseType.ENHANCED, e.unassignedDevices().get(0).license());
        assertEquals(2, e.warnings().stream().filter(w -> w.code().equals("UNKNOWN_MODEL")).count());
        assertTrue(ClusterFixture.user(e, "u").reasons().stream().anyMatch(r -> r.startsWith("R15:")));
    }

    @Test
    void r15_theModelNamedUnknownIsAnUnknownModel() throws Exception {
        ClusterEstimate e = new ClusterFixture().user("u").device("SEP000000000001", "Unknown", "u").elm();
        assertEquals("ENHANCED", licenses(e, "u"));
        assertEquals(List.of("UNKNOWN_MODEL"), e.warnings().stream().map(Warning::code).toList());
    }

    @Test
    void r15_unknownModelsFailStopsWithThePlace() {
        ClusterFixture f = new ClusterFixture().device("SEP000000000001", "Acme Phone 9000", "");
        UnknownModelException ex = assertThrows(UnknownModelException.class,
                () -> f.classify(new RuleOptions(RuleSet.ELM, null, true)));
        assertEquals("phones.csv:2: unknown device model 'Acme Phone 9000' (--unknown-models fail); add it to a "
                + "catalog file and pass --catalog FILE", ex.getMessage());
    }

    @Test
    void userIdsDifferingOnlyInCaseAreTwoUsersWithAWarning() throws Exception {
        ClusterEstimate e = new ClusterFixture().user("jsmith").user("JSmith")
                .device("SEP000000000001", "Cisco 7965", "jsmith").device("SEP000000000002", "Cisco 3905", "JSmith")
                .elm();
        assertEquals("ENHANCED", licenses(e, "jsmith"));
        assertEquals("ESSENTIAL", licenses(e, "JSmith"));
        assertEquals(List.of("USER_ID_CASE"), e.warnings().stream().map(Warning::code).toList());
    }

    @Test
    void r1_ownerDifferingOnlyInCaseFromOneUserIsThatUserWithAWarning() throws Exception {
        ClusterEstimate e = new ClusterFixture().user("jdoe").device("SEP000000000001", "Cisco 7965", "JDOE").elm();
        assertEquals("ENHANCED", licenses(e, "jdoe"));
        assertEquals(List.of("OWNER_CASE"), e.warnings().stream().map(Warning::code).toList());
    }

    @Test
    void duplicateDeviceNameCountsOnceWithAWarning() throws Exception {
        ClusterEstimate e = new ClusterFixture().user("a").device("SEP000000000001", "Cisco 7965", "a")
                .device("sep000000000001", "Cisco 7965", "").elm();
        assertEquals("ENHANCED", licenses(e, "a"));
        assertTrue(e.unassignedDevices().isEmpty());
        assertEquals("DUPLICATE_DEVICE", e.warnings().get(0).code());
    }
}
