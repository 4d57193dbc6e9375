package ucount.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ucount.model.Inventory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A large AXL list response read in chunks gives exactly what a sequential read gives: the same records with the
 * same lines, the same warnings, and for a broken document the same error. Chunks of a few kilobytes make cuts
 * fall everywhere: between items, before a comment, before a child that has the item's name.
 */
class AxlChunksTest {

    /** A chunk's line breaks are counted a word at a time, in byte counts added up every 255 words. */
    @Test
    void newlines_countedAsOneByOne_inBuffersOfLineFeedsOnly_andOfAnyBytes() {
        java.util.Random random = new java.util.Random(8);
        for (int length : new int[] {0, 1, 7, 8, 9, 15, 16, 2039, 2040, 2041, 2047, 2048, 4080, 4095, 100_000}) {
            byte[] feeds = new byte[length];
            java.util.Arrays.fill(feeds, (byte) '\n');
            assertEquals(length, AxlChunks.newlines(java.nio.ByteBuffer.wrap(feeds)), "line feeds only: " + length);
            byte[] any = new byte[length];
            random.nextBytes(any);
            for (int i = 0; i < length; i++) if (random.nextInt(4) == 0) any[i] = '\n';
            long expected = 0;
            for (byte x : any) if (x == '\n') expected++;
            assertEquals(expected, AxlChunks.newlines(java.nio.ByteBuffer.wrap(any)), "any bytes: " + length);
        }
        // A buffer's limit, not its array, bounds the count.
        byte[] feeds = new byte[64];
        java.util.Arrays.fill(feeds, (byte) '\n');
        assertEquals(21, AxlChunks.newlines(java.nio.ByteBuffer.wrap(feeds).limit(21)));
    }

    /** Small enough that a response of a few hundred phones is cut into many chunks. */
    private static final long CHUNK = 2048;

    @TempDir
    Path dir;

    @Test
    void aLargeListPhoneInChunks_isReadAsSequentially_recordsLinesAndWarnings() throws Exception {
        Path file = write("listPhone.xml", listPhone(600, ""));
        Inventory chunked;
        try (Workers workers = new Workers(2, CHUNK)) {
            // Read in chunks and trusted: a chunk that failed would throw here rather than be read again.
            chunked = ExportReader.readOnce("c", List.of(new InputFile("listPhone.xml", file, null)),
                    ReadOptions.DEFAULT, workers, true);
        }
        assertEquals(sequential(file), chunked);
        assertEquals(600 - 600 / 7, chunked.devices().size(), "every seventh phone is a duplicate");
        assertEquals("listPhone.xml:7", chunked.devices().get(0).source().toString());
        assertEquals("listPhone.xml:" + (6 + 599 * 9 + 1), chunked.devices().get(chunked.devices().size() - 1)
                .source().toString(), "nine lines per phone after the head's six");
    }

    @Test
    void carriageReturnsAlone_endLinesAsInASequentialRead() throws Exception {
        // A classic Mac file: every line ends in CR. The head tells, and the file is not cut.
        Path mac = write("mac.xml", listPhone(600, "").replace('\n', '\r'));
        Inventory macRead = readChunked(mac);
        assertEquals(sequential(mac), macRead);
        assertEquals("mac.xml:" + (6 + 599 * 9 + 1), macRead.devices().get(macRead.devices().size() - 1)
                .source().toString());
        // One in the middle, after the head: its chunk gives up, and the file is read again in one piece.
        Path one = write("one.xml", listPhone(600, "        <phone><name>SEPCR</name><model>Cisco 7841</model>"
                + "<ownerUserName>u1</ownerUserName></phone>\r"));
        Inventory oneRead = readChunked(one);
        assertEquals(sequential(one), oneRead);
        assertEquals("one.xml:" + (6 + 599 * 9 + 2), oneRead.devices().get(oneRead.devices().size() - 1)
                .source().toString(), "the line the CR ends counts");
        try (Workers workers = new Workers(2, CHUNK)) {
            assertThrows(AxlChunks.Failed.class, () -> ExportReader.readOnce("c",
                    List.of(new InputFile("one.xml", one, null)), ReadOptions.DEFAULT, workers, true));
        }
    }

