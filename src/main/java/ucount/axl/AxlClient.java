package ucount.axl;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.xml.stream.XMLStreamException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/**
 * Sends AXL requests over HTTPS with the JDK HTTP client (formats.md section 3): basic authentication, the
 * {@code SOAPAction: "CUCM:DB ver=V op"} header, one request at a time. CUCM throttles AXL, answering HTTP 503 or a
 * throttling fault: those are retried after a back-off (the server's Retry-After when it gives one, else 1, 2, 4,
 * 8, 16 s), up to {@value #ATTEMPTS} attempts. Everything else that stops a pull becomes an {@link AxlException}
 * saying what happened and what to do.
 */
public final class AxlClient {

    static final int ATTEMPTS = 6;
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(20);
    private static final Duration REQUEST_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration MAX_WAIT = Duration.ofSeconds(120);

    /** Waits between attempts; tests give one that records instead of sleeping. */
    @FunctionalInterface
    public interface Sleeper {
        Sleeper REAL = d -> Thread.sleep(d.toMillis());

        void sleep(Duration duration) throws InterruptedException;
    }

    /** Where progress lines go (standard error, unless quiet). */
    @FunctionalInterface
    public interface Progress {
        void note(String line);
    }

    /** A successful answer: the raw bytes to save, and what a pull reads from them. */
    record Response(byte[] body, SoapResponse parsed) {
    }

    private final AxlEndpoint endpoint;
    private final HttpClient http;
    private final String authorization;
    private final Sleeper sleeper;
    private final Progress progress;

