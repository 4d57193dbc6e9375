package ucount.ingest;


import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * One saved AXL response parsed on a thread of its own, and handed to the reading thread in batches
 * ({@link AxlRecord}), in document order: a listPhone and a listUser are parsed at the same time, and the reading
 * thread only merges. Warnings, and the error that ends a broken response, reach the inventory at their place, as in
 * a sequential read.
 */
final class ParsedResponse {

    /** Objects per batch: enough that handing over costs nothing per object, few enough to start merging early. */
    private static final int BATCH = 4096;

    /** A batch, and whether it is the last (then with the failure that ended the parse, if any). */
    private record Batch(AxlRecord record, boolean last, Throwable failure) {
    }

    private final BlockingQueue<Batch> batches = new LinkedBlockingQueue<>();
    private final ReadLimits limits;
    private final Fields fields;
    private final UserIds ids;

    ParsedResponse(ReadLimits limits, Fields fields, UserIds ids) {
        this.limits = limits;
        this.fields = fields;
        this.ids = ids;
    }

    /** On the parse thread: reads the whole response, then says it is done, or how it failed. */
    void parse(InputStream in, String file) {
        AxlRecord record = new AxlRecord(limits, fields, ids, BATCH).handingOver(full -> {
            batches.add(new Batch(full, false, null));
            // The reading stopped (another file failed): this parse is no longer wanted.
            if (Thread.currentThread().isInterrupted()) throw new CancellationException("reading stopped");
        });
        Throwable failure = null;
        try (in) {
            AxlXmlReader.read(in, file, record);
        } catch (Throwable e) {
            failure = e instanceof IOException io && !(e instanceof InterruptedIOException)
                    ? InputException.cannotRead(file, io) : e;
        }
        record.seal(); // on this thread, not the reading one
        batches.add(new Batch(record, true, failure));
    }

    /** On the reading thread: hands everything to the inventory in document order, and throws where it failed. */
    void readInto(InventoryBuilder out) throws InputException, IOException {
        AxlSink inventory = AxlSink.into(out);
        while (true) {
            Batch batch;
            try {
                batch = batches.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted");
            }
            batch.record.replayInto(inventory);
            if (!batch.last) continue;
            if (batch.failure == null) return;
            if (batch.failure instanceof InputException input) throw input;
            if (batch.failure instanceof IOException io) throw io;
            if (batch.failure instanceof RuntimeException runtime) throw runtime;
            if (batch.failure instanceof Error error) throw error;
            throw new IllegalStateException(batch.failure);
        }
    }
}