    @Test
    void commentsCdataAndChildrenNamedLikeTheItem_areReadAsSequentially() throws Exception {
        // Start tags of the item's name that are not items: in a comment, in CDATA, and a child <phone> of an item.
        String odd = "        <!-- <phone><name>COMMENTED</name></phone> -->\n"
                + "        <phone><name>SEPCDATA</name><description><![CDATA[<phone> text </phone>]]></description>"
                + "<model>Cisco 7841</model><ownerUserName>u1</ownerUserName><lines><line><phone>nested</phone>"
                + "</line></lines></phone>\n";
        Path file = write("listPhone.xml", listPhone(600, odd, 40)); // 40 KB: some cuts fall on them
        Inventory chunked = readChunked(file);
        assertEquals(sequential(file), chunked);
        assertTrue(chunked.devices().stream().anyMatch(d -> d.name().equals("SEPCDATA")));
        try (Workers workers = new Workers(2, CHUNK)) {
            assertThrows(AxlChunks.Failed.class, () -> ExportReader.readOnce("c",
                    List.of(new InputFile("listPhone.xml", file, null)), ReadOptions.DEFAULT, workers, true),
                    "a cut before a <phone> that is no item is proved wrong, and the file read again in one piece");
        }
    }

    @Test
    void aBrokenItemDeepInALargeResponse_isTheErrorASequentialReadGives() throws Exception {
        String broken = "        <phone><name>SEPBROKEN</nam></phone>\n";
        Path file = write("listPhone.xml", listPhone(600, broken));
        InputException sequentialError = assertThrows(InputException.class, () -> sequential(file));
        InputException chunkedError = assertThrows(InputException.class, () -> readChunked(file));
        assertEquals(sequentialError.getMessage(), chunkedError.getMessage());
        assertTrue(chunkedError.getMessage().startsWith("listPhone.xml:" + (6 + 300 * 9 + 1) + ": malformed XML: "),
                chunkedError.getMessage());
    }

    @Test
    void anItemWithoutAName_andTooManyElements_areTheErrorsASequentialReadGives() throws Exception {
        Path file = write("listPhone.xml", listPhone(600, "        <phone><model>Cisco 7841</model></phone>\n"));
        assertEquals("listPhone.xml:" + (6 + 300 * 9 + 1) + ": <phone> without a <name>: every AXL device item "
                + "needs one", assertThrows(InputException.class, () -> readChunked(file)).getMessage());

        Path large = write("large.xml", listPhone(600, ""));
        ReadOptions limited = new ReadOptions(Fields.LICENSING, new ReadLimits(3000, 100, 1000, 100), StreamTap.NONE);
        InputException chunked = assertThrows(InputException.class, () -> read(large, limited));
        InputException sequential = assertThrows(InputException.class, () -> ExportReader.read("c",
                List.of(stdinLike(large)), limited));
        assertEquals(sequential.getMessage(), chunked.getMessage());
        assertTrue(chunked.getMessage().endsWith("more than 3000 elements in one document (--max-elements)"));
    }

    /**
     * Chunks are started a few at a time as they are handed over, not all at once: one parsed long before its turn
     * would wait with its arrays through young collections. Two responses read together, each started a few chunks
     * ahead, on two threads whose tasks wait for the chunk before them, give what sequential reads give.
     */
    @Test
    void chunksStartAFewAhead_andTwoResponsesReadTogether_areReadAsSequentially() throws Exception {
        Path phones = write("listPhone.xml", listPhone(600, ""));
        Path more = write("listPhone-2.xml", listPhone(600, "").replace("SEP", "CSF"));
        try (Workers workers = new Workers(2, CHUNK)) {
            AxlChunks response = start(phones, workers, new UserIds());
            assertNotNull(response);
            assertEquals(workers.ahead() + 1, response.started(), "the first chunk and the ones ahead of it");
            assertTrue(Files.size(phones) / CHUNK > 2L * (workers.ahead() + 1), "many more chunks than started");

            List<InputFile> both = List.of(new InputFile("listPhone.xml", phones, null),
                    new InputFile("listPhone-2.xml", more, null));
            Inventory chunked = ExportReader.readOnce("c", both, ReadOptions.DEFAULT, workers, true);
            Inventory sequential = ExportReader.read("c", List.of(stdinLike(phones), stdinLike(more)));
            assertEquals(sequential, chunked);
            assertEquals(2 * (600 - 600 / 7), chunked.devices().size());
        }
    }

