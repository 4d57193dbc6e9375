package ucount.cli;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import ucount.ingest.InputFile;
import ucount.pipeline.ClusterSpec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The EXPORT arguments and {@code --cluster}, shared by every command that reads exports. */
final class ExportOptions {

    @Parameters(paramLabel = "EXPORT", arity = "0..*",
            description = "A BAT CSV or saved AXL XML export file, a folder of them (read recursively: .csv, .xml; a "
                    + "pull snapshot is one), or - for "
                    + "standard input. All EXPORTs of one call form one cluster.")
    List<String> exports = new ArrayList<>();

    @Option(names = "--cluster", paramLabel = "NAME=PATH",
            description = "A named cluster and one of its exports (file or folder); repeat for more paths and "
                    + "more clusters. Results are given per cluster and in total.")
    List<String> clusters = new ArrayList<>();

    List<ClusterSpec> specs() throws UsageException {
        Map<String, List<String>> byName = new LinkedHashMap<>();
        if (!exports.isEmpty()) byName.put(ClusterSpec.DEFAULT_NAME, new ArrayList<>(exports));
        for (String value : clusters) {
            int eq = value.indexOf('=');
            if (eq <= 0 || eq == value.length() - 1) {
                throw new UsageException("--cluster takes NAME=PATH, not '" + value + "'");
            }
            byName.computeIfAbsent(value.substring(0, eq).trim(), k -> new ArrayList<>()).add(value.substring(eq + 1));
        }
        if (byName.isEmpty()) {
            throw new UsageException("no export given: name a file, a folder, - for standard input, or --cluster NAME=PATH");
        }
        long stdin = byName.values().stream().flatMap(List::stream).filter(InputFile.STDIN::equals).count();
        if (stdin > 1) throw new UsageException("standard input is read once: give - for one export only");
        List<ClusterSpec> specs = new ArrayList<>();
        byName.forEach((name, paths) -> specs.add(new ClusterSpec(name, paths)));
        return specs;
    }
}
