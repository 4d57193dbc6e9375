package ucount.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class InputFileTest {

    @Test
    void aFolderIsReadWithoutHiddenFilesAndFolders(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("snap/.snap2.part-123"));
        Files.createDirectories(dir.resolve("snap/sub"));
        Files.writeString(dir.resolve("snap/listPhone-001.xml"), "<x/>");
        Files.writeString(dir.resolve("snap/sub/users.csv"), "x");
        Files.writeString(dir.resolve("snap/manifest.json"), "{}");
        Files.writeString(dir.resolve("snap/.hidden.csv"), "x");
        Files.writeString(dir.resolve("snap/.snap2.part-123/listPhone-001.xml"), "<half");
        List<InputFile> files = InputFile.expand(List.of(dir.resolve("snap").toString()), null);
        assertEquals(List.of(dir.resolve("snap/listPhone-001.xml").toString(), dir.resolve("snap/sub/users.csv").toString()),
                files.stream().map(InputFile::name).toList());
    }
}
