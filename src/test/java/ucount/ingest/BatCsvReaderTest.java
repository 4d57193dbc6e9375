package ucount.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ucount.model.Device;
import ucount.model.EndUser;
import ucount.model.Inventory;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** BAT CSV reading on the real header rows (src/test/resources/fixtures, copied from the domain samples). */
class BatCsvReaderTest {

    private static final Path FIXTURES = Path.of("src/test/resources/fixtures");

    @TempDir
    Path dir;

    private Inventory read(Path... files) throws InputException {
        return ExportReader.read("test", InputFile.expand(Arrays.stream(files).map(Path::toString).toList(),
                () -> null));
    }

    /** A file on a real header row with one data row whose named columns are set. */
    private Path onRealHeader(String headerFile, String name, String... columnValues) throws IOException {
        List<String> header = List.of(Files.readString(FIXTURES.resolve(headerFile)).strip().split(",", -1));
        String[] row = new String[header.size()];
        Arrays.fill(row, "");
        for (int i = 0; i < columnValues.length; i += 2) {
            int index = header.indexOf(columnValues[i]);
            if (index < 0) throw new IllegalArgumentException("no column " + columnValues[i] + " in " + headerFile);
            row[index] = columnValues[i + 1];
        }
        Path file = dir.resolve(name);
        Files.writeString(file, String.join(",", header) + "\r\n" + String.join(",", row) + "\r\n");
        return file;
    }

    @Test
    void allDetailsPhonesOnTheReal200ColumnHeader() throws Exception {
        Path file = onRealHeader("bat_export_phones_all_details_HEADER_real.csv", "p.csv",
                "Device Name", "SEP0A1B2C3D4E01", "Device Type", "Cisco 8865", "Owner User ID", "aexample",
                "Directory Number 1", "1001", "User ID 1", "aexample", "Primary Phone", "", "Mobility User ID", "amob");
        Device d = read(file).devices().get(0);
        assertEquals("SEP0A1B2C3D4E01", d.name());
        assertEquals("Cisco 8865", d.model());
        assertEquals("aexample", d.ownerUserId());
        assertEquals(List.of("1001"), d.directoryNumbers());
        assertEquals(List.of("aexample"), d.userIds());
        assertEquals("amob", d.mobilityUserId());
        assertEquals("p.csv:2", d.source().toString().substring(d.source().toString().lastIndexOf('/') + 1));
    }

    @Test
    void importExportPhoneCsvWithThreeLinesAndThreeUserIds() throws Exception {
        Path file = onRealHeader("bat_importexport_phone_HEADER_real.csv", "phone.csv",
                "Device Name", "SEP000000000001", "Device Type", "Cisco 7965", "Owner User ID", "jdoe",
                "Directory Number 1", "2001", "Directory Number 3", "2003", "User ID 1", "jdoe", "User ID 3", "asst");
        Device d = read(file).devices().get(0);
        assertEquals(List.of("2001", "2003"), d.directoryNumbers());
        assertEquals(List.of("jdoe", "asst"), d.userIds());
    }

    @Test
    void importExportEnduserCsvWithControlledDevices() throws Exception {
        Path file = onRealHeader("bat_importexport_enduser_HEADER_real.csv", "enduser.csv",
                "USER ID", "jdoe", "FIRST NAME", "Jane", "LAST NAME", "Doe", "ENABLE MOBILITY", "t",
                "DEVICE NAME 1", "SEP000000000001", "DEVICE NAME 13", "CSFJDOE", "PRIMARY EXTENSION 1", "2001",
                "TELEPHONE NUMBER", "+1 555 2001");
        EndUser u = read(file).users().get(0);
        assertEquals("jdoe", u.userId());
        assertEquals(Boolean.TRUE, u.enableMobility());
        assertNull(u.imAndPresence(), "the real enduser.csv has no IM and Presence column");
        assertEquals(List.of("SEP000000000001", "CSFJDOE"), u.controlledDevices());
        assertEquals("2001", u.primaryExtension());
        assertEquals("+1 555 2001", u.telephoneNumber());
    }

