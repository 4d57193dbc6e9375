package ucount.axl;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Collection;

/**
 * How a pull trusts the publisher's certificate: the JDK's trusted CAs by default; only the CAs of a
 * {@code --cacert} file (PEM or DER, one or more certificates, like curl's option) when given; nothing at all with
 * {@code --insecure}, which also skips the host name check.
 */
public final class Tls {

    private Tls() {
    }

    public static SSLContext context(Path caCertificates, boolean insecure) throws AxlException {
        try {
            if (insecure) {
                SSLContext context = SSLContext.getInstance("TLS");
                context.init(null, new TrustManager[]{new TrustAll()}, null);
                return context;
            }
            if (caCertificates == null) return SSLContext.getDefault();
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            int i = 0;
            for (Certificate c : read(caCertificates)) store.setCertificateEntry("ca-" + i++, c);
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, factory.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException | IOException e) {
            throw new AxlException("TLS setup failed: " + e.getMessage(), e);
        }
    }

    private static Collection<? extends Certificate> read(Path file) throws AxlException {
        try (InputStream in = Files.newInputStream(file)) {
            Collection<? extends Certificate> certificates = CertificateFactory.getInstance("X.509").generateCertificates(in);
            if (certificates.isEmpty()) throw new AxlException(file + ": --cacert holds no certificate");
            return certificates;
        } catch (IOException e) {
            throw new AxlException(file + ": cannot read the --cacert file: " + e.getMessage());
        } catch (GeneralSecurityException e) {
            throw new AxlException(file + ": --cacert is not a PEM or DER X.509 certificate file");
        }
    }

    /** --insecure: accepts any certificate for any name. */
    private static final class TrustAll extends X509ExtendedTrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
