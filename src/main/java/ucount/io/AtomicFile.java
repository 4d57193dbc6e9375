package ucount.io;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A file written whole or not at all: its content goes to a hidden temporary file in the target's folder, which is
 * moved over the target only when complete. Every file ucount writes goes through here or {@link AtomicFolder}.
 */
public final class AtomicFile {

    /** What writes the content. */
    @FunctionalInterface
    public interface Body {
        void write(OutputStream out) throws IOException;
    }

    /**
     * For the interruption test only: {@code -Ducount.debug.writePauseMillis=N} pauses N ms after each block
     * written, so that a test can stop the process while a file is half written.
     */
    private static final long PAUSE_MILLIS = Long.getLong("ucount.debug.writePauseMillis", 0);

    private AtomicFile() {
    }

    /**
     * Writes {@code target}; an existing file is replaced only when {@code replace} is true (the check is made
     * again just before the move, so a file that appeared meanwhile is not lost either).
     */
    public static void write(Path target, boolean replace, Body body) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        refuseExisting(absolute, replace);
        Path temp = TempFiles.create(absolute, false);
        try {
            try (OutputStream out = pausing(Files.newOutputStream(temp))) {
                body.write(out);
            }
            refuseExisting(absolute, replace);
            move(temp, absolute);
        } finally {
            TempFiles.release(temp);
        }
    }

    static void refuseExisting(Path target, boolean replace) throws FileAlreadyExistsException {
        if (!replace && Files.exists(target)) throw new FileAlreadyExistsException(target.toString());
    }

    static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static OutputStream pausing(OutputStream out) {
        if (PAUSE_MILLIS <= 0) return out;
        return new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
                out.flush();
                try {
                    Thread.sleep(PAUSE_MILLIS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted", e);
                }
            }
        };
    }
}
