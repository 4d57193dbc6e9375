package ucount.ingest;

import ucount.ingest.AxlMerge.Draft;
import ucount.model.Source;
import ucount.model.Warning;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * One saved AXL response parsed on a thread of its own, and handed to the reading thread in batches, in document
 * order. Each object leaves the parse thread as the record the inventory will hold ({@link AxlMerge#record}), so what
 * waits in the batches is what the inventory keeps anyway; the reading thread only merges (a listPhone and a listUser
 * are parsed at the same time, and the reading thread no longer parses at all). Warnings, and the error that ends a
 * broken response, reach the inventory at their place, as in a sequential read.
 */
final class ParsedResponse implements AxlSink {

    /** Objects per batch: enough that handing over costs nothing per object, few enough to start merging early. */
    private static final int BATCH = 4096;
    private static final Object USERS_EXPORTED = new Object();

    private record Link(String userId, String device, String deviceClass, Source source) {
    }

    /** What one batch holds: records (with what they carried and their response), links, warnings, markers. */
    private record Batch(Object[] items, int[] carried, String[] ops, int count, boolean last, Throwable failure) {
    }

    private final BlockingQueue<Batch> batches = new LinkedBlockingQueue<>();
    private final ReadLimits limits;
    private final Fields fields;
    private final UserIds ids;
    private Object[] items = new Object[BATCH];
    private int[] carried = new int[BATCH];
    private String[] ops = new String[BATCH];
    private int count;

    ParsedResponse(ReadLimits limits, Fields fields, UserIds ids) {
        this.limits = limits;
        this.fields = fields;
        this.ids = ids;
    }

    /** On the parse thread: reads the whole response, then says it is done, or how it failed. */
    void parse(InputStream in, String file) {
        Throwable failure = null;
        try (in) {
            AxlXmlReader.read(in, file, this);
        } catch (Throwable e) {
            failure = e instanceof IOException io && !(e instanceof InterruptedIOException)
                    ? new InputException(Source.of(file), "cannot read: " + io.getMessage()) : e;
        }
        batches.add(new Batch(items, carried, ops, count, true, failure));
        items = null;
    }

    /** On the reading thread: hands everything to the inventory in document order, and throws where it failed. */
    void readInto(InventoryBuilder out) throws InputException, IOException {
        AxlMerge merge = out.axl();
        while (true) {
            Batch batch;
            try {
                batch = batches.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted");
            }
            for (int i = 0; i < batch.count; i++) {
                Object item = batch.items[i];
                if (item instanceof Warning w) out.warn(w.code(), w.message(), w.source());
                else if (item == USERS_EXPORTED) out.usersExported();
                else if (item instanceof Link l) merge.link(l.userId, l.device, l.deviceClass, l.source);
                else merge.add(item, batch.carried[i], batch.ops[i], out);
            }
            if (!batch.last) continue;
            if (batch.failure == null) return;
            if (batch.failure instanceof InputException input) throw input;
            if (batch.failure instanceof IOException io) throw io;
            if (batch.failure instanceof RuntimeException runtime) throw runtime;
            if (batch.failure instanceof Error error) throw error;
            throw new IllegalStateException(batch.failure);
        }
    }

    @Override
    public ReadLimits limits() {
        return limits;
    }

    @Override
    public Fields fields() {
        return fields;
    }

    @Override
    public void warn(String code, String message, Source source) {
        append(new Warning(code, message, source), 0, null);
    }

    @Override
    public void usersExported() {
        append(USERS_EXPORTED, 0, null);
    }

    @Override
    public void add(Draft draft) {
        if (fields == Fields.LICENSING) draft.dropDetails();
        append(AxlMerge.record(draft, ids), AxlMerge.carried(draft), draft.op);
    }

    @Override
    public void link(String userId, String device, String deviceClass, Source source) {
        append(new Link(userId, device, deviceClass, source), 0, null);
    }

    private void append(Object item, int bits, String op) {
        items[count] = item;
        carried[count] = bits;
        ops[count] = op;
        if (++count < BATCH) return;
        batches.add(new Batch(items, carried, ops, count, false, null));
        items = new Object[BATCH];
        carried = new int[BATCH];
        ops = new String[BATCH];
        count = 0;
        // The reading stopped (another file failed): this parse is no longer wanted.
        if (Thread.currentThread().isInterrupted()) throw new CancellationException("reading stopped");
    }
}
