package ucount.cli;

import picocli.CommandLine.Option;
import ucount.ingest.ReadLimits;

/**
 * How much one export may hold before it is refused with exit 3 (a broken or hostile file ends in a clear message,
 * not an exhausted memory). Files of any size are streamed; these bound one document, row or value.
 */
final class LimitsMixin {

    @Option(names = "--max-elements", paramLabel = "N", defaultValue = "" + ReadLimits.DEFAULT_MAX_ELEMENTS,
            description = "Refuse an XML document with more than N elements (default ${DEFAULT-VALUE}).")
    long maxElements;

    @Option(names = "--max-depth", paramLabel = "N", defaultValue = "" + ReadLimits.DEFAULT_MAX_DEPTH,
            description = "Refuse XML whose elements nest more than N deep (default ${DEFAULT-VALUE}).")
    int maxDepth;

    @Option(names = "--max-field-length", paramLabel = "N", defaultValue = "" + ReadLimits.DEFAULT_MAX_FIELD_LENGTH,
            description = "Refuse a CSV field or an XML element's text longer than N characters "
                    + "(default ${DEFAULT-VALUE}).")
    int maxFieldLength;

    @Option(names = "--max-columns", paramLabel = "N", defaultValue = "" + ReadLimits.DEFAULT_MAX_COLUMNS,
            description = "Refuse a CSV row with more than N fields (default ${DEFAULT-VALUE}).")
    int maxColumns;

    ReadLimits limits() throws UsageException {
        check("--max-elements", maxElements);
        check("--max-depth", maxDepth);
        check("--max-field-length", maxFieldLength);
        check("--max-columns", maxColumns);
        return new ReadLimits(maxElements, maxDepth, maxFieldLength, maxColumns);
    }

    private static void check(String option, long value) throws UsageException {
        if (value < 1) throw new UsageException(option + " must be at least 1, not " + value);
    }
}
