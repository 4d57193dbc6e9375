package ucount.report;

import ucount.io.AtomicFile;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Where a report goes: standard output, or a file written whole or not at all ({@link AtomicFile}: a temporary file
 * in the target folder, moved into place when complete), so an interrupted run never leaves half a report.
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

    /**
     * Writes {@code target} whole or not at all ({@link AtomicFile}); an existing file is replaced only when
     * {@code replace} is true.
     */
    public static void toFile(Path target, boolean replace, Body body) throws IOException {
        toBinaryFile(target, replace, stream -> {
            Writer out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
            body.write(out);
            out.flush();
        });
    }

    /** {@link #toFile}, written aside until {@link AtomicFile.Staged#commit} puts it in place. */
    public static AtomicFile.Staged stageFile(Path target, boolean replace, Body body) throws IOException {
        return AtomicFile.stage(target, replace, stream -> {
            Writer out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
            body.write(out);
            out.flush();
        });
    }

    public static void toBinaryFile(Path target, boolean replace, BinaryBody body) throws IOException {
        AtomicFile.write(target, replace, body::write);
    }

    public static void toStream(PrintWriter out, Body body) throws IOException {
        body.write(out);
        out.flush();
    }
}
