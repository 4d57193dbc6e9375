package ucount.ingest;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The threads that read one cluster's exports, for as long as the reading lasts, and the size of the chunks a large
 * file is cut into ({@link CsvChunks}). Results are awaited in file order by the reading thread, so a failure
 * surfaces where a sequential read would have met it.
 */
final class Workers implements AutoCloseable {

    /**
     * Large enough that a chunk's set-up cost vanishes, small enough that two processors share a file evenly and that
     * the chunks in flight, whose parsed fields outlive young collections, hold little.
     */
    static final long CHUNK_BYTES = 2L << 20;

    private final ExecutorService pool;
    /**
     * Threads that each parse one saved AXL response from its start to its end ({@link ParsedResponse}): apart from
     * {@link #pool}, so that the long parse of a later file never holds the workers that the chunks of the file being
     * read need. The pool's tasks wait at most for tasks started before them (an {@link AxlChunks} chunk for the line
     * count of the one before it), which a first-in-first-out pool has already started.
     */
    private final ExecutorService parsers;
    private final int threads;
    private final long chunkBytes;

    /** One thread per processor. */
    Workers() {
        this(Runtime.getRuntime().availableProcessors(), CHUNK_BYTES);
    }

    Workers(int threads, long chunkBytes) {
        this.threads = threads;
        this.chunkBytes = chunkBytes;
        pool = Executors.newFixedThreadPool(threads, task -> daemon(task, "ucount-reader"));
        parsers = Executors.newFixedThreadPool(threads, task -> daemon(task, "ucount-xml"));
    }

    private static Thread daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }

    /** Starts parsing a response on a parser thread. */
    void parse(ParsedResponse response, java.io.InputStream in, String file) {
        parsers.execute(() -> response.parse(in, file));
    }

    long chunkBytes() {
        return chunkBytes;
    }

    /** How many chunks of a file may be parsed ahead of the one being handed over: work for every thread. */
    int ahead() {
        return 2 * threads;
    }

    <T> Future<T> submit(Callable<T> task) {
        return pool.submit(task);
    }

    /** The task started on a worker, as a future that later steps can be chained to. */
    <T> CompletableFuture<T> supply(Callable<T> task) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return task.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        }, pool);
    }

    /** Where chained steps run: the same threads. */
    Executor executor() {
        return pool;
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
            if (cause instanceof UncheckedIOException unchecked) cause = unchecked.getCause();
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
        parsers.shutdownNow();
    }
}
