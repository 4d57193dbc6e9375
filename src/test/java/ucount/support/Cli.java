package ucount.support;

import ucount.cli.Main;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Runs the real command line in-process and captures what a user would see. Every run sees the same fixed time,
 * so dated output (request names, grace periods) is the same on every run.
 */
public final class Cli {

    public static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-14T09:30:00Z"), ZoneOffset.UTC);

    public record Result(int exit, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    private Cli() {
    }

    public static Result run(String... args) {
        return runWithStdin(new ByteArrayInputStream(new byte[0]), args);
    }

    public static Result runWithStdin(String stdin, String... args) {
        return runWithStdin(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), args);
    }

    public static Result runWithStdin(InputStream stdin, String... args) {
        return runAt(CLOCK, stdin, args);
    }

    public static Result runAt(Clock clock, InputStream stdin, String... args) {
        return run(clock, stdin, Map.of(), args);
    }

    /** A run whose environment holds only {@code env}: the machine's own variables never reach a test. */
    public static Result runWithEnv(Map<String, String> env, String... args) {
        return run(CLOCK, new ByteArrayInputStream(new byte[0]), env, args);
    }

    private static Result run(Clock clock, InputStream stdin, Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new PrintWriter(out), new PrintWriter(err), stdin, clock, env::get, args);
        return new Result(exit, out.toString(), err.toString());
    }
}
