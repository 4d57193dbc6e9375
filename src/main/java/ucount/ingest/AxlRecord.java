package ucount.ingest;

import ucount.ingest.AxlMerge.Draft;
import ucount.model.Source;
import ucount.model.Warning;

import java.util.Arrays;

/**
 * What a parse of (part of) an AXL response gave, recorded in document order on the thread that parsed it, to be
 * handed to the inventory later on the reading thread ({@link #replayInto}). Each object is recorded as the record
 * the inventory will hold ({@link AxlMerge#record}) and what it carried, so that what waits here is what the
 * inventory keeps anyway; with the number of the user it names ({@link ucount.model.UserNumbers}).
 *
 * <p>Objects come as drafts and are made records when the recording is {@linkplain #seal sealed}, on the parse
 * thread: the user IDs of all of them then share the cluster's Strings at once ({@link UserIds#internAll}), where one
 * lookup per object waited on memory for each in turn.
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
    /** For each record, the number of the user it names; made by {@link #seal}. */
    private int[] userNumbers;
    private int count;
    /** How many items from the start are records, numbered, or no object; how many drafts follow them. */
    private int sealedUpTo;
    private int drafts;
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
        seal();
        for (int i = 0; i < count; i++) {
            Object item = items[i];
            if (item instanceof Warning w) target.warn(w.code(), w.message(), w.source());
            else if (item == USERS_EXPORTED) target.usersExported();
            else if (item instanceof Link l) target.link(l.userId, l.device, l.deviceClass, l.source);
            else target.add(item, carried[i], op, userNumbers[i]);
        }
    }

    /**
     * Makes the drafts recorded so far their records, each user ID the cluster's String for it and numbered: on the
     * parse thread, every {@link #DRAFTS} drafts and before the items are handed over (done again, it finds nothing
     * left to do).
     */
    void seal() {
        if (drafts == 0) {
            sealedUpTo = count;
            return;
        }
        if (userNumbers == null) userNumbers = new int[items.length];
        if (userNumbers.length < items.length) userNumbers = Arrays.copyOf(userNumbers, items.length);
        String[] userIds = new String[drafts];
        int[] numbers = new int[drafts];
        for (int i = sealedUpTo, k = 0; i < count; i++) {
            if (items[i] instanceof Draft d) userIds[k++] = AxlMerge.userIdOf(d);
        }
        ids.internAll(userIds, 0, 1, drafts, false, numbers);
        for (int i = sealedUpTo, k = 0; i < count; i++) {
            if (items[i] instanceof Draft d) {
                items[i] = AxlMerge.record(d, userIds[k]);
                userNumbers[i] = numbers[k++];
            }
        }
        sealedUpTo = count;
        drafts = 0;
    }

    /**
     * How many drafts wait for {@link #seal}: enough that a table's reads overlap ({@link UserIds#internAll}), few
     * enough that drafts, twice the memory of their records, are not kept long.
     */
    private static final int DRAFTS = 256;

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

    /** Records the draft, made its record by {@link #seal}. */
    @Override
    public void add(Draft draft) {
        if (fields == Fields.LICENSING) draft.dropDetails();
        if (op == null) op = draft.op;
        else if (!op.equals(draft.op)) throw new IllegalStateException("records of " + op + " and " + draft.op);
        append(draft, AxlMerge.carried(draft));
        if (++drafts == DRAFTS) seal();
    }

    @Override
    public void add(Object record, int bits, String op, int userNumber) {
        throw new UnsupportedOperationException("a recording takes drafts");
    }

    @Override
    public void link(String userId, String device, String deviceClass, Source source) {
        append(new Link(userId, device, deviceClass, source), 0);
    }

    private void append(Object item, int bits) {
        if (count == items.length) {
            if (handOver != null) {
                seal();
                AxlRecord full = new AxlRecord(limits, fields, ids, 0);
                full.items = items;
                full.carried = carried;
                full.userNumbers = userNumbers;
                full.count = count;
                full.op = op;
                items = new Object[items.length];
                carried = new int[carried.length];
                userNumbers = null;
                count = 0;
                sealedUpTo = 0;
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
