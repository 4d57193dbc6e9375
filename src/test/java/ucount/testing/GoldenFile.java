package ucount.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Compares output with a file under src/test/resources/golden, exactly. Run the tests with -Dgolden.update=true to
 * write the files from the current output instead (then review the diff before committing it).
 */
public final class GoldenFile {

    private static final Path ROOT = Path.of("src/test/resources/golden");

    private GoldenFile() {
    }

    public static void assertMatches(String relativePath, String actual) throws IOException {
        Path file = ROOT.resolve(relativePath);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            return;
        }
        assertTrue(Files.exists(file), "no golden file " + file + " (run with -Dgolden.update=true to create it)");
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, "output differs from " + file);
    }
}
