package ucount.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A secret's file is its first line, however the file was saved; what holds none says so. */
class SecretFileTest {

    @TempDir
    Path dir;

    private String read(byte[] bytes) throws Exception {
        Path file = dir.resolve("secret");
        Files.write(file, bytes);
        return new String(SecretFile.firstLine(file, "salt"));
    }

    private String problem(byte[] bytes) throws IOException {
        Path file = dir.resolve("secret");
        Files.write(file, bytes);
        SecretFile.Unusable e = assertThrows(SecretFile.Unusable.class, () -> SecretFile.firstLine(file, "salt"));
        assertEquals(file + ": " + e.reason(), e.getMessage());
        return e.reason();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theFirstLine_withoutItsLineEnd_spacesKept() throws Exception {
        assertEquals("s3cret word ", read(utf8("s3cret word \nsecond line\n")));
        assertEquals("s3cret", read(utf8("s3cret\r\nsecond\r\n")));
        assertEquals("s3cret", read(utf8("s3cret\rsecond")));
        assertEquals("s3cret", read(utf8("s3cret")));
        assertEquals("clé", read(utf8("clé\n")));
    }

    @Test
    void byteOrderMarks_utf8AndUtf16_giveTheSameSecret() throws Exception {
        assertEquals("clé", read(utf8("\uFEFFclé\r\n")));
        // Windows PowerShell 5: "clé" > salt.txt
        byte[] le = "\uFEFFclé\r\n".getBytes(StandardCharsets.UTF_16LE);
        assertEquals("clé", read(le));
        assertEquals("clé", read("\uFEFFclé\n".getBytes(StandardCharsets.UTF_16BE)));
    }

    @Test
    void emptyUndecodableLargeOrMissing_isNamed() throws Exception {
        assertEquals("the salt file is empty", problem(utf8("\r\nsecond\n")));
        assertEquals("the salt file is empty", problem(new byte[0]));
        assertEquals("the salt file is not UTF-8 text: save it as UTF-8",
                problem(new byte[] {'a', (byte) 0xe9, 'b', '\n'}));
        assertEquals("the salt file is not UTF-16LE text: save it as UTF-8",
                problem(new byte[] {(byte) 0xff, (byte) 0xfe, 0x00, (byte) 0xd8, 'a', 0}));
        assertEquals("more than 4096 bytes: not a salt file", problem(utf8("x".repeat(4097))));
        assertEquals("s".repeat(4096), read(utf8("s".repeat(4096))));
        Path missing = dir.resolve("missing");
        SecretFile.Unusable e = assertThrows(SecretFile.Unusable.class,
                () -> SecretFile.firstLine(missing, "password"));
        assertEquals(missing + ": cannot read the password file: no such file or folder", e.getMessage());
    }
}
