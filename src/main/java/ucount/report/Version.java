package ucount.report;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The tool's version, from the build (one source: the pom). */
public final class Version {

    public static final String TOOL = "ucount";
    private static final String VERSION = load();

    private Version() {
    }

    public static String version() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = Version.class.getResourceAsStream("/ucount/version.properties")) {
            Properties p = new Properties();
            if (in != null) p.load(in);
            return p.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }
}
