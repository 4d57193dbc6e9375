package ucount.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** One in-process run of the real command line: exit code, standard output and standard error. */
record CliRun(int code, String out, String err) {

    /** The time every test run sees, so dated output (request names) is the same on every run. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-14T09:30:00Z"), ZoneOffset.UTC);

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), new ByteArrayInputStream(new byte[0]), CLOCK,
                args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
