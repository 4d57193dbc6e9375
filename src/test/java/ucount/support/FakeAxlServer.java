package ucount.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import ucount.support.AcmeHq.Profile;
import ucount.support.AcmeHq.Rdp;
import ucount.support.AcmeHq.User;
import ucount.support.AxlXml.Style;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An in-process AXL publisher on 127.0.0.1 (JDK HttpsServer) serving samples/acme-hq in the shapes of real responses:
 * list calls paged by skip/first (refusing pages above {@link #maxPage} with CUCM's "Query request too large"
 * fault), executeSQLQuery on enduserdevicemap, getUser, basic authentication, a version check (axlcode 5003), and
 * injected trouble: HTTP 503s, faults.
 */
public final class FakeAxlServer implements AutoCloseable {

    public static final String USER = "axlreader";
    public static final String PASSWORD = "Pa55-w0rd-S3cret";

    public record Request(String operation, String soapAction, String body) {
    }

    private static final Pattern OPERATION = Pattern.compile("<(?:[\\w-]+:)?Body>\\s*<(?:[\\w-]+:)?(\\w+)[\\s>]");
    private static final Pattern VERSION = Pattern.compile("http://www\\.cisco\\.com/AXL/API/([\\d.]+)");

    public final AcmeHq data = AcmeHq.load();
    public volatile String servedVersion = "12.5";
    public volatile int maxPage = Integer.MAX_VALUE;
    public volatile int maxSqlRows = Integer.MAX_VALUE;
    /** Answers at most this many items per list page, without a fault (a server that caps pages). */
    public volatile int silentCap = Integer.MAX_VALUE;
    /** Answers every list call with all items, whatever skip and first say. */
    public volatile boolean ignoresPaging;
    public volatile boolean sqlRefused;
    public volatile boolean retryAfterHeader = true;
    /** Operation -> how many more times to answer HTTP 503. */
    public final Map<String, Integer> busy = new ConcurrentHashMap<>();
    /** Operation -> how many more times to answer with CUCM's memory-throttling fault. */
    public final Map<String, Integer> throttled = new ConcurrentHashMap<>();
    /** Operation -> {axlcode, message} of a fault to answer with. */
    public final Map<String, String[]> faults = new ConcurrentHashMap<>();
    public final List<Request> requests = Collections.synchronizedList(new ArrayList<>());

    private final HttpsServer server;

    public FakeAxlServer(TestCertificates.Certificate certificate) throws IOException {
        server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(certificate.serverContext()));
        server.createContext("/axl/", this::handle);
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public List<String> operations() {
        synchronized (requests) {
            return requests.stream().map(Request::operation).toList();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Matcher op = OPERATION.matcher(body);
            String operation = op.find() ? op.group(1) : "?";
            requests.add(new Request(operation, exchange.getRequestHeaders().getFirst("SOAPAction"), body));
            String expected = "Basic " + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
            if (!expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"Cisco AXL\"");
                send(exchange, 401, "<html><body>HTTP Status 401 - Unauthorized</body></html>");
                return;
            }
            Matcher v = VERSION.matcher(body);
            String version = v.find() ? v.group(1) : "?";
            if (!version.equals(servedVersion)) {
                send(exchange, 500, AxlXml.fault("5003", "The version " + version + " is not supported; this server "
                        + "supports " + servedVersion));
                return;
            }
            Integer left = busy.get(operation);
            if (left != null && left > 0) {
                busy.put(operation, left - 1);
                if (retryAfterHeader) exchange.getResponseHeaders().add("Retry-After", "0");
                send(exchange, 503, "<html><body>503 Service Unavailable</body></html>");
                return;
            }
            Integer throttle = throttled.get(operation);
            if (throttle != null && throttle > 0) {
                throttled.put(operation, throttle - 1);
                send(exchange, 500, AxlXml.fault("-1", "Maximum AXL Memory Allocation Consumed"));
                return;
            }
            String[] fault = faults.get(operation);
            if (fault != null) {
                send(exchange, 500, AxlXml.fault(fault[0], fault[1]));
                return;
            }
            send(exchange, 200, answer(operation, body));
        }
    }

    private String answer(String operation, String body) {
        Style style = new Style(servedVersion, "soapenv", "ns", true);
        return switch (operation) {
            case "listPhone" -> page(style, operation, body, data.distinctPhones(), (p, i) -> AxlXml.listPhone(p, i, false));
            case "listUser" -> page(style, operation, body, data.users(), AxlXml::listUser);
            case "listDeviceProfile" -> page(style, operation, body, data.profiles(), (p, i) -> AxlXml.deviceProfile(p, i, null));
            case "listRemoteDestinationProfile" -> page(style, operation, body, data.rdps(), AxlXml::remoteDestinationProfile);
            case "executeSQLQuery" -> sql(style, body);
            case "getUser" -> getUser(style, body);
            default -> AxlXml.fault("5000", "operation " + operation + " is not served here");
        };
    }

    private <T> String page(Style style, String operation, String body, List<T> all, AcmeHqAxl.Item<T> item) {
        int skip = number(body, "skip", 0);
        int first = number(body, "first", Integer.MAX_VALUE);
        if (first > maxPage && all.size() - skip > maxPage) {
            return AxlXml.fault("-1", "Query request too large. Total rows matched: " + all.size()
                    + " rows. Suggestive Row Fetch: less than " + (maxPage + 1) + " rows");
        }
        long size = Math.min(first, silentCap);
        if (ignoresPaging) {
            skip = 0;
            size = all.size();
        }
        List<String> items = new ArrayList<>();
        for (int i = skip; i < Math.min(all.size(), skip + size); i++) items.add(item.render(all.get(i), i + 1));
        return AxlXml.response(style, operation, items);
    }

    private String sql(Style style, String body) {
        if (sqlRefused) return AxlXml.fault("-1", "Cannot execute this query");
        if (!body.contains("enduserdevicemap")) return AxlXml.fault("-1", "Query not served here");
        List<Map<String, String>> rows = new ArrayList<>();
        for (User u : data.users()) {
            for (String d : u.devices()) rows.add(AcmeHqAxl.columns("userid", u.userId(), "name", d, "tkclass", "1"));
            for (Profile p : data.profilesOf(u.userId())) rows.add(AcmeHqAxl.columns("userid", u.userId(), "name", p.name(), "tkclass", "254"));
            for (Rdp r : data.rdpsOf(u.userId())) rows.add(AcmeHqAxl.columns("userid", u.userId(), "name", r.name(), "tkclass", "20"));
        }
        Matcher paged = Pattern.compile("select skip (\\d+) first (\\d+) ").matcher(body);
        if (paged.find()) {
            int skip = Integer.parseInt(paged.group(1));
            int first = Integer.parseInt(paged.group(2));
            rows = rows.subList(Math.min(skip, rows.size()), Math.min(rows.size(), skip + first));
        } else if (rows.size() > maxSqlRows) {
            return AxlXml.fault("-1", "Query request too large. Total rows matched: " + rows.size()
                    + " rows. Suggestive Row Fetch: less than " + (maxSqlRows + 1) + " rows");
        }
        return AxlXml.response(style, "executeSQLQuery", rows.stream().map(AxlXml::row).toList());
    }

    private String getUser(Style style, String body) {
        Matcher m = Pattern.compile("<userid>([^<]*)</userid>").matcher(body);
        String id = m.find() ? m.group(1).replace("&amp;", "&") : "";
        List<User> users = data.users();
        for (int i = 0; i < users.size(); i++) {
            User u = users.get(i);
            if (u.userId().equals(id)) {
                List<String> profiles = data.profilesOf(id).stream().map(Profile::name).toList();
                String item = AxlXml.getUser(u, i + 1, profiles, profiles.isEmpty() ? null : profiles.get(0),
                        data.rdpsOf(id).stream().map(Rdp::name).toList());
                return AxlXml.response(style, "getUser", List.of(item));
            }
        }
        return AxlXml.fault("5007", "Item not valid: The specified User was not found");
    }

    private static int number(String body, String element, int fallback) {
        Matcher m = Pattern.compile("<" + element + ">(\\d+)</" + element + ">").matcher(body);
        return m.find() ? Integer.parseInt(m.group(1)) : fallback;
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "text/xml; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
