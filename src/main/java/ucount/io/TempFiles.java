package ucount.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * The hidden temporary files and folders that atomic writes fill before moving them into place. Those still in
 * progress are deleted when the JVM shuts down (normal exit, Ctrl-C, SIGTERM), so an interrupted run leaves
 * nothing; only a hard kill can leave one, and it is hidden ({@code .NAME.RANDOM.part}), which export readers skip.
 */
final class TempFiles {

    private static final Set<Path> IN_PROGRESS = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> IN_PROGRESS.forEach(TempFiles::deleteQuietly),
                "ucount-temp-cleanup"));
    }

    private TempFiles() {
    }

    /**
     * A new empty file or folder named {@code .<name>.<random>.part} beside {@code target}, registered for clean-up.
     * Unlike {@code Files.createTempFile}, it gets the permissions the user's umask gives, which the result keeps.
     */
    static Path create(Path target, boolean directory) throws IOException {
        Path folder = target.getParent();
        Files.createDirectories(folder);
        while (true) {
            Path temp = folder.resolve("." + target.getFileName() + "."
                    + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".part");
            try {
                Path created = directory ? Files.createDirectory(temp) : Files.createFile(temp);
                IN_PROGRESS.add(created);
                return created;
            } catch (FileAlreadyExistsException e) {
                // another writer's temporary name: draw again
            }
        }
    }

    /** Deletes a temporary file or folder (moved into place or abandoned) and forgets it. */
    static void release(Path temp) throws IOException {
        try {
            deleteTree(temp);
        } finally {
            IN_PROGRESS.remove(temp);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) return;
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void deleteQuietly(Path temp) {
        try {
            deleteTree(temp);
        } catch (IOException e) {
            // shutting down: a hidden leftover is all that can remain
        }
    }
}
