package ucount.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ucount.support.AcmeHq;
import ucount.support.Cli;
import ucount.support.Estimates;
import ucount.support.FakeAxlServer;
import ucount.support.TestCertificates;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code ucount pull} against an in-process AXL server on 127.0.0.1 with a certificate made at test time. */
class PullCommandTest {

    @TempDir
    Path work;

    private FakeAxlServer server;
    private Path passwordFile;
    private Path out;

    @BeforeEach
    void start() throws IOException {
        server = new FakeAxlServer(TestCertificates.loopback());
        passwordFile = work.resolve("password.txt");
        Files.writeString(passwordFile, FakeAxlServer.PASSWORD + "\n");
        out = work.resolve("snapshots").resolve("hq");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Cli.Result pull(String... extra) {
        List<String> args = new ArrayList<>(List.of("pull", "--host", "127.0.0.1", "--port", String.valueOf(server.port()),
                "--user", FakeAxlServer.USER, "--axl-version", "12.5", "--out", out.toString(),
                "--password-file", passwordFile.toString()));
        args.addAll(List.of(extra));
        if (!args.contains("--insecure") && !args.contains("--no-cacert")) {
            args.addAll(List.of("--cacert", TestCertificates.loopback().caPem().toString()));
        }
        args.remove("--no-cacert");
        return Cli.run(args.toArray(String[]::new));
    }

    @Test
    void pullsEveryListAcrossPages_andTheSnapshotEstimatesLikeTheCsvExport() throws IOException {
        server.maxPage = 40;
        Cli.Result r = pull();
        assertEquals(0, r.exit(), r.toString());
        assertEquals(out + ": phones 106, users 52, deviceProfiles 5, remoteDestinationProfiles 6, associations 102, "
                + "associations from executeSQLQuery\n", r.out());
        assertEquals(List.of("executeSQLQuery-enduserdevicemap-001.xml", "listDeviceProfile-001.xml",
                "listPhone-001.xml", "listPhone-002.xml", "listPhone-003.xml", "listRemoteDestinationProfile-001.xml",
                "listUser-001.xml", "listUser-002.xml", "manifest.json"), list(out));
        assertTrue(r.err().contains("ucount: pull: listPhone: the server finds 1000 per page too many; asking 40 per page\n"),
                r.err());
        assertTrue(r.err().contains("ucount: pull: listPhone page 3: 26 phones (106 so far)\n"), r.err());

        List<FakeAxlServer.Request> phones = server.requests.stream().filter(q -> q.operation().equals("listPhone")).toList();
        assertEquals(List.of("<skip>0</skip><first>1000</first>", "<skip>0</skip><first>40</first>",
                "<skip>40</skip><first>40</first>", "<skip>80</skip><first>40</first>",
                "<skip>106</skip><first>40</first>"),
                phones.stream().map(q -> q.body().replaceAll("(?s).*(<skip>.*</first>).*", "$1")).toList());
        assertEquals("\"CUCM:DB ver=12.5 listPhone\"", phones.get(0).soapAction());

        JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        assertEquals("127.0.0.1", manifest.get("host").asText());
        assertEquals(server.port(), manifest.get("port").asInt());
        assertEquals("12.5", manifest.get("axlVersion").asText());
        assertEquals(FakeAxlServer.USER, manifest.get("axlUser").asText());
        assertTrue(manifest.get("pulledAt").asText().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"));
        assertEquals("{\"phones\":106,\"users\":52,\"deviceProfiles\":5,\"remoteDestinationProfiles\":6,\"associations\":102}",
                manifest.get("counts").toString());
        assertEquals(8, manifest.get("files").size());

        assertNoPasswordIn(r);
        assertEquals(List.of("hq"), list(out.getParent()), "no temporary folder is left beside the snapshot");
        Estimates.assertSame(AcmeHq.DIR.toString(), out.toString(), "elm", true);
        Estimates.assertSame(AcmeHq.DIR.toString(), out.toString(), "smart", true);
    }

    @Test
    void aServerThatCapsPagesSilently_isPagedToTheEnd() throws IOException {
        server.silentCap = 25;
        Cli.Result r = pull();
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().contains("phones 106, users 52,"), r.out());
        assertTrue(list(out).contains("listPhone-005.xml"));
        Estimates.assertSame(AcmeHq.DIR.toString(), out.toString(), "elm", true);
    }

    @Test
    void aServerThatIgnoresPaging_isReadOnce() {
        server.ignoresPaging = true;
        Cli.Result r = pull();
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().contains("phones 106, users 52,"), r.out());
        assertEquals(2, server.operations().stream().filter("listPhone"::equals).count());
    }

