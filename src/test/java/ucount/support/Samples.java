package ucount.support;

import java.nio.file.Path;

/** The bundled sample exports (samples/ at the project root). */
public final class Samples {

    public static final String HQ = "samples/acme-hq";
    public static final String BRANCH = "samples/acme-branch";

    private Samples() {
    }

    public static Path fixture(String name) {
        return Path.of("src/test/resources/fixtures", name);
    }
}
