package ucount.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import ucount.ingest.InputException;
import ucount.ingest.InputFile;
import ucount.model.Warning;
import ucount.pipeline.ClusterSpec;
import ucount.report.Format;
import ucount.report.OutputTarget;
import ucount.report.SafeText;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** {@code --format} and {@code -o}: what to write and where. */
final class OutputMixin {

    /** The command this mixin is part of. */
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default), json, csv, md (Markdown tables for tickets and Git hosting) or html "
                    + "(one self-contained page with charts). estimate, check and owners write all five; dlu all but "
                    + "html; catalog text, json and csv; diff text, json and md.")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to FILE instead of standard output (- is standard output); the file appears whole "
                    + "or not at all.")
    Path output;

    @Option(names = "--force", description = "Replace output files that exist already (-o, and --bat for owners).")
    boolean force;

    /** Checks, before any work, that the format fits the command and that no existing file would be replaced. */
    void validate(Set<Format> supported) throws UsageException {
        if (!supported.contains(format)) {
            throw new UsageException(command.name() + " has no --format "
                    + format.name().toLowerCase(Locale.ROOT) + " (it writes " + supported.stream()
                    .map(f -> f.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")) + ")");
        }
        if (output != null && output.toString().equals("-")) output = null; // -o -: standard output, as usual
        refuseExisting("-o", output);
    }

    /**
     * {@link #refuseInputs(String, Path, List, Path...)} for {@code -o} and {@code --metadata}, which every report
     * has.
     */
    void refuseInputs(MetadataMixin metadata, List<ClusterSpec> specs, Path... others) throws UsageException {
        refuseInputs("-o", output, specs, others);
        refuseInputs("--metadata", metadata.file, specs, others);
    }

    /**
     * A file ucount writes is never a file the run reads (whatever --force says): an export, or one of the
     * {@code others} (a catalog, installed licenses, saved estimates; null when not given); nor a file inside an
     * export folder that the next run would read as an export. Paths are compared with symbolic links followed, and
     * an export folder's files and folders are those its expansion takes in, links inside it followed.
     */
    static void refuseInputs(String option, Path file, List<ClusterSpec> specs, Path... others) throws UsageException {
        if (file == null) return;
        Path target = real(file);
        for (Path other : others) {
            if (other != null && real(other).equals(target)) {
                throw new UsageException(option + " " + file + " is a file this run reads; ucount never writes over "
                        + "its input");
            }
        }
        List<InputFile.Expansion> expansions = expansions(specs);
        for (InputFile.Expansion expansion : expansions) {
            for (InputFile export : expansion.files()) {
                if (export.path() != null && real(export.path()).equals(target)) {
                    throw new UsageException(option + " " + file + " is an export this run reads; ucount never "
                            + "writes over its input");
                }
            }
        }
        String folder = folderHolding(target, expansions);
        if (folder != null && InputFile.isExportName(target)) {
            throw new UsageException(option + " " + file + " is inside the export folder " + folder
                    + ", where the next run would read it as an export; write it elsewhere");
        }
    }

    /**
     * The export folder (as given) that {@code path} would be inside: one its expansion looks into, links followed;
     * null when none.
     */
    static String exportFolderHolding(Path path, List<ClusterSpec> specs) {
        return folderHolding(real(path), expansions(specs));
    }

    private static String folderHolding(Path target, List<InputFile.Expansion> expansions) {
        for (InputFile.Expansion expansion : expansions) {
            for (var folder : expansion.folders().entrySet()) {
                if (target.startsWith(folder.getKey())) return folder.getValue();
            }
        }
        return null;
    }

    /** What each cluster's exports take in; a cluster whose exports cannot be listed now fails when it is read. */
    private static List<InputFile.Expansion> expansions(List<ClusterSpec> specs) {
        List<InputFile.Expansion> expansions = new ArrayList<>();
        for (ClusterSpec spec : specs) {
            try {
                expansions.add(InputFile.walk(spec.exports(), null));
            } catch (InputException e) {
                // read before anything is written: its error stops the run first
            }
        }
        return expansions;
    }

    /** The path with its existing part's symbolic links followed, the rest as given. */
    static Path real(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) existing = existing.getParent();
        if (existing == null) return absolute;
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute));
        } catch (IOException e) {
            return absolute;
        }
    }

    /**
     * An existing FILE is replaced only with --force; a folder never is. Checked before any work, so that a run
     * writing several files (a report and its metadata) does not find, after putting one in place, that it cannot
     * put the other.
     */
    void refuseExisting(String option, Path file) throws UsageException {
        if (file != null && Files.isDirectory(file)) {
            throw new UsageException(option + " " + file + " is a folder; name a file");
        }
        if (file != null && Files.exists(file) && !force) {
            throw new UsageException(option + " " + file + " exists; add --force to replace it");
        }
    }

    /** CSV rows have no place for warnings: with --format csv they go to standard error, one a line (not with -q). */
    void warnBesideCsv(Context context, VerbosityMixin verbosity, List<Warning> warnings) {
        if (format != Format.CSV || verbosity.quiet) return;
        for (Warning w : warnings) {
            context.err().println("ucount: warning: " + w.source() + ": " + w.code() + ": " + w.message());
        }
        context.err().flush();
    }

    void write(Context context, OutputTarget.Body body) throws IOException {
        // Text and Markdown are read on screens: no control sequence from an export's values reaches them.
        OutputTarget.Body safe = format == Format.TEXT || format == Format.MD
                ? out -> {
                    Writer filtered = new SafeText(out, SafeText.TERMINAL);
                    body.write(filtered);
                    filtered.flush();
                }
                : body;
        if (output == null) {
            OutputTarget.toStream(context.out(), safe);
        } else {
            OutputTarget.toFile(output, force, safe);
        }
    }
}
