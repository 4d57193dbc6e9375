package ucount.cli;

import picocli.CommandLine;
import ucount.catalog.CatalogException;
import ucount.ingest.InputException;
import ucount.rules.UnknownModelException;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Entry point. {@link #run} returns the exit code instead of exiting, so tests run the real command line
 * in-process and see exactly what a user sees on stdout and stderr.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out),
                StandardCharsets.UTF_8));
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err),
                StandardCharsets.UTF_8));
        int code = run(out, err, System.in, args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    public static int run(PrintWriter out, PrintWriter err, InputStream stdin, String... args) {
        return run(out, err, stdin, Clock.systemDefaultZone(), args);
    }

    /** As {@link #run(PrintWriter, PrintWriter, InputStream, String...)}, with the time that dated output shows. */
    public static int run(PrintWriter out, PrintWriter err, InputStream stdin, Clock clock, String... args) {
        return run(out, err, stdin, clock, System::getenv, args);
    }

    /**
     * As {@link #run(PrintWriter, PrintWriter, InputStream, Clock, String...)}, with the environment that secrets are
     * read from ({@code UCOUNT_AXL_PASSWORD}, {@code UCOUNT_SALT}).
     */
    public static int run(PrintWriter out, PrintWriter err, InputStream stdin, Clock clock,
                          Function<String, String> env, String... args) {
        // ucount speaks English, and so do the JDK's messages it quotes (the XML parser's, a file system's): under
        // the machine's locale they would come in its language, inside English sentences, and differ by machine.
        Locale.setDefault(Locale.ROOT);
        boolean verbose = Arrays.stream(args).anyMatch(a -> a.equals("-v") || a.equals("--verbose"));
        CommandLine cli = commandLine(new Context(out, err, () -> stdin, clock, env), args.length > 0 ? args[0] : null);
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((ex, arguments) -> {
            CommandLine command = ex.getCommandLine();
            String unmatched = ex instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()
                    ? u.getUnmatched().get(0) : null;
            if (unmatched != null && command == cli && !unmatched.startsWith("-")) {
                List<String> near = near(unmatched, cli.getSubcommands().keySet());
                err.println("ucount: unknown command '" + unmatched + "'" + (near.isEmpty() ? ""
                        : ": did you mean " + String.join(" or ", near) + "?"));
            } else {
                err.println("ucount: " + withoutSecrets(ex.getMessage(), args));
            }
            err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for more information.");
            err.flush();
            return ExitCode.USAGE.code;
        });
        cli.setExecutionExceptionHandler((ex, command, parseResult) -> {
            ExitCode code = exitCodeFor(ex);
            if (code == ExitCode.INTERNAL_ERROR) {
                err.println("ucount: internal error: " + ex + (verbose ? "" : " (run with --verbose for details)"));
            } else {
                err.println("ucount: " + InputException.oneLine(ex.getMessage()));
            }
            if (verbose) ex.printStackTrace(err);
            err.flush();
            return code.code;
        });
        int code = cli.execute(args);
        if (out.checkError()) { // a full disk or a closed pipe: a PrintWriter keeps its errors to itself
            err.println("ucount: cannot write standard output: the report is incomplete");
            err.flush();
            // A verdict (check's or diff's 4) whose report is incomplete is no verdict for a script to act on.
            return code == ExitCode.OK.code || code == ExitCode.CHECK_FAILED.code ? ExitCode.INPUT_ERROR.code : code;
        }
        err.flush();
        return code;
    }

    /** The command names a mistyped one is near: two edits at most (one for a name of four letters or fewer). */
    static List<String> near(String typed, Collection<String> names) {
        String word = typed.toLowerCase(Locale.ROOT);
        return names.stream().filter(name -> edits(word, name) <= (word.length() <= 4 ? 1 : 2)).toList();
    }

    /** Levenshtein distance. */
    private static int edits(String a, String b) {
        int[] row = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) row[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            int diagonal = row[0];
            row[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int above = row[j];
                row[j] = Math.min(Math.min(row[j] + 1, row[j - 1] + 1),
                        diagonal + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
                diagonal = above;
            }
        }
        return row[b.length()];
    }

    /**
     * An option whose name says it carries a secret ({@code --password}, {@code --axl-password}, {@code --pw},
     * {@code --salt}, {@code --api-token}): what follows a mistyped one, or an option's value the parser refused, is
     * hidden.
     */
    private static final Pattern SECRET_OPTION = Pattern.compile("-.*(pass|pw|secret|token|salt).*",
            Pattern.CASE_INSENSITIVE);

    /**
     * The parser's message with the value of any secret-looking option replaced by {@code ***}: a password typed
     * as {@code --password X} (the password comes from a file, the environment or a prompt) must not reach a
     * terminal's scrollback or a CI log through "Unknown options: '--password', 'X'".
     */
    static String withoutSecrets(String message, String... args) {
        String result = message;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            int eq = arg.indexOf('=');
            String name = eq < 0 ? arg : arg.substring(0, eq);
            if (!SECRET_OPTION.matcher(name).matches()) continue;
            String secret = eq >= 0 ? arg.substring(eq + 1) : i + 1 < args.length ? args[i + 1] : "";
            // Only where the parser quotes it whole ('X', or '--pw=X'), so that a short secret does not mangle words.
            if (!secret.isEmpty()) result = result.replace("'" + secret + "'", "'***'").replace("=" + secret + "'", "=***'");
        }
        return result;
    }

    static CommandLine commandLine(Context context) {
        return commandLine(context, null);
    }

    /**
     * The command line with every subcommand; or, when {@code first} (the first argument) names a command that does
     * work, with that one alone. Picocli builds each command's model by reflection, over all its options: building
     * every command's takes two thirds of a small estimate's start-up (0.13-0.16 s).
     */
    static CommandLine commandLine(Context context, String first) {
        CommandLine cli = new CommandLine(new UcountCommand(context));
        Class<?> only = UcountCommand.WORK.stream()
                .filter(c -> c.getAnnotation(CommandLine.Command.class).name().equals(first)).findFirst().orElse(null);
        for (Class<?> command : UcountCommand.WORK) {
            if (only == null || command == only) cli.addSubcommand(command);
        }
        if (only == null) UcountCommand.ABOUT.forEach(cli::addSubcommand);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.registerConverter(ucount.model.LicenseType.class, ucount.model.LicenseType::parse);
        return cli;
    }

    private static ExitCode exitCodeFor(Exception ex) {
        for (Class<?> input : List.of(InputException.class, UnknownModelException.class, CatalogException.class,
                ucount.axl.AxlException.class)) {
            if (input.isInstance(ex)) return ExitCode.INPUT_ERROR;
        }
        if (ex instanceof UsageException) return ExitCode.USAGE;
        if (ex instanceof java.io.IOException) return ExitCode.INPUT_ERROR;
        return ExitCode.INTERNAL_ERROR;
    }
}
