package ucount.io;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
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
        try (Staged staged = stage(target, replace, body)) {
            staged.commit();
        }
    }

    /**
     * Writes {@code target}'s content aside, to be put in place by {@link Staged#commit} or dropped by closing:
     * so that a run writing several files (a report and its metadata, an owner fix) leaves none of them when one
     * fails.
     */
    public static Staged stage(Path target, boolean replace, Body body) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        refuseExisting(absolute, replace);
        Path temp;
        try {
            temp = TempFiles.create(absolute, false);
        } catch (IOException e) {
            throw cannotWrite(target, e);
        }
        Staged staged = new Staged(target, absolute, temp, replace);
        try {
            try (OutputStream out = pausing(Files.newOutputStream(temp))) {
                body.write(out);
            }
            return staged;
        } catch (IOException e) {
            staged.close();
            throw cannotWrite(target, e);
        } catch (RuntimeException | Error e) {
            staged.close();
            throw e;
        }
    }

    /** A file written aside ({@link #stage}): put in place by {@link #commit}, or dropped by {@link #close}. */
    public static final class Staged implements AutoCloseable {

        private final Path target;
        private final Path absolute;
        private final Path temp;
        private final boolean replace;

        private Staged(Path target, Path absolute, Path temp, boolean replace) {
            this.target = target;
            this.absolute = absolute;
            this.temp = temp;
            this.replace = replace;
        }

        /** Moves the file into place (an existing file is checked for again). */
        public void commit() throws IOException {
            refuseExisting(absolute, replace);
            try {
                move(temp, absolute);
            } catch (IOException e) {
                throw cannotWrite(target, e);
            }
        }

        /** Drops the file if it was not committed. */
        @Override
        public void close() throws IOException {
            TempFiles.release(temp);
        }
    }

    /**
     * A failure to write {@code target}, worded for a person: the file the user named (not the temporary one beside
     * it) and what went wrong, since a file system exception's message is often its path alone.
     */
    public static IOException cannotWrite(Path target, IOException e) {
        String reason;
        if (e instanceof NoSuchFileException) {
            reason = "no such folder";
        } else if (e instanceof FileAlreadyExistsException f) { // a folder on the way is a file
            reason = f.getFile() + " is a file, not a folder";
        } else {
            reason = FileProblems.reason(e);
        }
        return new IOException("cannot write " + target + ": " + reason, e);
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
