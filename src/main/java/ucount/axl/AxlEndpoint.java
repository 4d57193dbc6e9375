package ucount.axl;

import java.net.URI;
import java.util.regex.Pattern;

/**
 * Where and as whom a pull talks AXL (formats.md section 3): {@code https://host:port/axl/}, the AXL schema version
 * that names the namespace and the SOAPAction.
 */
public record AxlEndpoint(String host, int port, String user, String version) {

    private static final Pattern VERSION = Pattern.compile("\\d{1,2}\\.\\d");

    public AxlEndpoint {
        if (!VERSION.matcher(version).matches()) {
            throw new IllegalArgumentException("--axl-version takes the schema version the cluster runs, e.g. 12.5 "
                    + "(8.0 to 15.0), not '" + version + "'");
        }
        if (port < 1 || port > 65535) throw new IllegalArgumentException("--port " + port + " is not a TCP port");
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
