package ucount.rules;

import org.junit.jupiter.api.Test;
import ucount.model.LicenseType;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ucount.rules.ClusterFixture.licenses;
import static ucount.rules.ClusterFixture.user;

/** One test (or more) per rule of licensing.md section 3, named with the rule id. */
class UserRulesTest {

    @Test
    void r1_controlledDevicesDoNotMakeOwnership() throws Exception {
        ClusterEstimate e = new ClusterFixture()
                .user("jdoe", null, null, List.of("SEP000000000001"))
                .device("SEP000000000001", "Cisco 7965", "")
                .elm();
        assertEquals("NONE", licenses(e, "jdoe"));
        assertEquals(1, e.unassignedDevices().size());
        assertEquals(LicenseType.ENHANCED, e.unassignedDevices().get(0).license());
    }

    @Test
    void r1_ownerUserIdMakesOwnership() throws Exception {
        ClusterEstimate e = new ClusterFixture().user("jdoe").device("SEP000000000001", "Cisco 7965", "jdoe").elm();
        assertEquals("ENHANCED", licenses(e, "jdoe"));
        assertEquals(List.of("SEP000000000001"), user(e, "jdoe").devices());
        assertTrue(e.unassignedDevices().isEmpty());
    }

    @Test
    void r2_ctiPortsRoutePointsAndTemplatesNeedNoLicense() throws Exception {
        ClusterEstimate e = new ClusterFixture().user("jdoe")
                .device("CTIPORT1", "CTI Port", "jdoe")
                .device("CTIRP1", "CTI Route Point", "")
                .device("BATTEMPLATE", "Phone Template", "")
                .profile("UDP_jdoe", "nobody-here")
                .smart();
        assertEquals("NONE", licenses(e, "jdoe"));
        assertTrue(user(e, "jdoe").devices().isEmpty());
        assertTrue(e.unassignedDevices().isEmpty());
        assertEquals(0, e.totals().sum());
    }

    @Test
    void r2_mgcpFxsPortsAndRemoteDevicesNeedNoLicense() throws Exception {
        ClusterEstimate e = new ClusterFixture().user("jdoe")
                .device("AALN/S0/SU0/0@vg1", "MGCP Station", "jdoe")
                .device("CTIRD_jdoe", "CTI Remote Device", "jdoe")
                .device("SPARK_jdoe", "Cisco Spark Remote Device", "")
                .device("UDPTEMPLATE", "UDP Template", "")
                .elm();
        assertEquals("NONE", licenses(e, "jdoe"));
        assertTrue(e.unassignedDevices().isEmpty());
        assertEquals(0, e.totals().sum());
    }

    @Test
    void r3_oneDeviceOfEachTierNeedsItsTier() throws Exception {
        ClusterEstimate e = new ClusterFixture()
                .user("ess").device("SEP000000000001", "Cisco 3905", "ess")
                .user("bas").device("SEP000000000002", "Cisco 6921", "bas")
                .user("enh").device("SEP000000000003", "Cisco 8865", "enh")
                .user("ana").device("AN0000000000041", "Analog Phone", "ana")
                .elm();
        assertEquals("ESSENTIAL", licenses(e, "ess"));
        assertEquals("BASIC", licenses(e, "bas"));
        assertEquals("ENHANCED", licenses(e, "enh"));
        assertEquals("ESSENTIAL", licenses(e, "ana"));
    }

    @Test
    void r4_enableMobilityWithoutDevicesNeedsBasic() throws Exception {
        ClusterFixture f = new ClusterFixture().user("mob", true, null, List.of());
        assertEquals("BASIC", licenses(f.elm(), "mob"));
        assertEquals("BASIC", licenses(f.smart(), "mob"));
    }

    @Test
    void r4_remoteDestinationProfileRaisesEssentialPhoneToBasic() throws Exception {
        ClusterFixture f = new ClusterFixture().user("snr").device("SEP000000000001", "Cisco 3905", "snr")
                .rdp("RDP_snr", "snr");
        assertEquals("BASIC", licenses(f.elm(), "snr"));
        assertEquals("BASIC", licenses(f.smart(), "snr"));
        assertTrue(user(f.elm(), "snr").reasons().stream().anyMatch(r -> r.startsWith("R4:")));
    }

