package ucount.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ucount.model.Device;
import ucount.model.DeviceProfile;
import ucount.model.EndUser;
import ucount.model.Inventory;
import ucount.model.RemoteDestinationProfile;
import ucount.model.Source;
import ucount.model.Warning;
import ucount.support.Cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AxlXmlReaderTest {

    private static final Path FIXTURES = Path.of("src", "test", "resources", "fixtures");

    // ---- the real and constructed samples of shared/domain/samples ------------------------------------------

    @Test
    void getPhone105_realShape() throws Exception {
        Inventory inv = readFiles("axl_getPhone_response_10.5.xml");
        Device d = only(inv.devices());
        assertEquals("SEP0A1B2C3D4E06", d.name());
        assertEquals("Cisco 8831", d.model());
        assertEquals("Site01 - Conference phone", d.description());
        assertEquals("SIP", d.protocol());
        assertEquals("", d.ownerUserId(), "<ownerUserName/> is an empty owner, not a missing field");
        assertEquals(List.of("5555550100"), d.directoryNumbers());
        assertEquals(List.of(), d.userIds());
        assertEquals("", d.primaryPhone());
        assertEquals(12, d.source().line());
        assertTrue(inv.warnings().isEmpty(), inv.warnings().toString());
    }

    @Test
    void listPhone_ownersXfkAndEmpty() throws Exception {
        Inventory inv = readFiles("axl_listPhone_response_CONSTRUCTED.xml");
        assertEquals(List.of("SEP0A1B2C3D4E01:aexample", "TCTBMOBILE:bmobile", "SEP0A1B2C3D4E02:"),
                inv.devices().stream().map(d -> d.name() + ":" + d.ownerUserId()).toList());
        assertEquals("bmobile", inv.devices().get(1).mobilityUserId());
        assertFalse(inv.usersExported());
    }

    @Test
    void getUser125_realShape() throws Exception {
        Inventory inv = readFiles("axl_getUser_response_12.5.xml");
        EndUser u = only(inv.users());
        assertEquals("aexample", u.userId());
        assertEquals("Alice", u.firstName());
        assertEquals("aexample@example.com", u.mailId());
        assertEquals("\\+15555550100", u.primaryExtension());
        assertEquals("+15555550100", u.telephoneNumber());
        assertEquals(Boolean.FALSE, u.enableMobility());
        assertEquals(Boolean.TRUE, u.imAndPresence());
        assertEquals(List.of("CSFAEXAMPLE"), u.controlledDevices());
        assertEquals(List.of(), u.controlledProfiles());
        assertTrue(inv.warnings().isEmpty(), inv.warnings().toString());
    }

    @Test
    void getUserPopulated_associationsProfilesAndRemoteDestinationProfiles() throws Exception {
        Inventory inv = readFiles("axl_getUser_response_populated_CONSTRUCTED.xml");
        EndUser u = only(inv.users());
        assertEquals(List.of("SEP0A1B2C3D4E05", "CSFBMOBILE", "TCTBMOBILE", "BOTBMOBILE", "RDP_bmobile"),
                u.controlledDevices());
        assertEquals(List.of("UDP_bmobile"), u.controlledProfiles(), "defaultProfile repeats a phoneProfile");
        RemoteDestinationProfile rdp = only(inv.remoteDestinationProfiles());
        assertEquals("RDP_bmobile", rdp.name());
        assertEquals("bmobile", rdp.userId(), "a getUser's associatedRemoteDestinationProfiles give the RDP's user (R4)");
    }

    @Test
    void listUser_warnsAboutFieldsItDidNotCarry() throws Exception {
        Inventory inv = readFiles("axl_listUser_response_12.5.xml");
        assertEquals(List.of("jsample", "jsample2"), inv.users().stream().map(EndUser::userId).toList());
        assertNull(inv.users().get(0).enableMobility());
        assertEquals("", inv.users().get(1).firstName());
        assertEquals(List.of(
                "MISSING_FIELD@10: 2 users (jsample, jsample2) with no enableMobility, and no other response gives it: "
                        + "mobility users (R4) are found only through remote destination profiles; request "
                        + "enableMobility in returnedTags",
                "MISSING_FIELD@10: 2 users (jsample, jsample2) with no imAndPresenceEnable, and no other response "
                        + "gives it: IM and Presence users (R6) cannot be seen; request imAndPresenceEnable in returnedTags"),
                warnings(inv));
    }

    @Test
    void listDeviceProfileAndRemoteDestinationProfile() throws Exception {
        Inventory inv = readFiles("axl_listDeviceProfile_response_CONSTRUCTED.xml",
                "axl_listRemoteDestinationProfile_response_CONSTRUCTED.xml");
        DeviceProfile p = only(inv.profiles());
        assertEquals("UDP_bmobile", p.name());
        assertEquals("Cisco 8865", p.model());
        assertEquals("", p.userId());
        RemoteDestinationProfile r = only(inv.remoteDestinationProfiles());
        assertEquals("bmobile", r.userId());
        assertTrue(inv.devices().isEmpty());
    }

    @Test
    void executeSqlQuery_rowsByClass() throws Exception {
        Inventory inv = readFiles("axl_executeSQLQuery_response_CONSTRUCTED.xml");
        assertEquals(List.of("SEP0A1B2C3D4E01:Cisco 8865:aexample", "SEP0A1B2C3D4E02:Cisco 7841:"),
                inv.devices().stream().map(d -> d.name() + ":" + d.model() + ":" + d.ownerUserId()).toList());
        assertEquals("UDP_bmobile", only(inv.profiles()).name());
        assertEquals("RDP_bmobile", only(inv.remoteDestinationProfiles()).name());
    }

    @Test
    void savedFault_isAnInputErrorWithAxlCodeAndMessage() {
        Cli.Result r = Cli.run("estimate", FIXTURES.resolve("axl_fault_CONSTRUCTED.xml").toString());
        assertEquals(3, r.exit());
        assertEquals("", r.out());
        assertEquals("ucount: " + FIXTURES.resolve("axl_fault_CONSTRUCTED.xml") + ":4: a saved AXL fault, not a "
                + "response: axlcode 5003: SOAPAction 'CUCM:DB ver=12.5 executeSQLQuery' does not match request "
                + "executeSQLQuery ver=14.0\n", r.err());
    }

    // ---- security --------------------------------------------------------------------------------------------

    @Test
    void xxeFile_isRefusedWithExit3_andTheEntityIsNeverRead(@TempDir Path dir) throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-CONTENT");
        Path xml = dir.resolve("xxe.xml");
        Files.writeString(xml, Files.readString(Path.of("src/test/resources/axl/xxe.xml"))
                .replace("SECRET_URI", secret.toUri().toString()));
        Cli.Result r = Cli.run("estimate", "--format", "json", xml.toString());
        assertEquals(3, r.exit(), r.toString());
        assertEquals("", r.out());
        assertEquals("ucount: " + xml + ":2: the file has a DOCTYPE: refused (DTDs and entities are a security risk, "
                + "XXE and entity expansion, and AXL responses never carry one)\n", r.err());
        assertFalse(r.err().contains("TOP-SECRET"));
    }

    @Test
    void billionLaughsFile_isRefusedWithExit3() {
        Path xml = Path.of("src/test/resources/axl/billion-laughs.xml");
        Cli.Result r = Cli.run("estimate", xml.toString());
        assertEquals(3, r.exit(), r.toString());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("ucount: " + xml + ":13: the file has a DOCTYPE: refused"), r.err());
    }

    @Test
    void undeclaredEntityWithoutDoctype_isMalformed() {
        InputException e = assertThrows(InputException.class, () -> read("e.xml",
                envelope("listUser", "<user><userid>&xxe;</userid></user>")));
        assertEquals("e.xml:6: malformed XML: The entity \"xxe\" was referenced, but not declared.", e.getMessage());
    }

    @Test
    void predefinedAndCharacterEntitiesAreText() throws Exception {
        Inventory inv = read("u.xml", envelope("listUser",
                "<user><userid>m&amp;m</userid><lastName>M&#252;ller &lt;HQ&gt;</lastName><enableMobility>true</enableMobility>"
                        + "<imAndPresenceEnable>false</imAndPresenceEnable></user>"));
        assertEquals("m&m", only(inv.users()).userId());
        assertEquals("Müller <HQ>", only(inv.users()).lastName());
    }

    @Test
    void listUser_idsDifferingOnlyInCaseAreTwoUsersWithAWarningAndARepeatIsOne() throws Exception {
        Inventory inv = read("u.xml", envelope("listUser", "<user><userid>jsmith</userid></user>"
                + "<user><userid>JSmith</userid></user><user><userid>jsmith</userid></user>"));
        assertEquals(List.of("jsmith", "JSmith"), inv.users().stream().map(EndUser::userId).toList());
        assertEquals(List.of("DUPLICATE_USER", "USER_ID_CASE"), inv.warnings().stream().map(Warning::code)
                .filter(code -> !code.equals("MISSING_FIELD")).sorted().toList());
    }

    // ---- shapes: prefixes, versions, nil, templates ------------------------------------------------------------

    @Test
    void anyPrefixAnyVersion_localNamesOnly() throws Exception {
        for (String version : List.of("8.0", "10.5", "12.5", "14.0", "15.0")) {
            String xml = "<?xml version='1.0' encoding='UTF-8'?>\n<SOAP-ENV:Envelope xmlns:SOAP-ENV=\"http://schemas.xmlsoap.org/soap/envelope/\">"
                    + "<SOAP-ENV:Header/><SOAP-ENV:Body><axl:listPhoneResponse xmlns:axl=\"http://www.cisco.com/AXL/API/"
                    + version + "\" sequence=\"1\"><return><phone><axl:name>SEP1</axl:name><model>Cisco 7841</model>"
                    + "<ownerUserName uuid=\"{X}\">jdoe</ownerUserName></phone></return></axl:listPhoneResponse>"
                    + "</SOAP-ENV:Body></SOAP-ENV:Envelope>";
            Device d = only(read("p.xml", xml).devices());
            assertEquals("SEP1/Cisco 7841/jdoe", d.name() + "/" + d.model() + "/" + d.ownerUserId(), version);
        }
    }

    @Test
    void nilElementIsEmpty_missingElementIsNotExported() throws Exception {
        Inventory inv = read("p.xml", envelope("listPhone",
                "<phone><class>Phone</class><name>SEP1</name><model>Cisco 7841</model><ownerUserName xsi:nil=\"true\" uuid=\"\" "
                        + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"/></phone>\n"
                        + "<phone><class>Phone</class><name>SEP2</name><model>Cisco 7841</model></phone>"));
        assertEquals("", inv.devices().get(0).ownerUserId());
        assertNull(inv.devices().get(1).ownerUserId());
        assertEquals(List.of("MISSING_FIELD@7: 1 phone (SEP2) with no ownerUserName (userid in executeSQLQuery rows), "
                + "and no other response gives it: counted as unassigned (R14); request ownerUserName in returnedTags"),
                warnings(inv));
    }

    @Test
    void templatesAreSkipped() throws Exception {
        Inventory inv = read("p.xml", envelope("listPhone",
                "<phone><name>BAT8865</name><model>Cisco 8865</model><class>Phone Template</class><ownerUserName/></phone>"
                        + "<phone><name>SEP1</name><model>Cisco 8865</model><class>Phone</class><ownerUserName/></phone>"),
                "d.xml", envelope("listDeviceProfile",
                        "<deviceProfile><name>UDPT</name><model>Cisco 8865</model><class>UDP Template</class></deviceProfile>"),
                "r.xml", envelope("listRemoteDestinationProfile", "<remoteDestinationProfile><name>RDPT</name>"
                        + "<class>Remote Destination Profile Template</class><userId/></remoteDestinationProfile>"));
        assertEquals(List.of("SEP1"), inv.devices().stream().map(Device::name).toList());
        assertTrue(inv.profiles().isEmpty());
        assertTrue(inv.remoteDestinationProfiles().isEmpty());
        assertTrue(inv.warnings().isEmpty(), inv.warnings().toString());
    }

    @Test
    void sqlRowsOfOtherClassesAreSkippedWithOneWarningPerClass() throws Exception {
        String row = "<row><name>%s</name><model>%s</model><tkclass>%s</tkclass><userid/></row>";
        Inventory inv = read("q.xml", envelope("executeSQLQuery", String.format(row, "SEP1", "Cisco 7841", "1")
                + String.format(row, "GW1", "Cisco VG310", "2") + String.format(row, "GW2", "Cisco VG310", "2")
                + String.format(row, "UDP1", "Cisco 8865", "254")));
        assertEquals(List.of("SEP1"), inv.devices().stream().map(Device::name).toList());
        assertEquals(List.of("UDP1"), inv.profiles().stream().map(DeviceProfile::name).toList());
        assertEquals(List.of("SKIPPED_CLASS@6: 2 items of class '2', which is not a licensed device class (R2): not counted"),
                warnings(inv));
    }

    @Test
    void listPhone_childNamesIgnoreCase_theFirstOfANameCounts_andEverySkippedItemIsCounted() throws Exception {
        Inventory inv = read("p.xml", envelope("listPhone",
                "<phone><NAME>SEP1</NAME><Model>Cisco 7841</Model><OWNERUSERNAME>jdoe</OWNERUSERNAME>"
                        + "<ownerUserName>other</ownerUserName><Class>Phone</Class></phone>"
                        + "<phone><class>Gateway</class><name>GW1</name><model>Cisco VG310</model></phone>"
                        + "<phone><class>Phone</class><name>SEP2</name><product>Cisco 8865</product>"
                        + "<ownerUserName/></phone>"
                        + "<phone><class>Gateway</class><name>GW2</name><model>Cisco VG310</model></phone>"
                        + "<phone><class>Phone</class><name>SEP3</name><model>Cisco 8851</model>"
                        + "<ownerUserName>asmith</ownerUserName></phone>"));
        assertEquals(List.of("SEP1:Cisco 7841:jdoe", "SEP2:Cisco 8865:", "SEP3:Cisco 8851:asmith"),
                inv.devices().stream().map(d -> d.name() + ":" + d.model() + ":" + d.ownerUserId()).toList());
        assertEquals(List.of("SKIPPED_CLASS@6: 2 items of class 'Gateway', which is not a licensed device class (R2): "
                + "not counted"), warnings(inv));
    }

    // ---- merging several responses about the same objects -----------------------------------------------------

    @Test
    void getPhoneEnrichesListPhone_silently() throws Exception {
        Inventory inv = read("a-list.xml", envelope("listPhone",
                        "<phone><name>SEP1</name><model>Cisco 7841</model><class>Phone</class><ownerUserName>jdoe</ownerUserName></phone>"),
                "b-get.xml", envelope("getPhone", "<phone><class>Phone</class><name>sep1</name><description>Desk</description>"
                        + "<model>Cisco 7841</model><lines><line><index>2</index><dirn><pattern>2002</pattern></dirn></line>"
                        + "<line><index>1</index><dirn><pattern>2001</pattern></dirn></line></lines>"
                        + "<ownerUserName>jdoe</ownerUserName></phone>"));
        Device d = only(inv.devices());
        assertEquals("SEP1", d.name());
        assertEquals("Desk", d.description());
        assertEquals(List.of("2001", "2002"), d.directoryNumbers(), "lines in index order");
        assertEquals("a-list.xml:6", d.source().toString(), "the first record's place");
        assertTrue(inv.warnings().isEmpty(), inv.warnings().toString());
    }

    @Test
    void samePhoneInTwoListPages_isADuplicate() throws Exception {
        String phone = "<phone><class>Phone</class><name>SEP1</name><model>Cisco 7841</model><ownerUserName>jdoe</ownerUserName></phone>";
        Inventory inv = read("page1.xml", envelope("listPhone", phone), "page2.xml", envelope("listPhone", phone));
        assertEquals(1, inv.devices().size());
        assertEquals(List.of("DUPLICATE_DEVICE@6: device SEP1 appears again (first at page1.xml:6); the first record is counted"),
                warnings(inv));
    }

    /**
     * A listPhone's devices are looked up only once a second response gives devices: a repeat within the list is
     * found then, or when the merge finishes if none does, with the same warning, and is left out of everything.
     */
    @Test
    void aRepeatInOneList_isWarnedAndLeftOut_whenAGetPhoneFollows() throws Exception {
        Inventory inv = read("list.xml", envelope("listPhone",
                        "<phone><class>Phone</class><name>SEP1</name><model>Cisco 7841</model><ownerUserName>jdoe</ownerUserName></phone>\n"
                                + "<phone><class>Phone</class><name>SEP2</name><model>Cisco 7841</model><ownerUserName/></phone>\n"
                                + "<phone><class>Phone</class><name>sep1</name><model>Cisco 8865</model><ownerUserName>x</ownerUserName></phone>"),
                "get.xml", envelope("getPhone", "<phone><class>Phone</class><name>SEP1</name><description>Desk</description></phone>"));
        assertEquals(List.of("SEP1|Desk|jdoe|Cisco 7841", "SEP2|||Cisco 7841"), inv.devices().stream()
                .map(d -> d.name() + "|" + d.description() + "|" + d.ownerUserId() + "|" + d.model()).toList());
        assertEquals(List.of("DUPLICATE_DEVICE@8: device sep1 appears again (first at list.xml:6); the first record is "
                + "counted"), warnings(inv));
    }

    @Test
    void repeatsInOneList_areLeftOutOfMissingFields_withOrWithoutAnotherResponse() throws Exception {
        String list = envelope("listPhone", "<phone><class>Phone</class><name>SEP1</name><model>Cisco 7841</model></phone>\n"
                + "<phone><class>Phone</class><name>SEP1</name><model>Cisco 7841</model></phone>\n"
                + "<phone><class>Phone</class><name>SEP2</name><model>Cisco 7841</model></phone>");
        String get = envelope("getPhone", "<phone><class>Phone</class><name>SEP3</name><model>Cisco 8865</model>"
                + "<ownerUserName>jdoe</ownerUserName></phone>");
        List<String> expected = List.of(
                "MISSING_FIELD@6: 2 phones (SEP1, SEP2) with no ownerUserName (userid in executeSQLQuery rows), and no "
                        + "other response gives it: counted as unassigned (R14); request ownerUserName in returnedTags",
                "DUPLICATE_DEVICE@7: device SEP1 appears again (first at list.xml:6); the first record is counted");
        Inventory alone = read("list.xml", list);
        assertEquals(List.of("SEP1", "SEP2"), alone.devices().stream().map(Device::name).toList());
        assertEquals(expected, warnings(alone));
        Inventory followed = read("list.xml", list, "get.xml", get);
        assertEquals(List.of("SEP1", "SEP2", "SEP3"), followed.devices().stream().map(Device::name).toList());
        assertEquals(expected, warnings(followed));
    }

    @Test
    void disagreeingResponses_getWins_withAWarning() throws Exception {
        Inventory inv = read("get.xml", envelope("getPhone",
                        "<phone><class>Phone</class><name>SEP1</name><model>Cisco 7841</model><ownerUserName>jdoe</ownerUserName></phone>"),
                "list.xml", envelope("listPhone",
                        "<phone><class>Phone</class><name>SEP1</name><model>Cisco 7841</model><ownerUserName>asmith</ownerUserName></phone>"));
        assertEquals("jdoe", only(inv.devices()).ownerUserId());
        assertEquals(List.of("AXL_CONFLICT@6: device SEP1: owner is 'jdoe' in getPhone (get.xml:6) but 'asmith' in "
                + "listPhone; the getPhone value is used"), warnings(inv));
    }

    /**
     * Every file is opened (and a large response announces its size) before any is read; a file that cannot even be
     * opened still reports its error only in its turn: a broken first file's error, found as it is read, comes
     * first.
     */
    @Test
    void aBrokenFileBeforeOneThatCannotBeOpened_isTheErrorReported() {
        InputException e = assertThrows(InputException.class, () -> read(
                "a.xml", envelope("listPhone", "<phone><name>SEP1</name></phone>\n<phone><name>SEP2</nam></phone>"),
                "b.xml", "PK\u0003\u0004 a workbook"));
        assertTrue(e.getMessage().startsWith("a.xml:7: "), e.getMessage());
        InputException alone = assertThrows(InputException.class, () -> read("b.xml", "PK\u0003\u0004 a workbook"));
        assertTrue(alone.getMessage().startsWith("b.xml: a ZIP archive"), alone.getMessage());
    }

    /**
     * Each object remembers the operation of the response that first gave it, kept as runs of objects by response:
     * a conflict names it for objects of the first, a middle and the last run.
     */
    @Test
    void conflicts_nameTheOperationOfTheFirstResponse_forObjectsOfEveryResponse() throws Exception {
        Inventory inv = read(
                "list.xml", envelope("listPhone", "<phone><name>SEP1</name><ownerUserName>a</ownerUserName></phone>\n"
                        + "<phone><name>SEP2</name><ownerUserName>b</ownerUserName></phone>"),
                "users.xml", envelope("listUser", "<user><userid>a</userid><firstName>Al</firstName></user>"),
                "more.xml", envelope("listPhone", "<phone><name>SEP3</name><ownerUserName>c</ownerUserName></phone>"),
                "get.xml", envelope("getPhone", "<phone><name>SEP2</name><ownerUserName>x</ownerUserName></phone>\n"
                        + "<phone><name>SEP3</name><ownerUserName>y</ownerUserName></phone>"),
                "getUser.xml", envelope("getUser", "<user><userid>a</userid><firstName>Alan</firstName></user>"));
        assertEquals(List.of(
                "AXL_CONFLICT@6: device SEP2: owner is 'b' in listPhone (list.xml:7) but 'x' in getPhone; the getPhone "
                        + "value is used",
                "AXL_CONFLICT@7: device SEP3: owner is 'c' in listPhone (more.xml:6) but 'y' in getPhone; the "
                        + "getPhone value is used",
                "AXL_CONFLICT@6: user a: firstName is 'Al' in listUser (users.xml:6) but 'Alan' in getUser; the getUser "
                        + "value is used"),
                warnings(inv).stream().filter(w -> w.startsWith("AXL_CONFLICT")).toList());
    }

    @Test
    void listUserPlusGetUser_mergeIntoOneUserWithAssociations() throws Exception {
        Inventory inv = read("listUser.xml", envelope("listUser",
                        "<user><firstName>Jo</firstName><userid>jdoe</userid><enableMobility>false</enableMobility>"
                                + "<imAndPresenceEnable>true</imAndPresenceEnable></user>"),
                "getUser.xml", envelope("getUser", "<user><userid>jdoe</userid><associatedDevices><device>SEP1</device>"
                        + "</associatedDevices><phoneProfiles><profileName uuid=\"{1}\">UDP_jdoe</profileName></phoneProfiles>"
                        + "<defaultProfile/></user>"),
                "udp.xml", envelope("listDeviceProfile", "<deviceProfile><name>UDP_jdoe</name><model>Cisco 8865</model>"
                        + "<loginUserId/></deviceProfile><deviceProfile><name>UDP_spare</name><model>Cisco 8865</model>"
                        + "<loginUserId/></deviceProfile>"));
        EndUser u = only(inv.users());
        assertEquals("Jo", u.firstName());
        assertEquals(Boolean.TRUE, u.imAndPresence());
        assertEquals(List.of("SEP1"), u.controlledDevices());
        assertEquals(List.of("UDP_jdoe"), u.controlledProfiles());
        assertTrue(inv.warnings().isEmpty(), inv.warnings().toString());
    }

    @Test
    void aFieldCarriedEmpty_staysCarriedWhenAnotherResponseCompletesTheObject_R14() throws Exception {
        // SEP1 carried an empty owner (unassigned, R14); SEP2 carried none: only SEP2 lacks the field. SEP3 is named
        // by one response only, and is read as it was given.
        Inventory inv = read("list.xml", envelope("listPhone",
                        "<phone><class>Phone</class><name>SEP1</name><model>Cisco 7841</model><ownerUserName/></phone>\n"
                                + "<phone><class>Phone</class><name>SEP2</name><model>Cisco 7841</model></phone>\n"
                                + "<phone><class>Phone</class><name>SEP3</name><model>Cisco 8865</model><ownerUserName>jdoe</ownerUserName></phone>"),
                "get.xml", envelope("getPhone", "<phone><class>Phone</class><name>SEP1</name><description>Lobby</description></phone>"
                        + "<phone><class>Phone</class><name>SEP2</name><description>Spare</description></phone>"));
        assertEquals(List.of("SEP1|Lobby|", "SEP2|Spare|null", "SEP3||jdoe"), inv.devices().stream()
                .map(d -> d.name() + "|" + d.description() + "|" + d.ownerUserId()).toList());
        assertEquals(List.of("MISSING_FIELD@7: 1 phone (SEP2) with no ownerUserName (userid in executeSQLQuery rows), "
                + "and no other response gives it: counted as unassigned (R14); request ownerUserName in "
                + "returnedTags"), warnings(inv));
    }

    @Test
    void aUserCompletedByGetUser_keepsWhatListUserCarried_emptyOrNot_R4R6() throws Exception {
        Inventory inv = read("listUser.xml", envelope("listUser",
                        "<user><userid>jdoe</userid><enableMobility/><imAndPresenceEnable>true</imAndPresenceEnable></user>\n"
                                + "<user><userid>asmith</userid><imAndPresenceEnable>false</imAndPresenceEnable></user>"),
                "getUser.xml", envelope("getUser", "<user><userid>jdoe</userid><associatedDevices><device>SEP1</device>"
                        + "</associatedDevices><enableMobility>true</enableMobility></user>"));
        assertEquals(List.of("jdoe|true|true|[SEP1]", "asmith|null|false|[]"), inv.users().stream()
                .map(u -> u.userId() + "|" + u.enableMobility() + "|" + u.imAndPresence() + "|" + u.controlledDevices())
                .toList(), "an empty enableMobility gives way to getUser's, silently");
        assertEquals(List.of("MISSING_FIELD@7: 1 user (asmith) with no enableMobility, and no other response gives it: "
                + "mobility users (R4) are found only through remote destination profiles; request enableMobility in "
                + "returnedTags"), warnings(inv));
    }

    @Test
    void anEstimateSkipsTheChildrenTheRulesDoNotRead_withTheSameLicensingFields() throws Exception {
        String phones = "<phone><name>SEP1</name><description>Desk</description><model>Cisco 7841</model>"
                + "<class>Phone</class><protocol>SIP</protocol><ownerUserName uuid=\"{1}\">jdoe</ownerUserName>"
                + "<primaryPhoneName/><lines><line><index>1</index><dirn><pattern>2001</pattern></dirn>"
                + "<associatedEndusers><enduser><userId>asmith</userId></enduser></associatedEndusers></line></lines>"
                + "<loginUserId>bjones</loginUserId></phone>"
                + "<phone><name>UDP1</name><class>Device Profile</class><product>Cisco 8865</product>"
                + "<loginUserId>jdoe</loginUserId></phone>";
        String users = "<user><firstName>Jo</firstName><userid>jdoe</userid><mailid>jo@example.com</mailid>"
                + "<enableMobility>true</enableMobility><imAndPresenceEnable>false</imAndPresenceEnable>"
                + "<associatedDevices/><phoneProfiles><profileName>UDP1</profileName></phoneProfiles></user>";
        List<InputFile> files = List.of(file("getPhone.xml", envelope("getPhone", phones)),
                file("getUser.xml", envelope("getUser", users)));
        Inventory all = ExportReader.read("c", files);
        Inventory licensing = ExportReader.read("c", files, new ReadOptions(Fields.LICENSING, ReadLimits.DEFAULT,
                StreamTap.NONE));

        Device d = only(licensing.devices());
        assertEquals(List.of("Cisco 7841", "jdoe", "SIP", "", "", List.of(), List.of()), List.of(d.model(),
                d.ownerUserId(), d.protocol(), d.primaryPhone(), d.description(), d.directoryNumbers(), d.userIds()));
        Device full = only(all.devices());
        assertEquals(List.of("Desk", List.of("2001"), List.of("bjones", "asmith")),
                List.of(full.description(), full.directoryNumbers(), full.userIds()));
        assertEquals(all.profiles(), licensing.profiles(), "a profile's user may be its loginUserId");
        EndUser u = only(licensing.users());
        assertEquals(List.of(true, false, List.of("UDP1"), ""), List.of(u.enableMobility(), u.imAndPresence(),
                u.controlledProfiles(), u.mailId()));
        assertEquals(all.warnings(), licensing.warnings());

        String longDescription = envelope("listPhone", "<phone><name>SEP1</name><description>"
                + "x".repeat(101) + "</description><model>Cisco 7841</model></phone>");
        InputException e = assertThrows(InputException.class, () -> ExportReader.read("c",
                List.of(file("long.xml", longDescription)), new ReadOptions(Fields.LICENSING,
                        new ReadLimits(1000, 100, 100, 100), StreamTap.NONE)));
        assertEquals("long.xml:6: text of more than 100 characters in one element (--max-field-length)",
                e.getMessage(), "text skipped unread is limited as text kept is");
    }

    @Test
    void listUserWithoutAssociations_andAProfileWithoutUser_saysR5MayBeMissed() throws Exception {
        Inventory inv = read("listUser.xml", envelope("listUser", "<user><userid>jdoe</userid>"
                        + "<enableMobility>false</enableMobility><imAndPresenceEnable>false</imAndPresenceEnable></user>"),
                "udp.xml", envelope("listDeviceProfile", "<deviceProfile><name>UDP_jdoe</name><model>Cisco 8865</model>"
                        + "<loginUserId/></deviceProfile>"));
        assertEquals(List.of("MISSING_FIELD@6: 1 user (jdoe) with no associated devices or phone profiles (listUser does "
                + "not carry them), and no getUser response or enduserdevicemap rows give them, while device profile "
                + "UDP_jdoe name no user: Extension Mobility users (R5) may be missed; export getUser per user or the "
                + "enduserdevicemap rows"), warnings(inv));
    }

    @Test
    void enduserdevicemapRows_addAssociations_profilesByClassOrName() throws Exception {
        Inventory inv = read("a.xml", envelope("listUser", "<user><userid>jdoe</userid><enableMobility>false</enableMobility>"
                        + "<imAndPresenceEnable>false</imAndPresenceEnable></user>"),
                "b.xml", envelope("listDeviceProfile", "<deviceProfile><name>UDP_B</name><model>Cisco 8865</model>"
                        + "<loginUserId/></deviceProfile>"),
                "c.xml", envelope("executeSQLQuery", "<row><userid>jdoe</userid><name>SEP1</name><tkclass>1</tkclass></row>"
                        + "<row><userid>jdoe</userid><name>UDP_A</name><tkclass>254</tkclass></row>"
                        + "<row><user_id>jdoe</user_id><device_name>UDP_B</device_name></row>"
                        + "<row><userid>ghost</userid><name>SEP9</name></row>"
                        + "<row><userid/><name>SEP8</name></row>"));
        EndUser u = only(inv.users());
        assertEquals(List.of("SEP1"), u.controlledDevices());
        assertEquals(List.of("UDP_A", "UDP_B"), u.controlledProfiles());
        assertEquals(List.of("UNKNOWN_USER@6: enduserdevicemap rows name user 'ghost', who is not among the AXL users; "
                + "the association is ignored"), warnings(inv));
    }

    @Test
    void phonesWithoutAClass_areDevices_withOneMissingFieldWarning_R2() throws Exception {
        Inventory inv = read("list.xml", envelope("listPhone",
                "<phone><name>BAT7960TEMPLATE</name><model>Cisco 7960</model><ownerUserName/></phone>\n"
                        + "<phone><name>SEP1</name><model>Cisco 7841</model><ownerUserName/></phone>\n"
                        + "<phone><class>Phone</class><name>SEP2</name><model>Cisco 7841</model><ownerUserName/></phone>"));
        assertEquals(List.of("BAT7960TEMPLATE", "SEP1", "SEP2"), inv.devices().stream().map(Device::name).toList());
        assertEquals(List.of(new Warning("MISSING_FIELD", "2 phones with no class: a phone template (class 'Phone "
                + "Template', R2) cannot be told from a phone, so each is counted as a device; request class in "
                + "returnedTags (tkclass in an executeSQLQuery)", new Source("list.xml", 6))), inv.warnings());
    }

    @Test
    void sqlRowsOfAJoinOnLines_mergeIntoOneDevice() throws Exception {
        Inventory inv = read("q.xml", envelope("executeSQLQuery",
                "<row><name>SEP1</name><model>Cisco 7841</model><tkclass>1</tkclass><userid>jdoe</userid>"
                        + "<dnorpattern>2001</dnorpattern></row>"
                        + "<row><name>SEP1</name><model>Cisco 7841</model><tkclass>1</tkclass><userid>jdoe</userid>"
                        + "<dnorpattern>2002</dnorpattern></row>"));
        assertEquals(List.of("2001", "2002"), only(inv.devices()).directoryNumbers());
        assertTrue(inv.warnings().isEmpty(), inv.warnings().toString());
    }

    @Test
    void sqlRowsWithTypemodelNumbers_readAsModelNames() throws Exception {
        Inventory inv = read("q.xml", envelope("executeSQLQuery",
                "<row><name>SEP1</name><tkmodel>36225</tkmodel><tkclass>1</tkclass><fkenduser/></row>"
                        + "<row><name>CSFJDOE</name><tkmodel>503</tkmodel><tkclass>1</tkclass><userid>jdoe</userid></row>"
                        + "<row><name>RDP1</name><tkmodel>134</tkmodel><tkclass>20</tkclass><userid>jdoe</userid></row>"));
        assertEquals(List.of("Cisco 8865", "Cisco Unified Client Services Framework"),
                inv.devices().stream().map(Device::model).toList());
        assertEquals("jdoe", only(inv.remoteDestinationProfiles()).userId());
    }

    @Test
    void sqlRowsOfUsers() throws Exception {
        Inventory inv = read("q.xml", envelope("executeSQLQuery",
                "<row><userid>jdoe</userid><firstname>J</firstname><lastname>Doe</lastname><enablemobility>t</enablemobility>"
                        + "<enableupc>f</enableupc></row>"));
        EndUser u = only(inv.users());
        assertEquals("J Doe", u.displayName());
        assertEquals(Boolean.TRUE, u.enableMobility());
        assertEquals(Boolean.FALSE, u.imAndPresence());
        assertTrue(inv.usersExported());
    }

    // ---- errors ----------------------------------------------------------------------------------------------

    @Test
    void errors_nameFileLineAndProblem() throws InputException {
        assertError("q.xml:6: executeSQLQuery row with columns count is none of the kinds ucount reads: devices "
                        + "(name + model [+ userid, class]), users (userid without a device name), associations "
                        + "(userid + name, the enduserdevicemap rows)",
                "q.xml", envelope("executeSQLQuery", "<row><count>2</count></row>"));
        assertError("q.xml:6: executeSQLQuery device rows need a model column (e.g. 'tm.name as model' joined from "
                        + "typemodel); columns here: name, description",
                "q.xml", envelope("executeSQLQuery", "<row><name>SEP1</name><description>x</description></row>"));
        assertError("l.xml:4: AXL <listLineResponse> is not a response ucount reads (it reads executeSQLQuery, "
                        + "getDeviceProfile, getPhone, getRemoteDestinationProfile, getUser, listDeviceProfile, listPhone, "
                        + "listRemoteDestinationProfile, listUser)",
                "l.xml", envelope("listLine", "<line/>"));
        assertError("x.xml:1: not an AXL response: the document element is <phones> (expected a SOAP Envelope holding "
                + "an AXL <...Response>)", "x.xml", "<phones><phone/></phones>");
        assertError("x.xml:1: an HTML page, not an AXL response (a login or error page saved in its place?)", "x.xml",
                "<html><body/></html>");
        assertError("p.xml:6: <phone> without a <name>: every AXL device item needs one",
                "p.xml", envelope("listPhone", "<phone><model>Cisco 7841</model></phone>"));
        assertError("u.xml:6: enableMobility: 'maybe' is not a boolean (expected t/f, true/false, Y/N, yes/no or 1/0)",
                "u.xml", envelope("listUser", "<user><userid>a</userid><enableMobility>maybe</enableMobility></user>"));
        // A value held in an element of its own would read as empty: an owner lost, mobility off, without a word.
        assertError("p.xml:6: <ownerUserName> holds <value> where a value belongs: not an AXL response as CUCM writes "
                + "it", "p.xml", envelope("listPhone", "<phone><name>SEP1</name><model>Cisco 7841</model>"
                + "<ownerUserName uuid=\"{A}\"><value>jdoe</value></ownerUserName></phone>"));
        assertError("u.xml:6: <enableMobility> holds <v> where a value belongs: not an AXL response as CUCM writes it",
                "u.xml", envelope("listUser", "<user><userid>a</userid><enableMobility><v>true</v></enableMobility>"
                        + "</user>"));
        assertError("q.xml:6: <userid> holds <x> where a value belongs: not an AXL response as CUCM writes it",
                "q.xml", envelope("executeSQLQuery", "<row><name>SEP1</name><model>Cisco 7841</model>"
                        + "<userid><x>jdoe</x></userid></row>"));
        // A descriptive field is not checked: whether an export reads cannot depend on the report asked for.
        String described = envelope("listPhone", "<phone><name>SEP1</name><model>Cisco 7841</model>"
                + "<description><b>Alice</b></description><ownerUserName>jdoe</ownerUserName></phone>");
        for (Fields fields : Fields.values()) {
            assertEquals(1, ExportReader.read("c", List.of(new InputFile("d.xml", null,
                    () -> new ByteArrayInputStream(described.getBytes(StandardCharsets.UTF_8)))),
                    new ReadOptions(fields, ReadLimits.DEFAULT, StreamTap.NONE)).devices().size(), fields.name());
        }
        String whole = envelope("listPhone", "<phone><name>SEP1</name>");
        String truncated = whole.substring(0, whole.indexOf("</return>"));
        InputException e = assertThrows(InputException.class, () -> read("t.xml", truncated));
        assertTrue(e.getMessage().startsWith("t.xml:7: malformed XML: "), e.getMessage());
    }

    @Test
    void notUtf8_isNamedAsSuch() {
        byte[] latin1 = envelope("listUser", "<user><userid>m\u00fcller</userid></user>").getBytes(StandardCharsets.ISO_8859_1);
        InputException e = assertThrows(InputException.class, () -> ExportReader.read("c",
                List.of(new InputFile("l1.xml", null, () -> new ByteArrayInputStream(latin1)))));
        assertTrue(e.getMessage().startsWith("l1.xml:6: not valid UTF-8 text"), e.getMessage());
    }

    @Test
    void undecodableBytesAreNamedWithTheirLine_inTheEncodingTheFileGave() {
        String body = "<user><userid>a</userid></user>\r\n<user><userid>b\u00A7</userid></user>";
        byte[] utf16 = ("\uFEFF" + envelope("listUser", body)).getBytes(StandardCharsets.UTF_16LE);
        // A lone surrogate cannot be encoded by Java's encoder: its two bytes go where the section sign's went.
        int at = indexOf(utf16, "\u00A7".getBytes(StandardCharsets.UTF_16LE));
        utf16[at] = 0x00;
        utf16[at + 1] = (byte) 0xD8;
        InputException e = assertThrows(InputException.class, () -> ExportReader.read("c",
                List.of(new InputFile("u16.xml", null, () -> new ByteArrayInputStream(utf16)))));
        assertEquals("u16.xml:7: not valid UTF-16LE text (as its byte-order mark says): save the export as UTF-8 and "
                + "run again", e.getMessage());
    }

    private static int indexOf(byte[] bytes, byte[] part) {
        for (int i = 0; i + part.length <= bytes.length; i++) {
            if (java.util.Arrays.equals(bytes, i, i + part.length, part, 0, part.length)) return i;
        }
        throw new AssertionError("not found");
    }

    @Test
    void encodingsByByteOrderMarkZeroBytesOrDeclaration_decodeNonAsciiNames() throws Exception {
        Path hostile = Path.of("src", "test", "resources", "hostile", "xml");
        for (String utf16 : List.of("utf16le-bom.xml", "utf16be-bom.xml", "utf16le-no-bom.xml")) {
            Inventory inv = readFiles(hostile.resolve(utf16));
            assertEquals("Büro Müller", inv.devices().get(1).description(), utf16);
        }
        EndUser u = only(readFiles(hostile.resolve("windows-1252-declared.xml")).users());
        assertEquals("Jürgen Müller", u.firstName() + " " + u.lastName(), "decoded as its declaration says");
        Inventory mismatch = readFiles(hostile.resolve("declared-utf16-but-utf8.xml"));
        assertEquals("Müller", only(mismatch.users()).lastName());
        assertEquals("ENCODING_MISMATCH", mismatch.warnings().get(0).code());
    }

    @Test
    void limitsComeFromTheBuilder_andCountEveryElementOfTheDocument() {
        String xml = envelope("listUser", "<user><userid>a</userid></user><user><userid>b</userid></user>");
        InventoryBuilder builder = new InventoryBuilder("c", new ReadLimits(7, 100, 100, 100));
        InputException e = assertThrows(InputException.class, () -> AxlXmlReader.read(
                new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "l.xml", builder));
        assertEquals("l.xml:6: more than 7 elements in one document (--max-elements)", e.getMessage(),
                "Envelope, Body, listUserResponse, return, user, userid, user, userid: the eighth is one too many");
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    /** A listX/getX/executeSQLQuery response whose items start on line 6. */
    static String envelope(String op, String items) {
        return "<?xml version='1.0' encoding='UTF-8'?>\n"
                + "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\">\n"
                + "<soapenv:Body>\n"
                + "<ns:" + op + "Response xmlns:ns=\"http://www.cisco.com/AXL/API/12.5\">\n"
                + "<return>\n"
                + items + "\n"
                + "</return>\n"
                + "</ns:" + op + "Response>\n"
                + "</soapenv:Body>\n"
                + "</soapenv:Envelope>\n";
    }

    private static void assertError(String expected, String name, String xml) {
        InputException e = assertThrows(InputException.class, () -> read(name, xml));
        assertEquals(expected, e.getMessage());
    }

    private static InputFile file(String name, String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        return new InputFile(name, null, () -> new ByteArrayInputStream(bytes));
    }

    static Inventory read(String... namesAndContents) throws InputException {
        List<InputFile> files = new ArrayList<>();
        for (int i = 0; i < namesAndContents.length; i += 2) {
            byte[] bytes = namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8);
            files.add(new InputFile(namesAndContents[i], null, () -> new ByteArrayInputStream(bytes)));
        }
        return ExportReader.read("test", files);
    }

    private static Inventory readFiles(Path file) throws InputException {
        return ExportReader.read("test", List.of(new InputFile(file.toString(), file, null)));
    }

    private static Inventory readFiles(String... fixtures) throws InputException {
        List<InputFile> files = new ArrayList<>();
        for (String f : fixtures) files.add(new InputFile(f, FIXTURES.resolve(f), null));
        return ExportReader.read("test", files);
    }

    private static List<String> warnings(Inventory inv) {
        return inv.warnings().stream().sorted().map(AxlXmlReaderTest::describe).toList();
    }

    private static String describe(Warning w) {
        return w.code() + "@" + w.source().line() + ": " + w.message();
    }

    private static <T> T only(List<T> list) {
        assertEquals(1, list.size(), list.toString());
        return list.get(0);
    }
}
