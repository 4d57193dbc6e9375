package ucount.io;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * A folder written whole or not at all: files go into a hidden temporary folder beside the target, which is renamed
 * to the target by {@link #commit()}. Closing without committing deletes it; so does a shutdown (Ctrl-C).
 */
public final class AtomicFolder implements AutoCloseable {

    private final Path target;
    private final Path temp;
    private final boolean replace;

    private AtomicFolder(Path target, Path temp, boolean replace) {
        this.target = target;
        this.temp = temp;
        this.replace = replace;
    }

    /**
     * Starts a folder at {@code target}. An existing target that is a file or a folder with something in it is
     * replaced at commit only when {@code replace} is true; an empty folder is always taken.
     */
    public static AtomicFolder create(Path target, boolean replace) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        if (!replace && occupied(absolute)) throw new FileAlreadyExistsException(absolute.toString());
        return new AtomicFolder(absolute, TempFiles.create(absolute, true), replace);
    }

    /** Whether something is in the way of a new folder: a file, or a folder with something in it. */
    public static boolean occupied(Path target) throws IOException {
        if (!Files.exists(target)) return false;
        if (!Files.isDirectory(target)) return true;
        try (Stream<Path> entries = Files.list(target)) {
            return entries.findAny().isPresent();
        }
    }

    /** The temporary folder to write into. */
    public Path path() {
        return temp;
    }

    public Path target() {
        return target;
    }

    /** Puts the folder in place, replacing what was there when that was allowed. */
    public void commit() throws IOException {
        if (!replace && occupied(target)) throw new FileAlreadyExistsException(target.toString());
        Path old = null;
        if (Files.exists(target)) {
            old = TempFiles.create(target.resolveSibling(target.getFileName() + ".old"), true);
            Files.delete(old);
            AtomicFile.move(target, old);
        }
        AtomicFile.move(temp, target);
        if (old != null) TempFiles.release(old);
    }

    /** Deletes the temporary folder unless it was committed (then it is gone already, and only forgotten). */
    @Override
    public void close() throws IOException {
        TempFiles.release(temp);
    }
}