    @Test
    void r5_elm_extensionMobilityUserNeedsEssential() throws Exception {
        ClusterFixture f = new ClusterFixture().user("em").profile("UDP_em", "em");
        assertEquals("ESSENTIAL", licenses(f.elm(), "em"));
    }

    @Test
    void r5_smart_extensionMobilityIsNotLicensed() throws Exception {
        ClusterFixture f = new ClusterFixture().user("em").profile("UDP_em", "em");
        assertEquals("NONE", licenses(f.smart(), "em"));
    }

    @Test
    void r5_emUsersOptionOverridesTheRuleSet() throws Exception {
        ClusterFixture f = new ClusterFixture().user("em").profile("UDP_em", "em");
        assertEquals("NONE", licenses(f.classify(new RuleOptions(RuleSet.ELM, false, false)), "em"));
        assertEquals("ESSENTIAL", licenses(f.classify(new RuleOptions(RuleSet.SMART, true, false)), "em"));
    }

    @Test
    void r6_elm_imAndPresenceNeedsBasic_smartNothing() throws Exception {
        ClusterFixture f = new ClusterFixture().user("imp", null, true, List.of())
                .user("impess", null, true, List.of()).device("SEP000000000001", "Cisco 3905", "impess");
        assertEquals("BASIC", licenses(f.elm(), "imp"));
        assertEquals("NONE", licenses(f.smart(), "imp"));
        assertEquals("BASIC", licenses(f.elm(), "impess"));
        assertEquals("ESSENTIAL", licenses(f.smart(), "impess"));
    }

    @Test
    void r7_floorIsTheHighestOfTheFeatures() throws Exception {
        ClusterFixture f = new ClusterFixture().user("all", true, true, List.of()).profile("UDP_all", "all");
        assertEquals("BASIC", licenses(f.elm(), "all"));
        List<String> reasons = user(f.elm(), "all").reasons();
        assertTrue(reasons.stream().anyMatch(r -> r.startsWith("R4:")));
        assertTrue(reasons.stream().anyMatch(r -> r.startsWith("R5:")));
        assertTrue(reasons.stream().anyMatch(r -> r.startsWith("R6:")));
    }

    @Test
    void r8_userWithNothingNeedsNoLicenseAndIsNotCounted() throws Exception {
        ClusterEstimate e = new ClusterFixture().user("idle", false, false, List.of()).elm();
        assertEquals("NONE", licenses(e, "idle"));
        assertEquals(List.of("R8: no licensed device and no licensed feature -> NONE"), user(e, "idle").reasons());
        assertEquals(0, e.totals().sum());
    }

    @Test
    void r9_floorAboveTheDeviceTierWins() throws Exception {
        ClusterEstimate e = new ClusterFixture().user("m", true, null, List.of())
                .device("SEP000000000001", "Cisco 6901", "m").elm();
        assertEquals("BASIC", licenses(e, "m"));
        assertTrue(user(e, "m").reasons().contains("R9: 1 device SEP000000000001 (Cisco 6901, ESSENTIAL), R7 floor BASIC "
                + "-> BASIC"),
                user(e, "m").reasons().toString());
    }

    @Test
    void r9_deviceTierAboveTheFloorWins() throws Exception {
        ClusterEstimate e = new ClusterFixture().user("m", true, null, List.of())
                .device("SEP000000000001", "Cisco 7965", "m").elm();
        assertEquals("ENHANCED", licenses(e, "m"));
    }

    @Test
    void r10_twoDevicesOfAnyTypeNeedEnhancedPlus() throws Exception {
        ClusterEstimate e = new ClusterFixture().user("two")
                .device("AN0000000000001", "Analog Phone", "two").device("SEP000000000002", "Cisco 3905", "two")
                .user("jab").device("SEP000000000003", "Cisco 8865", "jab")
                .device("CSFJAB", "Cisco Unified Client Services Framework", "jab")
                .elm();
        assertEquals("ENHANCED_PLUS", licenses(e, "two"));
        assertEquals("ENHANCED_PLUS", licenses(e, "jab"));
        assertEquals(2, e.totals().get(LicenseType.ENHANCED_PLUS));
    }

