package ucount.support;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;

/**
 * Self-signed server certificates made at test time with the JDK's keytool (nothing checked in, nothing fetched):
 * one for 127.0.0.1/localhost, one for another name. Each certificate is its own CA for {@code --cacert}.
 */
public final class TestCertificates {

    public record Certificate(Path keyStore, Path caPem) {
        public SSLContext serverContext() {
            try (InputStream in = Files.newInputStream(keyStore)) {
                KeyStore store = KeyStore.getInstance("PKCS12");
                store.load(in, PASSWORD);
                KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                keys.init(store, PASSWORD);
                SSLContext context = SSLContext.getInstance("TLS");
                context.init(keys.getKeyManagers(), null, null);
                return context;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static final char[] PASSWORD = "changeit".toCharArray();
    private static Certificate loopback;
    private static Certificate elsewhere;

    private TestCertificates() {
    }

    /** For 127.0.0.1 and localhost. */
    public static synchronized Certificate loopback() {
        if (loopback == null) loopback = make("loopback", "CN=localhost", "SAN=dns:localhost,ip:127.0.0.1");
        return loopback;
    }

    /** For another host name: a server on 127.0.0.1 presenting it fails the name check. */
    public static synchronized Certificate elsewhere() {
        if (elsewhere == null) elsewhere = make("elsewhere", "CN=cucm.elsewhere.example", "SAN=dns:cucm.elsewhere.example");
        return elsewhere;
    }

    private static Certificate make(String name, String dn, String san) {
        try {
            Path dir = Files.createTempDirectory("ucount-tls-");
            dir.toFile().deleteOnExit();
            Path store = dir.resolve(name + ".p12");
            Path pem = dir.resolve(name + "-ca.pem");
            keytool("-genkeypair", "-alias", "axl", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                    "-dname", dn, "-ext", san, "-keystore", store.toString(), "-storetype", "PKCS12",
                    "-storepass", "changeit", "-keypass", "changeit");
            keytool("-exportcert", "-rfc", "-alias", "axl", "-keystore", store.toString(), "-storepass", "changeit",
                    "-file", pem.toString());
            store.toFile().deleteOnExit();
            pem.toFile().deleteOnExit();
            return new Certificate(store, pem);
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("cannot make a test certificate with keytool", e);
        }
    }

    private static void keytool(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) throw new IllegalStateException("keytool failed: " + output);
    }
}
