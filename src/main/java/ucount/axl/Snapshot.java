package ucount.axl;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A pull's output folder, written whole or not at all: the responses go to a hidden temporary folder beside the
 * target ({@code .NAME.part-*}), which is renamed to the target once the manifest is written. A failed or
 * interrupted pull deletes the temporary folder (also on Ctrl-C, through a shutdown hook), so the target never holds
 * half a snapshot; export readers skip hidden folders should one survive a hard kill.
 */
final class Snapshot implements AutoCloseable {

    static final String MANIFEST = "manifest.json";

    private final Path target;
    private final Path temp;
    private final Thread cleanup;
    private final List<String> files = new ArrayList<>();
    private boolean committed;

    private Snapshot(Path target, Path temp) {
        this.target = target;
        this.temp = temp;
        this.cleanup = new Thread(() -> deleteTree(temp), "ucount-pull-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanup);
    }

    /** Whether a folder is in the way of a new snapshot: a file, or a folder with something in it. */
    static boolean occupied(Path target) throws IOException {
        if (!Files.exists(target)) return false;
        if (!Files.isDirectory(target)) return true;
        try (Stream<Path> entries = Files.list(target)) {
            return entries.findAny().isPresent();
        }
    }

    static Snapshot create(Path out) throws IOException {
        Path target = out.toAbsolutePath().normalize();
        Path parent = target.getParent();
        Files.createDirectories(parent);
        return new Snapshot(target, Files.createTempDirectory(parent, "." + target.getFileName() + ".part-"));
    }

    void write(String name, byte[] content) throws IOException {
        Files.write(temp.resolve(name), content, StandardOpenOption.CREATE_NEW);
        files.add(name);
    }

    List<String> files() {
        return List.copyOf(files);
    }

    /** Writes the manifest, then puts the folder in place (replacing what was there, which the caller allowed). */
    void commit(byte[] manifest) throws IOException {
        Files.write(temp.resolve(MANIFEST), manifest, StandardOpenOption.CREATE_NEW);
        Path old = null;
        if (Files.exists(target)) {
            old = target.resolveSibling("." + target.getFileName() + ".old-" + Long.toHexString(System.nanoTime()));
            move(target, old);
        }
        move(temp, target);
        committed = true;
        if (old != null) deleteTree(old);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException | DirectoryNotEmptyException e) {
            Files.move(from, to);
        }
    }

    @Override
    public void close() {
        if (!committed) deleteTree(temp);
        try {
            Runtime.getRuntime().removeShutdownHook(cleanup);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or about to: it deletes the same folder
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) return;
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException | java.io.UncheckedIOException e) {
            // best effort: a hidden leftover is skipped by the export readers
        }
    }
}