    @Test
    void r11_threeToTenDevicesNeedCuwlStandard() throws Exception {
        ClusterFixture f = new ClusterFixture().user("three").user("ten");
        for (int i = 0; i < 3; i++) f.device("SEP00000000010" + i, "Cisco 7965", "three");
        for (int i = 0; i < 10; i++) f.device("SEP00000000020" + i, "Cisco 3905", "ten");
        ClusterEstimate e = f.elm();
        assertEquals("CUWL_STANDARD", licenses(e, "three"));
        assertEquals("CUWL_STANDARD", licenses(e, "ten"));
        assertEquals(2, e.totals().sum());
    }

    @Test
    void r11a_devicesPastTheTenthAreLicensedAsUnowned_lowestTierFirst() throws Exception {
        ClusterFixture f = new ClusterFixture().user("many");
        for (int i = 0; i < 10; i++) f.device("SEP0000000001" + i, "Cisco 8865", "many");
        f.device("SEPFFFFFFFFFFFF", "Cisco 6921", "many");   // BASIC
        f.device("SEPAAAAAAAAAAAA", "Cisco 3905", "many");   // ESSENTIAL
        ClusterEstimate e = f.elm();
        assertEquals(List.of(LicenseType.ESSENTIAL, LicenseType.BASIC, LicenseType.CUWL_STANDARD),
                user(e, "many").licenses());
        assertEquals(3, e.totals().sum());
    }

    @Test
    void r11a_tiesArePastTheTenthByDeviceName() throws Exception {
        ClusterFixture f = new ClusterFixture().user("many");
        for (int i = 0; i < 11; i++) f.device(String.format("SEP0000000000%02d", 10 - i), "Cisco 8865", "many");
        ClusterEstimate e = f.elm();
        assertEquals(List.of(LicenseType.ENHANCED, LicenseType.CUWL_STANDARD), user(e, "many").licenses());
        assertTrue(user(e, "many").reasons().get(0).contains("SEP000000000000 (Cisco 8865, ENHANCED) -> ENHANCED"),
                user(e, "many").reasons().toString());
    }

    @Test
    void r7_theFloorIsTheHighestMinimumOfR4ToR6() throws Exception {
        ClusterEstimate e = new ClusterFixture()
                .user("all", true, true, List.of()).profile("UDP_all", "all")
                .user("emOnly").profile("UDP_em", "emOnly").device("SEP000000000001", "Cisco 3905", "emOnly")
                .user("mobile", true, null, List.of()).device("SEP000000000002", "Cisco 3905", "mobile")
                .elm();
        assertEquals("BASIC", licenses(e, "all")); // R4 BASIC, R5 ESSENTIAL, R6 BASIC under elm
        assertEquals(List.of("R4: Enable Mobility is checked -> at least BASIC", "R5: Extension Mobility profile "
                + "UDP_all -> at least ESSENTIAL", "R6: enabled for IM and Presence -> at least BASIC",
                "R8: no licensed device; the user features need BASIC (R7 floor)"), user(e, "all").reasons());
        assertEquals("ESSENTIAL", licenses(e, "emOnly"));
        assertEquals("BASIC", licenses(e, "mobile"));
        assertTrue(user(e, "mobile").reasons().contains(
                "R9: 1 device SEP000000000002 (Cisco 3905, ESSENTIAL), R7 floor BASIC -> BASIC"),
                user(e, "mobile").reasons().toString());
    }

    @Test
    void r12_roomDeviceCoversOnePhoneOfTheSameOwner() throws Exception {
        ClusterEstimate e = new ClusterFixture().user("room")
                .device("SEP000000000001", "Cisco TelePresence SX20", "room")
                .device("SEP000000000002", "Cisco 8865", "room").elm();
        assertEquals(List.of(LicenseType.TELEPRESENCE_ROOM), user(e, "room").licenses());
    }

