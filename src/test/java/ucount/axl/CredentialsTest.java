package ucount.axl;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CredentialsTest {

    private static final AxlEndpoint ENDPOINT = new AxlEndpoint("cucm", 8443, "axl", "12.5");
    private static final Credentials.Prompt NO_TERMINAL = q -> null;

    @Test
    void passwordFile_firstLineWithoutLineEnd_winsOverTheEnvironment(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("pw");
        Files.writeString(file, "s3cret word\r\nsecond line\n");
        char[] p = Credentials.password(file, Map.of(Credentials.ENV, "from-env")::get, NO_TERMINAL, ENDPOINT);
        assertEquals("s3cret word", new String(p));
    }

    @Test
    void aPasswordFileLargerThanALineIsRefusedUnread(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("pw");
        Files.writeString(file, "x".repeat(5000));
        AxlException e = assertThrows(AxlException.class,
                () -> Credentials.password(file, Map.<String, String>of()::get, NO_TERMINAL, ENDPOINT));
        assertEquals(file + ": more than 4096 bytes: not a password file", e.getMessage());
    }

    @Test
    void environment_thenPrompt() throws Exception {
        assertEquals("from-env", new String(Credentials.password(null, Map.of(Credentials.ENV, "from-env")::get,
                NO_TERMINAL, ENDPOINT)));
        String[] asked = new String[1];
        char[] typed = Credentials.password(null, Map.<String, String>of()::get, q -> {
            asked[0] = q;
            return "typed".toCharArray();
        }, ENDPOINT);
        assertEquals("typed", new String(typed));
        assertEquals("AXL password for axl@cucm: ", asked[0]);
        assertNull(Credentials.password(null, Map.<String, String>of()::get, NO_TERMINAL, ENDPOINT));
    }

    @Test
    void emptyOrMissingFile_isAnError(@TempDir Path dir) throws Exception {
        Path empty = dir.resolve("empty");
        Files.writeString(empty, "\n");
        assertEquals(empty + ": the password file is empty", assertThrows(AxlException.class,
                () -> Credentials.password(empty, k -> null, NO_TERMINAL, ENDPOINT)).getMessage());
        Path missing = dir.resolve("missing");
        assertEquals(true, assertThrows(AxlException.class, () -> Credentials.password(missing, k -> null,
                NO_TERMINAL, ENDPOINT)).getMessage().startsWith(missing + ": cannot read the password file"));
    }
}