    @Test
    void syntheticAllDetailsSampleReadsFourDevices() throws Exception {
        Inventory inv = read(FIXTURES.resolve("bat_export_phones_all_details_SYNTHETIC.csv"));
        assertEquals(4, inv.devices().size());
        assertEquals("", inv.devices().get(2).ownerUserId(), "the lobby phone has no owner");
        assertEquals("Analog Phone", inv.devices().get(3).model());
    }

    @Test
    void headersMatchIgnoringCaseAndWhiteSpace_withBomQuotedNewlinesAndCrlf() throws Exception {
        Path file = dir.resolve("x.csv");
        String csv = "\uFEFF  DEVICE   name ,device TYPE,OWNER USER ID,Description,directory number  1\r\n"
                + "SEP000000000001,Cisco 7965,jdoe,\"Desk, 2nd floor\nnear the window\",1001\r\n"
                + "\r\n"
                + "SEP000000000002,Cisco 3905,,plain,\r\n";
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        Inventory inv = read(file);
        assertEquals(2, inv.devices().size());
        assertEquals("Desk, 2nd floor\nnear the window", inv.devices().get(0).description());
        assertEquals(List.of("1001"), inv.devices().get(0).directoryNumbers());
        assertTrue(inv.devices().get(1).source().toString().endsWith("x.csv:5"), inv.devices().get(1).source().toString());
    }

    @Test
    void specificDetailsExportNamesPhonesByMacAddress() throws Exception {
        Path file = dir.resolve("specific.csv");
        Files.writeString(file, "MAC ADDRESS,DESCRIPTION,DEVICE TYPE,OWNER USER ID\n0A1B2C3D4E05,x,Cisco 7841,jdoe\n");
        assertEquals("SEP0A1B2C3D4E05", read(file).devices().get(0).name());
    }

    @Test
    void booleansInEverySpelling() throws Exception {
        Path file = dir.resolve("users.csv");
        List<String> rows = new ArrayList<>(List.of("USER ID,LAST NAME,ENABLE MOBILITY,Enable User for Unified CM IM and Presence"));
        String[][] values = {{"t", "f"}, {"TRUE", "False"}, {"Y", "n"}, {"yes", "No"}, {"1", "0"}, {"", ""}};
        for (int i = 0; i < values.length; i++) rows.add("u" + i + ",L," + values[i][0] + "," + values[i][1]);
        Files.write(file, rows);
        List<EndUser> users = read(file).users();
        for (int i = 0; i < 5; i++) {
            assertEquals(Boolean.TRUE, users.get(i).enableMobility(), "row " + i);
            assertEquals(Boolean.FALSE, users.get(i).imAndPresence(), "row " + i);
        }
        assertNull(users.get(5).enableMobility());
    }

    @Test
    void deviceProfilesAndRemoteDestinationProfilesAreRecognisedByHeader() throws Exception {
        Path udp = dir.resolve("a.csv");
        Files.writeString(udp, "Device Profile Name,Description,Device Type,Login UserID\nUDP_jdoe,EM,Cisco 8865,jdoe\n");
        Path rdp = dir.resolve("b.csv");
        Files.writeString(rdp, "Remote Destination Profile Name,Description,User ID\nRDP_jdoe,SNR,jdoe\n");
        Inventory inv = read(udp, rdp);
        assertEquals("jdoe", inv.profiles().get(0).userId());
        assertEquals("RDP_jdoe", inv.remoteDestinationProfiles().get(0).name());
    }

    @Test
    void folderIsReadRecursivelyInNameOrder() throws Exception {
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/z.csv"), "Device Name,Device Type,Owner User ID\nSEP000000000002,Cisco 3905,\n");
        Files.writeString(dir.resolve("a.CSV"), "Device Name,Device Type,Owner User ID\nSEP000000000001,Cisco 3905,\n");
        Files.writeString(dir.resolve("notes.txt"), "not an export");
        Inventory inv = read(dir);
        assertEquals(List.of("SEP000000000001", "SEP000000000002"), inv.devices().stream().map(Device::name).toList());
    }

    @Test
    void utf16WithByteOrderMarkIsRead() throws Exception {
        Path file = dir.resolve("u16.csv");
        byte[] bom = {(byte) 0xFF, (byte) 0xFE};
        byte[] text = "Device Name,Device Type,Owner User ID\r\nSEP000000000001,Cisco 3905,jdoe\r\n"
                .getBytes(StandardCharsets.UTF_16LE);
        Files.write(file, concat(bom, text));
        assertEquals("jdoe", read(file).devices().get(0).ownerUserId());
    }

