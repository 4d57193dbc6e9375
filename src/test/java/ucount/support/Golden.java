package ucount.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Golden files under src/test/resources/golden: the expected output, compared exactly. Regenerated only on purpose,
 * with {@code mvn test -Dgolden.update=true}, and then reviewed in the diff.
 */
public final class Golden {

    private static final Path ROOT = Path.of("src/test/resources/golden");

    private Golden() {
    }

    public static boolean updating() {
        return Boolean.getBoolean("golden.update");
    }

    public static void assertMatches(String name, String actual) {
        check(ROOT.resolve(name), actual);
    }

    /** Like {@link #assertMatches}, for a golden file anywhere (a generated sample, say). */
    public static void check(Path file, String actual) {
        try {
            if (updating()) {
                Files.createDirectories(file.toAbsolutePath().getParent());
                Files.writeString(file, actual, StandardCharsets.UTF_8);
                return;
            }
            if (!Files.exists(file)) {
                throw new AssertionError("missing golden file " + file + "; run with -Dgolden.update=true to create it");
            }
            assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, "differs from golden file " + file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
