package ucount.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A request folder appears whole or not at all, and never replaces what is there. */
class RequestFilesTest {

    @Test
    void failureHalfwayLeavesNoFolderAndNoTemporaryFiles(@TempDir Path dir) throws Exception {
        Map<String, OutputTarget.Body> files = new LinkedHashMap<>();
        files.put("request.xml", out -> out.write("<ok/>"));
        files.put("request.json", out -> {
            out.write("{\"half\": ");
            throw new IOException("disk full");
        });
        IOException e = assertThrows(IOException.class, () -> RequestFiles.writeFolder(dir.resolve("req"), files));
        assertEquals("cannot write " + dir.resolve("req").resolve("request.json") + ": disk full", e.getMessage());
        assertEquals(List.of(), list(dir));
    }

    @Test
    void completeFolderAppearsWithAllItsFiles(@TempDir Path dir) throws Exception {
        Map<String, OutputTarget.Body> files = new LinkedHashMap<>();
        files.put("a.txt", out -> out.write("a"));
        files.put("b.txt", out -> out.write("b"));
        RequestFiles.writeFolder(dir.resolve("req"), files);
        assertEquals(List.of("req"), list(dir));
        assertEquals(List.of("a.txt", "b.txt"), list(dir.resolve("req")));
        assertEquals("b", Files.readString(dir.resolve("req/b.txt")));
    }

    @Test
    void existingTargetIsLeftAlone(@TempDir Path dir) throws Exception {
        Path target = Files.createDirectory(dir.resolve("req"));
        assertThrows(FileAlreadyExistsException.class,
                () -> RequestFiles.writeFolder(target, Map.of("a.txt", out -> out.write("a"))));
        assertEquals(List.of(), list(target));
        assertEquals(List.of("req"), list(dir));
    }

    private static List<String> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
