package ucount.ingest;

/**
 * How exports are read: which fields to keep, the limits a document must stay within, and what sees the raw bytes
 * (digests, progress).
 */
public record ReadOptions(Fields fields, ReadLimits limits, StreamTap tap) {

    public static final ReadOptions DEFAULT = new ReadOptions(Fields.ALL, ReadLimits.DEFAULT, StreamTap.NONE);

    public ReadOptions with(Fields fields) {
        return new ReadOptions(fields, limits, tap);
    }
}
