package ucount.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ucount.model.Inventory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A file read in chunks gives exactly what a sequential read gives, wherever the cuts fall: inside quoted fields
 * holding line breaks, on CRLF, on blank lines, inside multi-byte characters. Chunks of a few bytes and several
 * threads make every such case happen.
 */
class CsvChunksTest {

    @TempDir
    Path dir;

    /** A record as a reader receives it: its line and its used columns. */
    private record Row(long line, List<String> values) {
    }

    @Test
    void aCutInsideAQuotedFieldWithLineBreaksIsParsedAgainInOrder() throws Exception {
        String csv = "name,notes,owner\r\n"
                + "SEP1,\"first line\nsecond line\nthird, with comma\",jdoe\r\n"
                + "SEP2,\"\"\"quoted\"\" start\r\n,still the same field\",asmith\r\n"
                + "\r\n"
                + "SEP3,plain,bwho\r\n"
                + "SEP4,\"\n\n\n\",\r\n";
        Path file = write(csv);
        List<Row> sequential = rows(file, Long.MAX_VALUE, 1);
        assertEquals(List.of(2L, 5L, 8L, 9L), sequential.stream().map(Row::line).toList());
        assertEquals("first line\nsecond line\nthird, with comma", sequential.get(0).values().get(1));
        for (long chunk = 1; chunk <= csv.length(); chunk++) {
            assertEquals(sequential, rows(file, chunk, 3), "chunks of " + chunk + " bytes");
        }
    }

    @Test
    void fuzz_anyChunkSizeAnyThreadsSameRowsAsSequential() throws Exception {
        Random random = new Random(2718);
        for (int i = 0; i < 60; i++) {
            Path file = write(randomExport(random, 20 + random.nextInt(200)));
            List<Row> sequential = rows(file, Long.MAX_VALUE, 1);
            for (int k = 0; k < 5; k++) {
                long chunk = 1 + random.nextInt(300);
                int threads = 1 + random.nextInt(4);
                assertEquals(sequential, rows(file, chunk, threads), "file " + i + ", chunks of " + chunk + " bytes");
            }
        }
    }

    @Test
    void theFirstErrorIsTheOneASequentialReadMeets() throws Exception {
        StringBuilder csv = new StringBuilder("name,notes\n");
        for (int i = 0; i < 200; i++) csv.append("SEP").append(i).append(",\"ok\nok\"\n");
        csv.append("SEPX,\"x\"y\n"); // line 402: text after a closing quote
        for (int i = 0; i < 50; i++) csv.append("SEP,\"never closed\n");
        Path file = write(csv.toString());
        String sequential = assertThrows(InputException.class, () -> rows(file, Long.MAX_VALUE, 1)).getMessage();
        assertTrue(sequential.endsWith(".csv:402: malformed CSV: text after the closing quote of a quoted field (a stray "
                + "double quote?)"), sequential);
        for (long chunk : new long[]{7, 64, 100, 1000}) {
            assertEquals(sequential, assertThrows(InputException.class, () -> rows(file, chunk, 3)).getMessage());
        }
    }

    @Test
    void aSampleClusterReadInTinyChunksIsTheSameInventory() throws Exception {
        List<InputFile> files = InputFile.expand(List.of("samples/acme-hq"), () -> null);
        Inventory sequential;
        try (Workers one = new Workers(1, Long.MAX_VALUE)) {
            sequential = ExportReader.read("hq", files, ReadOptions.DEFAULT, one);
        }
        for (long chunk : new long[]{50, 333, 4096}) {
            try (Workers many = new Workers(4, chunk)) {
                assertEquals(sequential, ExportReader.read("hq", files, ReadOptions.DEFAULT, many), "chunks of " + chunk);
            }
        }
    }

    // ---- helpers --------------------------------------------------------------------------------------------------

    @Test
    void theRecordsAFileHoldsAreEstimatedFromItsFirstChunkAndCountedInAFileOfOneChunk() throws Exception {
        StringBuilder csv = new StringBuilder("name,notes,owner\n");
        for (int i = 0; i < 5000; i++) csv.append(String.format("SEP%06d,desk phone,user%05d\n", i, i));
        Path file = write(csv.toString());
        assertEquals(5000, estimate(file, Long.MAX_VALUE, file));
        long estimated = estimate(file, 4096, file);
        assertTrue(Math.abs(estimated - 5000) < 50, "rows of one length: estimated " + estimated);
        assertEquals(-1, estimate(file, Long.MAX_VALUE, null), "a stream has no size to go by");
    }

    private static long estimate(Path file, long chunkBytes, Path path) throws Exception {
        try (Workers workers = new Workers(2, chunkBytes); InputStream in = Files.newInputStream(file)) {
            CsvTokenizer tokenizer = new CsvTokenizer(in);
            assertTrue(tokenizer.next());
            CsvChunks<Long> chunks = CsvChunks.start(file.toString(), path, tokenizer, new int[]{0}, ReadLimits.DEFAULT,
                    workers, (rows, row, line) -> line);
            return chunks.estimatedRecords().join();
        }
    }

    private Path write(String csv) throws IOException {
        Path file = Files.createTempFile(dir, "export", ".csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return file;
    }

    /** Every record after the header, columns 0 and 1, read with chunks of the size given. */
    private static List<Row> rows(Path file, long chunkBytes, int threads) throws Exception {
        List<Row> rows = new ArrayList<>();
        try (Workers workers = new Workers(threads, chunkBytes); InputStream in = Files.newInputStream(file)) {
            CsvTokenizer tokenizer = new CsvTokenizer(in);
            try {
                assertTrue(tokenizer.next());
            } catch (CsvTokenizer.MalformedCsv e) {
                throw new AssertionError(e);
            }
            int[] columns = {0, 1};
            CsvChunks.start(file.toString(), file, tokenizer, columns, ReadLimits.DEFAULT, workers,
                    (table, row, line) -> new Row(line, List.of(table.value(row, 0), table.value(row, 1))))
                    .forEachRecord((row, userNumber) -> rows.add(row));
        }
        return rows;
    }

    private static String randomExport(Random random, int records) {
        String[] values = {"SEP0A1B2C3D4E5F", "Cisco 8865", "", " ", "\"a, b\"", "\"line\nbreak\"", "\"cr\r\nlf\"",
                "\"\"\"\"", "\u00e9t\u00e9", "\u65e5\u672c\u8a9e", "x\"y", "\"\n\"", "\"\r\""};
        String[] ends = {"\n", "\r\n", "\r\n", "\n"};
        StringBuilder csv = new StringBuilder("name,notes,owner\n");
        for (int r = 0; r < records; r++) {
            if (random.nextInt(15) == 0) {
                csv.append(ends[random.nextInt(ends.length)]);
                continue;
            }
            int fields = 1 + random.nextInt(4);
            for (int f = 0; f < fields; f++) {
                if (f > 0) csv.append(',');
                csv.append(values[random.nextInt(values.length)]);
            }
            csv.append(ends[random.nextInt(ends.length)]);
        }
        return csv.toString();
    }
}