    @Test
    void windows1252IsNamedAsNotUtf8() throws Exception {
        Path file = dir.resolve("cp1252.csv");
        Files.write(file, "USER ID,LAST NAME\nhmueller,M\u00fcller\n".getBytes(Charset.forName("windows-1252")));
        InputException e = assertThrows(InputException.class, () -> read(file));
        assertEquals(file + ":2: not valid UTF-8 text (Windows-1252 or another legacy encoding?): save the export as "
                + "UTF-8 and run again", e.getMessage());
    }

    @Test
    void emptyFileIsAnInputError() throws Exception {
        Path file = dir.resolve("empty.csv");
        Files.writeString(file, "");
        assertEquals(file + ":1: empty file", assertThrows(InputException.class, () -> read(file)).getMessage());
    }

    @Test
    void unrecognisedHeaderIsAnInputErrorNamingWhatWasExpected() throws Exception {
        Path file = dir.resolve("other.csv");
        Files.writeString(file, "Name,Extension\nx,1\n");
        String message = assertThrows(InputException.class, () -> read(file)).getMessage();
        assertTrue(message.startsWith(file + ":1: unrecognised export: the header has none of 'Device Name'+'Device Type'"),
                message);
    }

    @Test
    void unbalancedQuoteIsAnInputError() throws Exception {
        Path file = dir.resolve("quote.csv");
        Files.writeString(file, "Device Name,Device Type,Owner User ID\nSEP1,\"Cisco 7965,jdoe\n");
        String message = assertThrows(InputException.class, () -> read(file)).getMessage();
        assertTrue(message.startsWith(file + ":2: malformed CSV: "), message);
        assertTrue(message.contains("unbalanced double quote"), message);
    }

    @Test
    void badBooleanNamesLineAndColumn() throws Exception {
        Path file = dir.resolve("users.csv");
        Files.writeString(file, "USER ID,LAST NAME,ENABLE MOBILITY\njdoe,Doe,maybe\n");
        assertEquals(file + ":2: column ENABLE MOBILITY: 'maybe' is not a boolean (expected t/f, true/false, Y/N, "
                + "yes/no or 1/0)",
                assertThrows(InputException.class, () -> read(file)).getMessage());
    }

    @Test
    void phonesWithoutOwnerColumnWarnThatEveryDeviceIsUnassigned() throws Exception {
        Path file = dir.resolve("p.csv");
        Files.writeString(file, "Device Name,Device Type\nSEP000000000001,Cisco 3905\n");
        Inventory inv = read(file);
        assertNull(inv.devices().get(0).ownerUserId());
        assertEquals("MISSING_FIELD", inv.warnings().get(0).code());
    }

