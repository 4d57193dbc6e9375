package ucount.ingest;

import ucount.ingest.AxlMerge.Draft;
import ucount.model.Source;
import ucount.model.Warning;

import java.util.Arrays;

/**
 * What a parse of (part of) an AXL response gave, recorded in document order on the thread that parsed it, to be
 * handed to the inventory later on the reading thread ({@link #replayInto}). Each object is recorded as the record
 * the inventory will hold ({@link AxlMerge#record}) and what it carried, so that what waits here is what the
 * inventory keeps anyway.
 */
final class AxlRecord implements AxlSink {

    private static final Object USERS_EXPORTED = new Object();

    private record Link(String userId, String device, String deviceClass, Source source) {
    }

    private final ReadLimits limits;
    private final Fields fields;
    private final UserIds ids;
    /** Records (with what they carried), links, warnings, markers. */
    private Object[] items;
    private int[] carried;
    private int count;
    /** The operation of the response the records come from: one per response. */
    private String op;

    /** While a parse goes on, each full batch of items recorded goes there, and recording starts again empty. */
    private java.util.function.Consumer<AxlRecord> handOver;

    AxlRecord(ReadLimits limits, Fields fields, UserIds ids, int capacity) {
        this.limits = limits;
        this.fields = fields;
        this.ids = ids;
        items = new Object[capacity];
        carried = new int[capacity];
    }

    /**
     * Hands every {@code capacity} items recorded to {@code handOver} as a record of their own, so that they can be
     * taken while the parse goes on; what is left at the end stays here.
     */
    AxlRecord handingOver(java.util.function.Consumer<AxlRecord> handOver) {
        this.handOver = handOver;
        return this;
    }

    int size() {
        return count;
    }

    /** Hands everything recorded to another sink, in the order it was recorded. */
    void replayInto(AxlSink target) {
        for (int i = 0; i < count; i++) {
            Object item = items[i];
            if (item instanceof Warning w) target.warn(w.code(), w.message(), w.source());
            else if (item == USERS_EXPORTED) target.usersExported();
            else if (item instanceof Link l) target.link(l.userId, l.device, l.deviceClass, l.source);
            else target.add(item, carried[i], op);
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
        append(new Warning(code, message, source), 0);
    }

    @Override
    public void usersExported() {
        append(USERS_EXPORTED, 0);
    }

    @Override
    public void add(Draft draft) {
        if (fields == Fields.LICENSING) draft.dropDetails();
        add(AxlMerge.record(draft, ids), AxlMerge.carried(draft), draft.op);
    }

    @Override
    public void add(Object record, int bits, String op) {
        if (this.op == null) this.op = op;
        else if (!this.op.equals(op)) throw new IllegalStateException("records of " + this.op + " and " + op);
        append(record, bits);
    }

    @Override
    public void link(String userId, String device, String deviceClass, Source source) {
        append(new Link(userId, device, deviceClass, source), 0);
    }

    private void append(Object item, int bits) {
        if (count == items.length) {
            if (handOver != null) {
                AxlRecord full = new AxlRecord(limits, fields, ids, 0);
                full.items = items;
                full.carried = carried;
                full.count = count;
                full.op = op;
                items = new Object[items.length];
                carried = new int[carried.length];
                count = 0;
                handOver.accept(full);
            } else {
                items = Arrays.copyOf(items, count * 2);
                carried = Arrays.copyOf(carried, count * 2);
            }
        }
        items[count] = item;
        carried[count] = bits;
        count++;
    }
}
