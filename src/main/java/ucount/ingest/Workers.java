package ucount.ingest;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The threads that read one cluster's exports: one per processor, for as long as the reading lasts. Results are
 * awaited in file order by the reading thread, so a failure surfaces where a sequential read would have met it.
 */
final class Workers implements AutoCloseable {

    private final ExecutorService pool;

    Workers() {
        pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), task -> {
            Thread thread = new Thread(task, "ucount-reader");
            thread.setDaemon(true);
            return thread;
        });
    }

    <T> Future<T> submit(Callable<T> task) {
        return pool.submit(task);
    }

    /** The task's result, or the exception it threw. */
    static <T> T await(Future<T> task) throws InputException, IOException {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof InputException input) throw input;
            if (cause instanceof IOException io) throw io;
            if (cause instanceof RuntimeException runtime) throw runtime;
            if (cause instanceof Error error) throw error;
            throw new IllegalStateException(cause);
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
