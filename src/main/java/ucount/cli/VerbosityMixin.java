package ucount.cli;

import picocli.CommandLine.Option;

/** {@code -q} and {@code -v}. Main reads {@code -v} itself, to show stack traces even for parse-time failures. */
final class VerbosityMixin {

    @Option(names = {"-q", "--quiet"}, description = "Print nothing on standard error but errors.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "Show details of errors (stack traces).")
    boolean verbose;
}