    @Test
    void http503_isRetriedAfterTheServersRetryAfter() {
        server.busy.put("listUser", 2);
        Cli.Result r = pull();
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.err().contains("ucount: pull: AXL busy on listUser (HTTP 503); retrying in 0 s (attempt 2 of 6)\n"
                + "ucount: pull: AXL busy on listUser (HTTP 503); retrying in 0 s (attempt 3 of 6)\n"), r.err());
        assertEquals(4, server.operations().stream().filter("listUser"::equals).count(), "2 refused, 1 page, 1 empty end");
    }

    @Test
    void quiet_printsNoProgress() {
        Cli.Result r = pull("-q");
        assertEquals(0, r.exit(), r.toString());
        assertEquals("", r.err());
    }

    @Test
    void http401_isAClearErrorAndLeavesNothing() throws IOException {
        Files.writeString(passwordFile, "wrong-password\n");
        Cli.Result r = pull();
        assertEquals(3, r.exit(), r.toString());
        assertEquals("", r.out());
        assertEquals("ucount: 127.0.0.1:" + server.port() + ": HTTP 401 Unauthorized: the AXL user 'axlreader' or "
                + "its password was refused; check --user and the password (UCOUNT_AXL_PASSWORD, --password-file or "
                + "the prompt)\n", lastLine(r.err()));
        assertFalse(r.err().contains("wrong-password"));
        assertEquals(List.of(), list(out.getParent()));
    }

    @Test
    void wrongAxlVersion_axlcode5003() {
        server.servedVersion = "14.0";
        Cli.Result r = pull();
        assertEquals(3, r.exit(), r.toString());
        assertEquals("ucount: 127.0.0.1:" + server.port() + ": the server refused AXL version 12.5 (axlcode 5003: "
                + "The version 12.5 is not supported; this server supports 14.0); give the version the cluster runs "
                + "with --axl-version (8.0 to 15.0)\n", lastLine(r.err()));
    }

    @Test
    void aFaultHalfwayLeavesNoHalfSnapshot() throws IOException {
        server.faults.put("listDeviceProfile", new String[]{"5007", "Item not valid"});
        Cli.Result r = pull();
        assertEquals(3, r.exit(), r.toString());
        assertEquals("ucount: 127.0.0.1:" + server.port() + ": AXL fault on listDeviceProfile: axlcode 5007: Item not "
                + "valid\n", lastLine(r.err()));
        assertTrue(server.operations().contains("listPhone"), "phones had been pulled before the fault");
        assertEquals(List.of(), list(out.getParent()), "neither the snapshot nor its temporary folder remains");
    }

    @Test
    void untrustedCertificate_isATlsError_andInsecureSkipsTheCheck() throws IOException {
        Cli.Result r = pull("--no-cacert");
        assertEquals(3, r.exit(), r.toString());
        assertTrue(lastLine(r.err()).startsWith("ucount: 127.0.0.1:" + server.port() + ": TLS handshake failed: the "
                + "server's certificate is not trusted ("), r.err());
        assertTrue(lastLine(r.err()).endsWith("; give the CA that signed the publisher's certificate with --cacert "
                + "FILE, or skip verification with --insecure (not recommended)\n"), r.err());
        assertEquals(List.of(), list(out.getParent()));

        Cli.Result insecure = pull("--insecure");
        assertEquals(0, insecure.exit(), insecure.toString());
    }

    @Test
    void certificateForAnotherName_isRefused() throws IOException {
        try (FakeAxlServer other = new FakeAxlServer(TestCertificates.elsewhere())) {
            Cli.Result r = Cli.run("pull", "--host", "127.0.0.1", "--port", String.valueOf(other.port()), "--user",
                    FakeAxlServer.USER, "--axl-version", "12.5", "--out", out.toString(), "--password-file",
                    passwordFile.toString(), "--cacert", TestCertificates.elsewhere().caPem().toString());
            assertEquals(3, r.exit(), r.toString());
            assertTrue(lastLine(r.err()).startsWith("ucount: 127.0.0.1:" + other.port() + ": TLS handshake failed: "
                    + "the server's certificate is not issued for '127.0.0.1' ("), r.err());
        }
    }

    @Test
    void unreachableHost_isAClearError() throws IOException {
        // A port bound but not listening refuses connections, and no other process can take it meanwhile.
        try (Socket bound = new Socket()) {
            bound.setReuseAddress(false);
            bound.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            int closed = bound.getLocalPort();
            Cli.Result r = Cli.run("pull", "--host", "127.0.0.1", "--port", String.valueOf(closed), "--user", "u",
                    "--axl-version", "12.5", "--out", out.toString(), "--password-file", passwordFile.toString());
            assertEquals(3, r.exit(), r.toString());
            assertEquals("ucount: 127.0.0.1:" + closed + ": cannot connect (connection refused): is this the CUCM "
                    + "publisher, and is the port right (--port, default 8443)?\n", lastLine(r.err()));
        }
    }

    @Test
    void refusedSql_fallsBackToGetUserPerUser() throws IOException {
        server.sqlRefused = true;
        Cli.Result r = pull();
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().endsWith("associations 52, associations from getUser\n"), r.out());
        assertEquals(52, server.operations().stream().filter("getUser"::equals).count());
        assertTrue(list(out).contains("getUser-00052.xml"));
        Estimates.assertSame(AcmeHq.DIR.toString(), out.toString(), "elm", true);
    }

    @Test
    void tooManySqlRows_arePaged() throws IOException {
        server.maxSqlRows = 50;
        Cli.Result r = pull();
        assertEquals(0, r.exit(), r.toString());
        assertTrue(list(out).containsAll(List.of("executeSQLQuery-enduserdevicemap-001.xml",
                "executeSQLQuery-enduserdevicemap-003.xml")), list(out).toString());
        Estimates.assertSame(AcmeHq.DIR.toString(), out.toString(), "elm", true);
    }

    @Test
    void nonEmptyOut_isRefused_unlessForce() throws IOException {
        Files.createDirectories(out);
        Files.writeString(out.resolve("old.csv"), "x");
        Cli.Result r = pull();
        assertEquals(2, r.exit(), r.toString());
        assertEquals("ucount: --out " + out + " exists and is not empty: name a new folder, or add --force to "
                + "replace it\n", r.err());
        assertTrue(server.requests.isEmpty());

        Cli.Result forced = pull("--force");
        assertEquals(0, forced.exit(), forced.toString());
        assertFalse(Files.exists(out.resolve("old.csv")));
        assertTrue(Files.exists(out.resolve("manifest.json")));
        assertEquals(List.of("hq"), list(out.getParent()));
    }

    @Test
    void thePasswordIsNeverAnArgument_andOneTypedAsOneIsNotEchoed() {
        Cli.Result r = Cli.run("pull", "--host", "h", "--user", "u", "--axl-version", "12.5", "--out",
                out.toString(), "--password", "s3cret!");
        assertEquals(2, r.exit());
        assertEquals("ucount: Unknown options: '--password', '***'\nTry 'ucount pull --help' for more information.\n",
                r.err());
        Cli.Result inline = Cli.run("pull", "--host", "h", "--user", "u", "--axl-version", "12.5", "--out",
                out.toString(), "--pw=s3cret!");
        assertEquals("ucount: Unknown option: '--pw=***'\nTry 'ucount pull --help' for more information.\n",
                inline.err());
        // Any option whose name says secret, not only the common spellings.
        Cli.Result named = Cli.run("pull", "--host", "h", "--user", "u", "--axl-version", "12.5", "--out",
                out.toString(), "--axl-password", "hunter2", "--cucm-Password=hunter2");
        assertEquals("ucount: Unknown options: '--axl-password', '***', '--cucm-Password=***'\n"
                + "Try 'ucount pull --help' for more information.\n", named.err());
    }

    @Test
    void aShortSecretIsHiddenWhole_notInsideOtherWords() {
        Cli.Result r = Cli.run("estimate", "--anonymize", "--salt", "s", "--bogus", "samples/acme-hq");
        assertEquals("ucount: Unknown option: '--bogus'\nTry 'ucount estimate --help' for more information.\n",
                r.err());
        Cli.Result mistyped = Cli.run("diff", "--salt=s", "a.json", "b.json");
        assertEquals("ucount: Unknown option: '--salt=***'\nTry 'ucount diff --help' for more information.\n",
                mistyped.err());
    }

    @Test
    void aHostThatIsNoNameOrAddressIsAUsageError() {
        for (String host : List.of("a b", "", "https://cucm", "cucm/axl?", "%zz")) {
            Cli.Result r = Cli.run("pull", "--host", host, "--user", "u", "--axl-version", "12.5", "--out",
                    out.toString());
            assertEquals(2, r.exit(), host);
            assertEquals("ucount: --host takes the publisher's name or address (e.g. cucm-pub.example.com or "
                    + "10.1.1.10; the port is --port), not '" + host + "'\n", r.err());
        }
    }

    @Test
    void usageErrors() {
        Cli.Result version = Cli.run("pull", "--host", "h", "--user", "u", "--axl-version", "twelve", "--out", "x");
        assertEquals(2, version.exit());
        assertEquals("ucount: --axl-version takes the schema version the cluster runs, e.g. 12.5 (8.0 to 15.0), not "
                + "'twelve'\n", version.err());
        for (String outOfRange : List.of("99.0", "7.1", "15.1")) {
            Cli.Result r = Cli.run("pull", "--host", "h", "--user", "u", "--axl-version", outOfRange, "--out", "x");
            assertEquals(2, r.exit(), outOfRange);
            assertTrue(r.err().endsWith("(8.0 to 15.0), not '" + outOfRange + "'\n"), r.err());
        }
        Cli.Result both = Cli.run("pull", "--host", "h", "--user", "u", "--axl-version", "12.5", "--out", "x",
                "--insecure", "--cacert", "ca.pem");
        assertEquals(2, both.exit());
        assertEquals("ucount: --insecure and --cacert exclude each other\n", both.err());
    }

    @Test
    void outThatIsAFile_isNeverReplacedByTheSnapshot_evenWithForce() throws IOException {
        Path file = Files.writeString(Files.createDirectories(out.getParent()).resolve("notes.txt"), "keep me\n");
        Cli.Result r = Cli.run("pull", "--host", "h", "--user", "u", "--axl-version", "12.5", "--out",
                file.toString(), "--force");
        assertEquals(2, r.exit());
        assertEquals("ucount: --out " + file + " is a file: name a folder for the snapshot\n", r.err());
        assertEquals("keep me\n", Files.readString(file));
    }

    @Test
    void help_teachesWithExamples() {
        Cli.Result r = Cli.run("pull", "--help");
        assertEquals(0, r.exit());
        assertTrue(r.out().contains("--password-file"));
        assertTrue(r.out().contains("Examples:"));
    }

    private void assertNoPasswordIn(Cli.Result r) throws IOException {
        assertFalse(r.out().contains(FakeAxlServer.PASSWORD));
        assertFalse(r.err().contains(FakeAxlServer.PASSWORD));
        for (String f : list(out)) {
            assertFalse(Files.readString(out.resolve(f), StandardCharsets.UTF_8).contains(FakeAxlServer.PASSWORD), f);
        }
    }

    private static String lastLine(String text) {
        String trimmed = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        return trimmed.substring(trimmed.lastIndexOf('\n') + 1) + "\n";
    }

    private static List<String> list(Path dir) throws IOException {
        if (!Files.exists(dir)) return List.of();
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
