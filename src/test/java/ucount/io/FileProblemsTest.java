package ucount.io;

import org.junit.jupiter.api.Test;
import ucount.ingest.InputException;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The file system's exceptions name a path, often nothing else: what a person reads instead. */
class FileProblemsTest {

    @Test
    void eachProblemIsNamed_notTheExceptionOrThePathAgain() {
        assertEquals("permission denied", FileProblems.reason(new AccessDeniedException("/x/phones.csv")));
        assertEquals("no such file or folder", FileProblems.reason(new NoSuchFileException("/x/phones.csv")));
        assertEquals("a symbolic link loop at /x/again", FileProblems.reason(new FileSystemLoopException("/x/again")));
        assertEquals("Is a directory", FileProblems.reason(new FileSystemException("/x", null, "Is a directory")));
        assertEquals("a part of the path is a file, not a folder",
                FileProblems.reason(new FileSystemException("/x/a/b", null, "Not a directory")));
        assertEquals("Input/output error", FileProblems.reason(new IOException("Input/output error")));
    }

    @Test
    void anUnreadableExportIsOneLineWithItsReason() {
        assertEquals("/x/phones.csv: cannot read: permission denied",
                InputException.cannotRead("/x/phones.csv", new AccessDeniedException("/x/phones.csv")).getMessage());
    }

    @Test
    void anUnwritableReportKeepsItsOwnWording() {
        assertEquals("cannot write out/report.txt: permission denied",
                AtomicFile.cannotWrite(Path.of("out/report.txt"), new AccessDeniedException("out/.report.txt.tmp"))
                        .getMessage());
        assertEquals("cannot write out/report.txt: no such folder",
                AtomicFile.cannotWrite(Path.of("out/report.txt"), new NoSuchFileException("out")).getMessage());
    }
}
