package ucount.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ucount.support.Cli;
import ucount.support.FakeAxlServer;
import ucount.support.TestCertificates;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The AXL password never appears in what ucount prints (with and without --verbose), in error messages, or in the
 * files it writes: neither as typed nor as the Basic authentication header that carries it.
 */
class SecretsTest {

    private static final String BASIC = Base64.getEncoder()
            .encodeToString((FakeAxlServer.USER + ":" + FakeAxlServer.PASSWORD).getBytes(StandardCharsets.UTF_8));

    @TempDir
    Path work;

    private FakeAxlServer server;
    private Path passwordFile;

    @BeforeEach
    void start() throws IOException {
        server = new FakeAxlServer(TestCertificates.loopback());
        passwordFile = Files.writeString(work.resolve("password.txt"), FakeAxlServer.PASSWORD + "\n");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Cli.Result pull(Path out, String user, String... extra) {
        List<String> args = new ArrayList<>(List.of("pull", "-v", "--host", "127.0.0.1", "--port",
                String.valueOf(server.port()), "--user", user, "--axl-version", "12.5", "--out", out.toString(),
                "--password-file", passwordFile.toString(), "--cacert", TestCertificates.loopback().caPem().toString()));
        args.addAll(List.of(extra));
        return Cli.run(args.toArray(String[]::new));
    }

    private void assertNoSecret(Cli.Result r) throws IOException {
        for (String text : List.of(r.out(), r.err())) {
            assertFalse(text.contains(FakeAxlServer.PASSWORD), r.toString());
            assertFalse(text.contains(BASIC), r.toString());
        }
        try (Stream<Path> files = Files.walk(work)) {
            for (Path f : files.filter(Files::isRegularFile).filter(f -> !f.equals(passwordFile)).toList()) {
                String content = Files.readString(f, StandardCharsets.ISO_8859_1);
                assertFalse(content.contains(FakeAxlServer.PASSWORD), f.toString());
                assertFalse(content.contains(BASIC), f.toString());
            }
        }
    }

    @Test
    void successfulVerbosePull() throws IOException {
        Cli.Result r = pull(work.resolve("ok"), FakeAxlServer.USER);
        assertEquals(0, r.exit(), r.toString());
        assertTrue(Files.exists(work.resolve("ok/manifest.json")));
        assertNoSecret(r);
    }

    @Test
    void wrongCredentials() throws IOException {
        Cli.Result r = pull(work.resolve("denied"), "someone-else");
        assertEquals(3, r.exit(), r.toString());
        assertNoSecret(r);
    }

    @Test
    void faultMidwayAndWrongVersion() throws IOException {
        server.faults.put("listUser", new String[]{"-1", "Unexpected database error"});
        Cli.Result fault = pull(work.resolve("fault"), FakeAxlServer.USER);
        assertEquals(3, fault.exit(), fault.toString());
        assertNoSecret(fault);

        server.faults.clear();
        server.servedVersion = "14.0";
        Cli.Result version = pull(work.resolve("version"), FakeAxlServer.USER);
        assertEquals(3, version.exit(), version.toString());
        assertNoSecret(version);
    }

    @Test
    void untrustedCertificate() throws IOException {
        List<String> args = new ArrayList<>(List.of("pull", "-v", "--host", "127.0.0.1", "--port",
                String.valueOf(server.port()), "--user", FakeAxlServer.USER, "--axl-version", "12.5", "--out",
                work.resolve("tls").toString(), "--password-file", passwordFile.toString()));
        Cli.Result r = Cli.run(args.toArray(String[]::new));
        assertEquals(3, r.exit(), r.toString());
        assertNoSecret(r);
    }
}
