package ucount.axl;

import java.net.URI;
import java.util.regex.Pattern;

/**
 * Where and as whom a pull talks AXL (formats.md section 3): {@code https://host:port/axl/}, the AXL schema version
 * that names the namespace and the SOAPAction.
 */
public record AxlEndpoint(String host, int port, String user, String version) {

    private static final Pattern VERSION = Pattern.compile("\\d{1,2}\\.\\d");
    /** A host name or IPv4 address, or an IPv6 address with or without brackets: no scheme, path or port. */
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?|\\[?[0-9A-Fa-f:.]+]?");

    public AxlEndpoint {
        if (!VERSION.matcher(version).matches() || !inRange(Double.parseDouble(version))) {
            throw new IllegalArgumentException("--axl-version takes the schema version the cluster runs, e.g. 12.5 "
                    + "(8.0 to 15.0), not '" + version + "'");
        }
        if (port < 1 || port > 65535) throw new IllegalArgumentException("--port " + port + " is not a TCP port");
        if (!HOST.matcher(host).matches()) {
            throw new IllegalArgumentException("--host takes the publisher's name or address (e.g. "
                    + "cucm-pub.example.com or 10.1.1.10; the port is --port), not '"
                    + host.replaceAll("\\p{Cntrl}", "?") + "'");
        }
    }

    /** The AXL schema versions formats.md names: 8.0 to 15.0. */
    private static boolean inRange(double version) {
        return version >= 8.0 && version <= 15.0;
    }

    public URI uri() {
        String h = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        return URI.create("https://" + h + ":" + port + "/axl/");
    }

    public String namespace() {
        return "http://www.cisco.com/AXL/API/" + version;
    }

    /** For messages: {@code host:port}. */
    public String where() {
        return host + ":" + port;
    }
}
