package ucount.axl;

import ucount.io.AtomicFolder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * A pull's output folder, written whole or not at all ({@link AtomicFolder}): the responses go to a hidden temporary
 * folder beside the target, renamed to the target once the manifest is written. A failed or interrupted pull leaves
 * no half snapshot; export readers skip hidden folders should one survive a hard kill.
 */
final class Snapshot implements AutoCloseable {

    static final String MANIFEST = "manifest.json";

    private final AtomicFolder folder;
    private final List<String> files = new ArrayList<>();

    private Snapshot(AtomicFolder folder) {
        this.folder = folder;
    }

    /** Whether a folder is in the way of a new snapshot: a file, or a folder with something in it. */
    static boolean occupied(Path target) throws IOException {
        return AtomicFolder.occupied(target);
    }

    /** A new snapshot at {@code out}; what is there is replaced at commit (the caller checked --force). */
    static Snapshot create(Path out) throws IOException {
        return new Snapshot(AtomicFolder.create(out, true));
    }

    void write(String name, byte[] content) throws IOException {
        Files.write(folder.path().resolve(name), content, StandardOpenOption.CREATE_NEW);
        files.add(name);
    }

    List<String> files() {
        return List.copyOf(files);
    }

    /** Writes the manifest, then puts the folder in place. */
    void commit(byte[] manifest) throws IOException {
        Files.write(folder.path().resolve(MANIFEST), manifest, StandardOpenOption.CREATE_NEW);
        folder.commit();
    }

    @Override
    public void close() throws IOException {
        folder.close();
    }
}