    @Test
    void xmlIsRecognisedByContentNotName() throws Exception {
        Path file = dir.resolve("looks-like.csv");
        Files.writeString(file, "  <?xml version='1.0'?><x/>");
        InputException e = assertThrows(InputException.class, () -> read(file));
        assertTrue(e.getMessage().startsWith(file + ":1: "), e.getMessage());
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    @Test
    void deviceProfileUserIsTheFirstNonEmptyOfItsUserColumns() throws Exception {
        Path file = dir.resolve("udp.csv");
        Files.writeString(file, "Device Profile Name,Device Type,User ID,Owner User ID\nUDP_a,Cisco 8865,,adoe\n"
                + "UDP_b,Cisco 8865,bdoe,\n");
        Inventory inv = read(file);
        assertEquals(List.of("adoe", "bdoe"), inv.profiles().stream().map(p -> p.userId()).toList());
    }

    @Test
    void aJabberModelName_isOneStringForAllItsDevices() throws Exception {
        StringBuilder csv = new StringBuilder("Device Name,Device Type,Owner User ID\n");
        for (int i = 0; i < 300; i++) {
            csv.append("CSFUSER").append(i).append(",Cisco Unified Client Services Framework,user").append(i)
                    .append('\n');
        }
        Path file = dir.resolve("jabber.csv");
        Files.writeString(file, csv);
        List<Device> devices = read(file).devices();
        assertEquals(300, devices.size());
        for (Device d : devices) assertSame(devices.get(0).model(), d.model(), d.name());
    }

    @Test
    void anEmptyOrMissingUserIdIsAnInputErrorAtItsLine_inAnyChunk() throws Exception {
        Path file = dir.resolve("users.csv");
        StringBuilder csv = new StringBuilder("LAST NAME,USER ID,ENABLE MOBILITY\n");
        for (int i = 0; i < 300; i++) csv.append("Doe,jdoe").append(i).append(",t\n");
        csv.append("Roe,,f\n"); // line 302
        csv.append("Poe,ppoe,t\n");
        Files.writeString(file, csv);
        Path shortRow = dir.resolve("short.csv");
        Files.writeString(shortRow, "LAST NAME,USER ID\nDoe,jdoe\nRoe\nPoe,ppoe\n");
        for (long chunk : new long[]{Long.MAX_VALUE, 64, 1000}) {
            try (Workers workers = new Workers(3, chunk)) {
                assertEquals(file + ":302: empty USER ID", assertThrows(InputException.class,
                        () -> read(workers, file)).getMessage(), "chunks of " + chunk);
                assertEquals(shortRow + ":3: empty USER ID", assertThrows(InputException.class,
                        () -> read(workers, shortRow)).getMessage(), "chunks of " + chunk);
            }
        }
    }

    private static Inventory read(Workers workers, Path file) throws InputException {
        return ExportReader.read("test", InputFile.expand(List.of(file.toString()), () -> null), ReadOptions.DEFAULT,
                workers);
    }

    @Test
    void usersExportIsUserIdBesideEitherNameColumn() throws Exception {
        Path last = dir.resolve("last.csv");
        Files.writeString(last, "USER ID,LAST NAME,ENABLE MOBILITY\njdoe,Doe,t\n");
        assertEquals(Boolean.TRUE, read(last).users().get(0).enableMobility());
        Path first = dir.resolve("first.csv");
        Files.writeString(first, "First Name,User ID\nJane,jdoe\n");
        assertEquals("jdoe", read(first).users().get(0).userId());
    }

    @Test
    void recognisingAUsersExportReadsNoNameColumn_soARepeatedOneIsHarmless() throws Exception {
        Path file = dir.resolve("users.csv");
        Files.writeString(file, "USER ID,LAST NAME,LAST NAME,ENABLE MOBILITY\njdoe,Doe,Doe,t\n");
        Inventory licensing = ExportReader.read("test", InputFile.expand(List.of(file.toString()), () -> null),
                ReadOptions.DEFAULT.with(Fields.LICENSING));
        assertEquals(Boolean.TRUE, licensing.users().get(0).enableMobility());
    }

    @Test
    void userIdAloneIsNoUsersExport() throws Exception {
        Path file = dir.resolve("u.csv");
        Files.writeString(file, "USER ID,ENABLE MOBILITY\njdoe,t\n");
        assertEquals(file + ":1: unrecognised export: the header has none of 'Device Name'+'Device Type' (phones), "
                + "'USER ID'+'LAST NAME' or 'FIRST NAME' (users), 'Device Profile Name', "
                + "'Remote Destination Profile Name'", assertThrows(InputException.class, () -> read(file)).getMessage());
    }

    @Test
    void phonesWithoutDeviceTypeAreNotReadAsUsers() throws Exception {
        Path file = dir.resolve("phones.csv");
        Files.writeString(file, "Device Name,Description,User ID 1\nSEP0A1B2C3D4E05,x,jdoe\n");
        String message = assertThrows(InputException.class, () -> read(file)).getMessage();
        assertTrue(message.startsWith(file + ":1: unrecognised export"), message);
    }

    @Test
    void r6_imAndPresenceColumnWithTheFullCheckBoxLabel() throws Exception {
        Path file = dir.resolve("users.csv");
        Files.writeString(file, "USER ID,LAST NAME,Enable User for Unified CM IM and Presence (Configure IM and Presence in the "
                + "associated UC Service Profile)\njdoe,Doe,t\n");
        assertEquals(Boolean.TRUE, read(file).users().get(0).imAndPresence());
    }
}
