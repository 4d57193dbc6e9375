package ucount.support;

import ucount.cli.Main;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/** Runs the real command line in-process and captures what a user would see. */
public final class Cli {

    public record Result(int code, String out, String err) {
        @Override
        public String toString() {
            return "exit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    private Cli() {
    }

    public static Result run(String... args) {
        return runWithInput("", args);
    }

    public static Result runWithInput(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        InputStream in = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), in, args);
        return new Result(code, out.toString(), err.toString());
    }
}
