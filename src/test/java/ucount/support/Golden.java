package ucount.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Compares output with a golden file; {@code -Dgolden.update=true} rewrites the file instead. */
public final class Golden {

    private Golden() {
    }

    public static boolean updating() {
        return Boolean.getBoolean("golden.update");
    }

    public static void check(Path file, String actual) throws IOException {
        if (updating()) {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            return;
        }
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, "golden file " + file
                + " (regenerate with -Dgolden.update=true when the change is intended)");
    }
}