    @Test
    void r12_twoRoomsCoverTheTwoHighestPhones_theRestIsClassifiedWithTheFloor() throws Exception {
        ClusterEstimate e = new ClusterFixture().user("exec", true, null, List.of())
                .device("SEP000000000001", "Cisco TelePresence SX20", "exec")
                .device("SEP000000000002", "Cisco TelePresence MX300", "exec")
                .device("SEP000000000003", "Cisco 8865", "exec")
                .device("SEP000000000004", "Cisco 6921", "exec")
                .device("SEP000000000005", "Cisco 3905", "exec").elm();
        // Rooms cover the 8865 (ENHANCED) and 6921 (BASIC); the 3905 remains: R9 with floor BASIC (R4).
        assertEquals(List.of(LicenseType.BASIC, LicenseType.TELEPRESENCE_ROOM, LicenseType.TELEPRESENCE_ROOM),
                user(e, "exec").licenses());
    }

    @Test
    void r12_tiedPhonesAreCoveredByName() throws Exception {
        ClusterEstimate e = new ClusterFixture().user("room")
                .device("SEP00000000000B", "Cisco 8865", "room")
                .device("SEP000000000001", "Cisco TelePresence SX20", "room")
                .device("SEP00000000000A", "Cisco 8865", "room").elm();
        assertEquals(List.of(LicenseType.ENHANCED, LicenseType.TELEPRESENCE_ROOM), user(e, "room").licenses());
        assertTrue(user(e, "room").reasons().stream().anyMatch(r -> r.startsWith("R12: room device SEP000000000001")
                && r.contains("covering SEP00000000000A ")), user(e, "room").reasons().toString());
    }

    @Test
    void r12_roomOnlyIgnoresTheFloor() throws Exception {
        ClusterEstimate e = new ClusterFixture().user("r", true, null, List.of())
                .device("SEP000000000001", "Cisco TelePresence SX20", "r").elm();
        assertEquals(List.of(LicenseType.TELEPRESENCE_ROOM), user(e, "r").licenses());
    }

    @Test
    void r12_unownedRoomDeviceNeedsARoomLicense() throws Exception {
        ClusterEstimate e = new ClusterFixture().device("SEP000000000001", "Cisco TelePresence SX20", "").elm();
        assertEquals(LicenseType.TELEPRESENCE_ROOM, e.unassignedDevices().get(0).license());
        assertTrue(e.unassignedDevices().get(0).reasons().get(0).startsWith("R12:"));
    }

    @Test
    void totalsAreExactlyTheSumOfTheRows() throws Exception {
        ClusterEstimate e = new ClusterFixture().user("a").user("b", true, null, List.of())
                .device("SEP000000000001", "Cisco 7965", "a").device("CSFA", "Cisco Unified Client Services Framework", "a")
                .device("SEP000000000002", "Analog Phone", "").device("SEP000000000003", "Cisco TelePresence SX20", "")
                .elm();
        Totals sum = new Totals();
        e.users().forEach(u -> u.licenses().forEach(l -> sum.add(l, 1)));
        e.unassignedDevices().forEach(d -> sum.add(d.license(), 1));
        assertEquals(sum, e.totals());
        assertEquals(1, e.totals().get(LicenseType.ENHANCED_PLUS));
        assertEquals(1, e.totals().get(LicenseType.BASIC));
        assertEquals(1, e.totals().get(LicenseType.ESSENTIAL));
        assertEquals(1, e.totals().get(LicenseType.TELEPRESENCE_ROOM));
    }

    @Test
    void reasonsWordedWhenFirstReadAreTheSameEveryTimeAndEqualTheirWords() throws Exception {
        ClusterEstimate e = new ClusterFixture().user("jdoe", true, null, List.of())
                .device("SEP000000000001", "Cisco 8865", "jdoe")
                .device("CSFJDOE", "Cisco Unified Client Services Framework", "jdoe")
                .elm();
        UserLicense jdoe = user(e, "jdoe");
        List<String> expected = List.of("R4: Enable Mobility is checked -> at least BASIC",
                "R10: 2 devices (CSFJDOE, SEP000000000001) -> ENHANCED_PLUS");
        assertEquals(expected, jdoe.reasons());
        assertEquals(expected, jdoe.reasons());
        assertEquals(new UserLicense(jdoe.cluster(), "jdoe", jdoe.licenses(), jdoe.devices(), expected), jdoe);
    }
}
