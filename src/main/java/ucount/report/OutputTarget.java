package ucount.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Where a report goes: standard output, or a file written whole or not at all (a temporary file in the target
 * folder, moved into place when complete), so an interrupted run never leaves half a report.
 */
public final class OutputTarget {

    @FunctionalInterface
    public interface Body {
        void write(Writer out) throws IOException;
    }

    /** What writes a binary file (a zip). */
    @FunctionalInterface
    public interface BinaryBody {
        void write(OutputStream out) throws IOException;
    }

    private OutputTarget() {
    }

    public static void toFile(Path target, Body body) throws IOException {
        toBinaryFile(target, stream -> {
            Writer out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
            body.write(out);
            out.flush();
        });
    }

    public static void toBinaryFile(Path target, BinaryBody body) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Files.createDirectories(folder);
        Path temp = createHidden(folder, absolute.getFileName().toString(), false);
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                body.write(out);
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * A new empty file or folder named {@code .<name>.<random>.part} in {@code folder}. Unlike
     * {@code Files.createTempFile}, it gets the permissions the user's umask gives, which the finished file keeps.
     */
    static Path createHidden(Path folder, String name, boolean directory) throws IOException {
        while (true) {
            Path temp = folder.resolve("." + name + "." + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".part");
            try {
                return directory ? Files.createDirectory(temp) : Files.createFile(temp);
            } catch (FileAlreadyExistsException e) {
                // another writer's temporary name: draw again
            }
        }
    }

    public static void toStream(PrintWriter out, Body body) throws IOException {
        body.write(out);
        out.flush();
    }
}
