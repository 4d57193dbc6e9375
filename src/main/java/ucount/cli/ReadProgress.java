package ucount.cli;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import ucount.ingest.InputFile;
import ucount.ingest.StreamTap;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A progress bar on standard error while large exports are read: only on an interactive terminal, never when output
 * goes to a pipe or a file, never in CI logs, never with {@code -q}. It counts bytes as the readers consume them.
 */
final class ReadProgress implements StreamTap {

    /** Smaller reads take well under a second: no bar. */
    static final long MIN_BYTES = 16L << 20;

    private ProgressBar bar;

    static StreamTap forTerminal(boolean quiet) {
        return interactive(quiet, System.console() != null, stderrIsTerminal(), System.getenv("CI"))
                ? new ReadProgress() : StreamTap.NONE;
    }

    /** A person is watching: a console, standard error on a terminal, no {@code -q}, and not a CI job. */
    static boolean interactive(boolean quiet, boolean console, boolean stderrTerminal, String ciVariable) {
        return !quiet && console && stderrTerminal && (ciVariable == null || ciVariable.isEmpty());
    }

    /** On Linux, whether file descriptor 2 is a terminal; elsewhere the console check alone decides. */
    private static boolean stderrIsTerminal() {
        Path fd = Path.of("/proc/self/fd/2");
        if (!Files.exists(fd, java.nio.file.LinkOption.NOFOLLOW_LINKS)) return true;
        try {
            String target = Files.readSymbolicLink(fd).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    @Override
    public void starting(List<InputFile> files) {
        long total = 0;
        for (InputFile file : files) {
            try {
                if (file.path() != null) total += Files.size(file.path());
            } catch (IOException e) {
                // the reader reports an unreadable file
            }
        }
        if (total < MIN_BYTES) return;
        bar = new ProgressBarBuilder().setTaskName("Reading exports").setInitialMax(total)
                .setUnit(" MiB", 1L << 20).setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250)
                .setConsumer(new ConsoleProgressBarConsumer(System.err)).clearDisplayOnFinish().build();
    }

    @Override
    public InputStream tap(InputFile file, InputStream in) {
        if (bar == null || file.path() == null) return in;
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) bar.step();
                return b;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                if (n > 0) bar.stepBy(n);
                return n;
            }
        };
    }

    @Override
    public void finished() {
        if (bar != null) bar.close();
    }
}
