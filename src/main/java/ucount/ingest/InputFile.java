package ucount.ingest;

import ucount.io.FileProblems;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

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
     * standard input. A file reached twice (named twice, or through two links) is read once.
     */
    public static List<InputFile> expand(List<String> args, Supplier<InputStream> stdin) throws InputException {
        return walk(args, stdin).files();
    }

    /**
     * What the EXPORT arguments take in: the files to read, and every folder the expansion looked into (by its real
     * path, links followed), with the argument that led there: a file put in one would be read by the next run.
     */
    public record Expansion(List<InputFile> files, Map<Path, String> folders) {
    }

    public static Expansion walk(List<String> args, Supplier<InputStream> stdin) throws InputException {
        List<InputFile> files = new ArrayList<>();
        Map<Path, String> folders = new LinkedHashMap<>();
        Set<Path> seen = new HashSet<>();
        for (String arg : args) {
            if (arg.equals(STDIN)) {
                files.add(new InputFile(STDIN_NAME, null, stdin));
                continue;
            }
            Path path = Path.of(arg);
            if (Files.isDirectory(path)) {
                List<Path> found = new ArrayList<>();
                try {
                    Files.walkFileTree(path, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                            new SimpleFileVisitor<>() {
                                @Override
                                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs)
                                        throws IOException {
                                    // A hidden folder (an interrupted pull's .hq.part-123/) is not looked into.
                                    if (!dir.equals(path) && dir.getFileName().toString().startsWith(".")) {
                                        return FileVisitResult.SKIP_SUBTREE;
                                    }
                                    folders.putIfAbsent(dir.toRealPath(), arg);
                                    return FileVisitResult.CONTINUE;
                                }

                                @Override
                                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                                    if (attrs.isRegularFile() && isExportName(file)) found.add(file);
                                    return FileVisitResult.CONTINUE;
                                }
                            });
                } catch (IOException e) {
                    // Linked folders are followed, as linked files are read: a folder of exports may gather its
                    // clusters' files by links. A loop of links is an error that names it.
                    throw new InputException(ucount.model.Source.of(arg), "cannot list folder: "
                            + FileProblems.reason(e), e);
                }
                if (found.isEmpty()) {
                    throw new InputException(ucount.model.Source.of(arg), "folder holds no .csv or .xml export");
                }
                found.sort(null);
                for (Path p : found) {
                    if (seen.add(realOrAsIs(p))) files.add(new InputFile(p.toString(), p, null));
                }
            } else if (Files.isRegularFile(path)) {
                if (seen.add(realOrAsIs(path))) files.add(new InputFile(arg, path, null));
            } else if (Files.exists(path)) {
                throw new InputException(ucount.model.Source.of(arg), "not a file or folder (a device or a pipe?): "
                        + "save the export to a file, or give it on standard input as -");
            } else {
                throw new InputException(ucount.model.Source.of(arg), "no such file or folder");
            }
        }
        return new Expansion(files, folders);
    }

    private static Path realOrAsIs(Path file) {
        try {
            return file.toRealPath();
        } catch (IOException e) {
            return file.toAbsolutePath().normalize();
        }
    }

    /** A name a folder's expansion reads: {@code .csv} or {@code .xml}, not hidden. */
    public static boolean isExportName(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && (name.endsWith(".csv") || name.endsWith(".xml"));
    }
}
