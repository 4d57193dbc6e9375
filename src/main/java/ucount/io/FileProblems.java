package ucount.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * What went wrong with a file, worded for a person: a file system exception's message is often its path alone
 * ({@code AccessDeniedException: /x/phones.csv}), which names no problem.
 */
public final class FileProblems {

    private FileProblems() {
    }

    public static String reason(IOException e) {
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof NoSuchFileException) return "no such file or folder";
        if (e instanceof FileSystemLoopException loop) return "a symbolic link loop at " + loop.getFile();
        if (e instanceof NotDirectoryException || e instanceof FileSystemException f && f.getReason() != null
                && f.getReason().toLowerCase(Locale.ROOT).contains("not a directory")) {
            return "a part of the path is a file, not a folder";
        }
        if (e instanceof FileSystemException f) {
            return f.getReason() != null ? f.getReason() : "file system error";
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
