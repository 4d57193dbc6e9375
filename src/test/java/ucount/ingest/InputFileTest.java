package ucount.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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

    @Test
    void linkedFoldersAreFollowed_theNamedOneAndThoseBelowIt(@TempDir Path dir) throws Exception {
        Path users = Files.createDirectories(dir.resolve("elsewhere/users"));
        Files.writeString(users.resolve("users.csv"), "x");
        Files.writeString(Files.createDirectories(dir.resolve("hq")).resolve("phones.csv"), "x");
        Files.createSymbolicLink(dir.resolve("hq/users"), users);
        Path linkedRoot = Files.createSymbolicLink(dir.resolve("hq-link"), dir.resolve("hq"));
        Files.createSymbolicLink(dir.resolve("hq/dangling.csv"), dir.resolve("gone.csv"));
        List<InputFile> files = InputFile.expand(List.of(linkedRoot.toString()), null);
        assertEquals(List.of(linkedRoot.resolve("phones.csv").toString(), linkedRoot.resolve("users/users.csv").toString()),
                files.stream().map(InputFile::name).toList());
    }

    @Test
    void aLoopOfLinksIsAnErrorNamingIt(@TempDir Path dir) throws Exception {
        Path hq = Files.createDirectories(dir.resolve("hq"));
        Files.writeString(hq.resolve("phones.csv"), "x");
        Path loop = Files.createSymbolicLink(hq.resolve("again"), hq);
        InputException e = assertThrows(InputException.class, () -> InputFile.expand(List.of(hq.toString()), null));
        assertEquals(hq + ": cannot list folder: a symbolic link loop at " + loop, e.getMessage());
    }

    @Test
    void aHiddenFolderIsNotLookedInto_soALoopOfLinksThereIsNoError(@TempDir Path dir) throws Exception {
        Path hq = Files.createDirectories(dir.resolve("hq/.cache"));
        Files.writeString(dir.resolve("hq/phones.csv"), "x");
        Files.createSymbolicLink(hq.resolve("up"), dir.resolve("hq"));
        assertEquals(List.of(dir.resolve("hq/phones.csv").toString()),
                InputFile.expand(List.of(dir.resolve("hq").toString()), null).stream().map(InputFile::name).toList());
    }

    @Test
    void aFileReachedTwice_throughTwoLinksOrNamedTwice_isReadOnce(@TempDir Path dir) throws Exception {
        Path real = Files.createDirectories(dir.resolve("ex/real"));
        Files.writeString(real.resolve("phones.csv"), "x");
        Files.createSymbolicLink(dir.resolve("ex/alias"), real);
        List<InputFile> files = InputFile.expand(List.of(dir.resolve("ex").toString(),
                real.resolve("phones.csv").toString()), null);
        assertEquals(List.of(dir.resolve("ex/alias/phones.csv").toString()),
                files.stream().map(InputFile::name).toList());
    }
}
