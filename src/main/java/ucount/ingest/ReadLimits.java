package ucount.ingest;

import ucount.model.Source;

/**
 * How much of one export ucount reads before refusing it, so that a hostile or broken file ends in a clear message
 * rather than an exhausted heap or stack. Inputs are streamed whatever their size: these limits bound what a single
 * document, row or value may hold, not the size of a file.
 *
 * @param maxElements    XML: elements in one document
 * @param maxDepth       XML: how deeply elements nest (AXL responses nest about ten deep)
 * @param maxFieldLength CSV: characters in one field; XML: characters of text in one element
 * @param maxColumns     CSV: fields in one row (BAT "All Details" exports have a few hundred)
 */
public record ReadLimits(long maxElements, int maxDepth, int maxFieldLength, int maxColumns) {

    public static final long DEFAULT_MAX_ELEMENTS = 10_000_000L;
    public static final int DEFAULT_MAX_DEPTH = 100;
    public static final int DEFAULT_MAX_FIELD_LENGTH = 1 << 20;
    public static final int DEFAULT_MAX_COLUMNS = 50_000;

    public static final ReadLimits DEFAULT = new ReadLimits(DEFAULT_MAX_ELEMENTS, DEFAULT_MAX_DEPTH,
            DEFAULT_MAX_FIELD_LENGTH, DEFAULT_MAX_COLUMNS);

    public ReadLimits {
        if (maxElements < 1 || maxDepth < 1 || maxFieldLength < 1 || maxColumns < 1) {
            throw new IllegalArgumentException("read limits must be at least 1: " + maxElements + ", " + maxDepth
                    + ", " + maxFieldLength + ", " + maxColumns);
        }
    }

    /** XML: the document has more than {@link #maxElements} elements. */
    public InputException tooManyElements(Source at) {
        return new InputException(at, "more than " + maxElements + " elements in one document (--max-elements)");
    }

    /** XML: an element nests deeper than {@link #maxDepth}. */
    public InputException tooDeep(Source at) {
        return new InputException(at, "elements nested more than " + maxDepth + " deep (--max-depth)");
    }

    /** XML: one element's text is longer than {@link #maxFieldLength}. */
    public InputException textTooLong(Source at) {
        return new InputException(at, "text of more than " + maxFieldLength + " characters in one element "
                + "(--max-field-length)");
    }
}
