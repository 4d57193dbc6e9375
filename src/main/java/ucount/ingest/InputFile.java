package ucount.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * One export file to read: its name as shown in messages, and how to open it. {@code -} is standard input.
 */
public record InputFile(String name, Path path, Supplier<InputStream> stdin) {

    public static final String STDIN = "-";
    /** How standard input is named in messages and sources. */
    public static final String STDIN_NAME = "<stdin>";

    public InputStream open() throws IOException {
        return path != null ? Files.newInputStream(path) : stdin.get();
    }

    /**
     * Expands the EXPORT arguments of one cluster: a file as it is, a folder recursively (files ending {@code .csv}
     * or {@code .xml}, in name order, hidden files and folders left out, symbolic links followed), {@code -} as
     * standard input.
     */
    public static List<InputFile> expand(List<String> args, Supplier<InputStream> stdin) throws InputException {
        List<InputFile> files = new ArrayList<>();
        for (String arg : args) {
            if (arg.equals(STDIN)) {
                files.add(new InputFile(STDIN_NAME, null, stdin));
                continue;
            }
            Path path = Path.of(arg);
            if (Files.isDirectory(path)) {
                List<Path> found;
                // Linked folders are followed, as linked files are read: a folder of exports may gather its
                // clusters' files by links. A loop of links is an error that names it.
                try (Stream<Path> walk = Files.walk(path, FileVisitOption.FOLLOW_LINKS)) {
                    found = walk.filter(Files::isRegularFile).filter(InputFile::isExportName)
                            .filter(p -> !hiddenBelow(path, p)).sorted().toList();
                } catch (IOException | java.io.UncheckedIOException e) {
                    IOException cause = e instanceof java.io.UncheckedIOException u ? u.getCause() : (IOException) e;
                    throw new InputException(ucount.model.Source.of(arg), "cannot list folder: "
                            + ucount.io.FileProblems.reason(cause), cause);
                }
                if (found.isEmpty()) {
                    throw new InputException(ucount.model.Source.of(arg), "folder holds no .csv or .xml export");
                }
                for (Path p : found) files.add(new InputFile(p.toString(), p, null));
            } else if (Files.isRegularFile(path)) {
                files.add(new InputFile(arg, path, null));
            } else if (Files.exists(path)) {
                throw new InputException(ucount.model.Source.of(arg), "not a file or folder (a device or a pipe?): "
                        + "save the export to a file, or give it on standard input as -");
            } else {
                throw new InputException(ucount.model.Source.of(arg), "no such file or folder");
            }
        }
        return files;
    }

    /** A file inside a hidden folder below the one named (e.g. an interrupted pull's {@code .hq.part-123/}). */
    private static boolean hiddenBelow(Path root, Path file) {
        for (Path part : root.relativize(file.getParent() == null ? file : file.getParent())) {
            if (part.toString().startsWith(".")) return true;
        }
        return false;
    }

    /** A name a folder's expansion reads: {@code .csv} or {@code .xml}, not hidden. */
    public static boolean isExportName(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && (name.endsWith(".csv") || name.endsWith(".xml"));
    }
}