    /**
     * A response's item count is foretold from a sample of its start, and its tables are made that size before a chunk
     * is parsed: never larger than the elements a document may hold, whatever the sample promises.
     */
    @Test
    void theItemsForetold_areAboutTheItems_andNoMoreThanTheElementLimit() throws Exception {
        Path file = write("listPhone.xml", listPhone(600, ""));
        try (Workers workers = new Workers(2, CHUNK)) {
            AxlChunks response = start(file, workers, new UserIds());
            assertNotNull(response);
            assertTrue(response.expectedItems() > 500 && response.expectedItems() < 700, "" + response.expectedItems());
            ReadOptions limited = new ReadOptions(Fields.ALL, new ReadLimits(200, 100, 100_000, 1000), StreamTap.NONE);
            AxlChunks capped = AxlChunks.start(file, "listPhone.xml", limited, new UserIds(), workers);
            assertNotNull(capped);
            assertEquals(200, capped.expectedItems());
        }
    }

    @Test
    void onlyResponsesOfAPlainShapeAreCut() throws Exception {
        Workers workers = new Workers(2, CHUNK);
        UserIds ids = new UserIds();
        String phones = listPhone(600, "");
        assertNull(start(write("comment.xml", phones.replace("<soapenv:Body>", "<!-- saved --><soapenv:Body>")),
                workers, ids), "a comment in the head");
        assertNull(start(write("latin1.xml", phones.replace("encoding='UTF-8'", "encoding='ISO-8859-1'")),
                workers, ids), "another encoding");
        assertNull(start(write("trailer.xml", phones + "<!-- end -->\n"), workers, ids), "a comment in the tail");
        assertNull(start(write("small.xml", listPhone(10, "")), workers, ids), "too few bytes to be worth cutting");
        assertNotNull(start(write("plain.xml", phones), workers, ids));
        workers.close();
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    /** A listPhone response: six lines of head, nine lines per phone, the odd text before the 300th phone. */
    private static String listPhone(int phones, String odd) {
        return listPhone(phones, odd, 1);
    }

    /** ... and before each of the {@code times} phones from the 300th on. */
    private static String listPhone(int phones, String odd, int times) {
        StringBuilder xml = new StringBuilder("<?xml version='1.0' encoding='UTF-8'?>\n"
                + "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\">\n"
                + "  <soapenv:Body>\n"
                + "    <ns:listPhoneResponse xmlns:ns=\"http://www.cisco.com/AXL/API/12.5\">\n"
                + "      <return>\n"
                + "        \n");
        for (int i = 0; i < phones; i++) {
            if (i >= 300 && i < 300 + times) xml.append(odd);
            int name = i % 7 == 6 ? i - 1 : i; // every seventh a duplicate of the one before
            xml.append("        <phone uuid=\"{").append(i).append("}\">\n")
                    .append("          <name>SEP").append(String.format("%012d", name)).append("</name>\n")
                    .append("          <description>Desk ").append(i).append(" &amp; more</description>\n")
                    .append("          <model>").append(i % 3 == 0 ? "Cisco 8865" : "Cisco 7841").append("</model>\n")
                    .append("          <class>Phone</class>\n")
                    .append("          <protocol>SIP</protocol>\n")
                    .append("          <ownerUserName>").append(i % 10 == 0 ? "" : "user" + i / 2).append("</ownerUserName>\n")
                    .append("          <primaryPhoneName/>\n")
                    .append("        </phone>\n");
        }
        return xml.append("      </return>\n    </ns:listPhoneResponse>\n  </soapenv:Body>\n</soapenv:Envelope>\n")
                .toString();
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private static AxlChunks start(Path file, Workers workers, UserIds ids) throws IOException {
        return AxlChunks.start(file, file.getFileName().toString(), ReadOptions.DEFAULT, ids, workers);
    }

    private static Inventory readChunked(Path file) throws InputException {
        return read(file, new ReadOptions(Fields.ALL, ReadLimits.DEFAULT, StreamTap.NONE));
    }

    private static Inventory read(Path file, ReadOptions options) throws InputException {
        try (Workers workers = new Workers(2, CHUNK)) {
            return ExportReader.read("c", List.of(new InputFile(file.getFileName().toString(), file, null)), options,
                    workers);
        }
    }

    /** The same bytes, as a stream that cannot be read again: never cut into chunks. */
    private static InputFile stdinLike(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        return new InputFile(file.getFileName().toString(), null, () -> new ByteArrayInputStream(bytes));
    }

    private static Inventory sequential(Path file) throws Exception {
        return ExportReader.read("c", List.of(stdinLike(file)));
    }
}