    public AxlClient(AxlEndpoint endpoint, char[] password, SSLContext tls, Sleeper sleeper, Progress progress) {
        this.endpoint = endpoint;
        this.http = HttpClient.newBuilder().sslContext(tls).connectTimeout(CONNECT_TIMEOUT)
                .version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER).build();
        byte[] credentials = (endpoint.user() + ":" + new String(password)).getBytes(StandardCharsets.UTF_8);
        this.authorization = "Basic " + Base64.getEncoder().encodeToString(credentials);
        this.sleeper = sleeper;
        this.progress = progress;
    }

    AxlEndpoint endpoint() {
        return endpoint;
    }

    /**
     * Sends one operation and returns the server's answer.
     *
     * @param keyElement the item child whose values the caller needs (see {@link SoapResponse}); null for none
     * @throws AxlFault for a fault that is not throttling
     */
    Response call(String operation, String content, String keyElement) throws AxlException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(endpoint.uri())
                .timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "text/xml; charset=utf-8")
                .header("SOAPAction", "\"CUCM:DB ver=" + endpoint.version() + " " + operation + "\"")
                .header("Authorization", authorization)
                .POST(HttpRequest.BodyPublishers.ofString(Soap.envelope(endpoint, operation, content), StandardCharsets.UTF_8))
                .build();
        for (int attempt = 1; ; attempt++) {
            HttpResponse<byte[]> response = send(request, operation);
            int status = response.statusCode();
            String busy = null;
            SoapResponse parsed = null;
            if (status == 503) {
                busy = "HTTP 503";
            } else {
                refuseStatus(status, operation);
                parsed = parse(response, operation, keyElement);
                if (parsed.isFault() && throttled(parsed.faultMessage())) busy = "throttled: " + parsed.faultMessage();
            }
            if (busy != null) {
                if (attempt == ATTEMPTS) {
                    throw new AxlException(endpoint.where() + ": AXL is still busy on " + operation + " (" + busy
                            + ") after " + ATTEMPTS + " attempts; try again later, when the cluster is quieter");
                }
                Duration wait = retryAfter(response).orElse(Duration.ofSeconds(1L << (attempt - 1)));
                progress.note("AXL busy on " + operation + " (" + busy + "); retrying in " + wait.toSeconds()
                        + " s (attempt " + (attempt + 1) + " of " + ATTEMPTS + ")");
                sleeper.sleep(wait);
                continue;
            }
            if (parsed.isFault()) {
                if ("5003".equals(parsed.faultCode())) {
                    throw new AxlException(endpoint.where() + ": the server refused AXL version " + endpoint.version()
                            + " (axlcode 5003: " + parsed.faultMessage() + "); give the version the cluster runs "
                            + "with --axl-version (8.0 to 15.0)");
                }
                throw new AxlFault(endpoint, operation, parsed.faultCode(), parsed.faultMessage());
            }
            if (status != 200) {
                throw new AxlException(endpoint.where() + ": unexpected HTTP " + status + " to " + operation);
            }
            return new Response(response.body(), parsed);
        }
    }

    private HttpResponse<byte[]> send(HttpRequest request, String operation) throws AxlException, InterruptedException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpConnectTimeoutException e) {
            throw new AxlException(endpoint.where() + ": no answer within " + CONNECT_TIMEOUT.toSeconds()
                    + " s: is the host reachable from here (firewall, VPN)?", e);
        } catch (HttpTimeoutException e) {
            throw new AxlException(endpoint.where() + ": no response to " + operation + " within "
                    + REQUEST_TIMEOUT.toMinutes() + " minutes", e);
        } catch (IOException e) {
            throw connectionFailure(e);
        }
    }

    private AxlException connectionFailure(IOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnresolvedAddressException || t instanceof UnknownHostException) {
                return new AxlException(endpoint.where() + ": cannot resolve host '" + endpoint.host()
                        + "': check the name given to --host", e);
            }
            if (t instanceof SSLException || t instanceof java.security.cert.CertificateException) {
                return new AxlException(endpoint.where() + ": TLS handshake failed: " + tlsReason(e) + "; give the CA "
                        + "that signed the publisher's certificate with --cacert FILE, or skip verification with "
                        + "--insecure (not recommended)", e);
            }
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException) {
                return new AxlException(endpoint.where() + ": cannot connect (connection refused): is this the CUCM "
                        + "publisher, and is the port right (--port, default 8443)?", e);
            }
        }
        return new AxlException(endpoint.where() + ": connection failed: " + describe(e), e);
    }

    /** The innermost explanation of a TLS failure, in words a user can act on. */
    private String tlsReason(Throwable e) {
        String all = "";
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null) all = t.getMessage();
        }
        String lower = all.toLowerCase(Locale.ROOT);
        if (lower.contains("no subject alternative") || lower.contains("no name matching")) {
            return "the server's certificate is not issued for '" + endpoint.host() + "' (" + all + ")";
        }
        if (lower.contains("pkix") || lower.contains("certification path") || lower.contains("trust")) {
            return "the server's certificate is not trusted (" + all + ")";
        }
        return all;
    }

    private static String describe(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && (t.getMessage() == null || t.getMessage().isEmpty())) t = t.getCause();
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    private void refuseStatus(int status, String operation) throws AxlException {
        switch (status) {
            case 401 -> throw new AxlException(endpoint.where() + ": HTTP 401 Unauthorized: the AXL user '"
                    + endpoint.user() + "' or its password was refused; check --user and the password ("
                    + Credentials.ENV + ", --password-file or the prompt)");
            case 403 -> throw new AxlException(endpoint.where() + ": HTTP 403 Forbidden: user '" + endpoint.user()
                    + "' may not use AXL; give it the role 'Standard AXL API Access'");
            case 404 -> throw new AxlException(endpoint.where() + ": HTTP 404: no AXL service at " + endpoint.uri()
                    + "; is this the publisher, with the Cisco AXL Web Service activated?");
            default -> {
                if (status >= 300 && status < 400) {
                    throw new AxlException(endpoint.where() + ": HTTP " + status + " redirect to " + operation
                            + ": not an AXL service at " + endpoint.uri());
                }
            }
        }
    }

    private SoapResponse parse(HttpResponse<byte[]> response, String operation, String keyElement)
            throws AxlException {
        try {
            return SoapResponse.parse(response.body(), keyElement);
        } catch (XMLStreamException e) {
            throw new AxlException(endpoint.where() + ": the answer to " + operation + " (HTTP "
                    + response.statusCode() + ") is not AXL XML: " + e.getMessage().replaceAll("\\s+", " "));
        }
    }

    /** CUCM's throttling faults; "too large" is not one of them (the page must shrink, see AxlFault). */
    static boolean throttled(String message) {
        String m = message.toLowerCase(Locale.ROOT);
        return m.contains("throttl") || m.contains("maximum axl memory") || m.contains("too many")
                || m.contains("busy") || m.contains("try again later");
    }

    private static Optional<Duration> retryAfter(HttpResponse<?> response) {
        try {
            return response.headers().firstValue("Retry-After").map(v -> Duration.ofSeconds(Long.parseLong(v.trim())))
                    .map(d -> d.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : d.isNegative() ? Duration.ZERO : d);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
