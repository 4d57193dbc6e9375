/**
 * Reading exports into an {@link ucount.model.Inventory}: one reader per export format, each recognising its files
 * by their first bytes and header ({@link ucount.ingest.ExportReader}).
 *
 * <p>BAT CSV exports are read by {@link ucount.ingest.BatCsvReader} over a byte tokenizer of its own
 * ({@code CsvTokenizer}), in parallel chunks: a million-phone export is 800 MB. The small files a user writes by hand
 * (the catalog, the installed licenses) are read with Commons CSV, whose messages name what is wrong with a line.
 *
 * <p>AXL XML responses are read by {@link ucount.ingest.AxlXmlReader}. The plain markup of a large list response is
 * read straight from its bytes ({@code PlainXmlReader}), which decides no error: anything else (comments, CDATA,
 * entities it does not know, broken documents, limits) goes to the JDK's StAX parser, so a document's errors and
 * their lines are always StAX's. The two are one reader with a fast path, held to the same trees by tests.
 */
package ucount.ingest;
