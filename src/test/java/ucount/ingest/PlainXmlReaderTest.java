package ucount.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.SequenceInputStream;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The byte reader of plain chunks beside the StAX reader it stands in for ({@link AxlXmlReader#readChunk}): on what it
 * takes, the same trees (names, nil, trimmed text, lines, skipped children) and element count; what it does not take,
 * and everything the StAX reader refuses, it hands over ({@link PlainXmlReader.NotPlain}).
 */
class PlainXmlReaderTest {

    /** The {@code <return>} the chunks stand in: depth 4 in Envelope/Body/listPhoneResponse/return. */
    private static final int RETURN_DEPTH = 4;
    private static final long FIRST_LINE = 7;
    private static final Set<String> NAME_AND_MODEL = ignoringCase("name", "model");

    /** What a reader gave: the items, and the elements counted, or what it threw. */
    private record Read(List<XmlNode> items, long elements) {
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // the shape of a listPhone response, indented, with uuids and an XFkType owner
        "\n  <phone uuid=\"{A}\">\n    <name>SEP001</name>\n    <model>Cisco 8841</model>\n"
                + "    <ownerUserName uuid=\"{B}\">jdoe</ownerUserName>\n  </phone>\n"
                + "  <phone><name>SEP002</name></phone>\n",
        // indentation of 8 and 16 spaces (passed eight at a time), a line feed and spaces before text, spaces at the end
        "\n        <phone>\n                <name>SEP1</name>\n                <model>\n                M</model>\n"
                + "        </phone>\n                ",
        // empty elements, nil, prefixes, single quotes, attributes over lines, white space in tags
        "<phone><name>SEP1</name><description/><ownerUserName xsi:nil='true' />"
                + "<ns:model\n a = 'x'\n b=\"y\"\n>M</ns:model "
                + "></phone>",
        "<phone><name xsi:nil=\" true \">SEP1</name><x:nil nil=\"false\"/></phone>",
        // references, predefined and numeric; text past ASCII; a value trimmed of white space and of &#32;
        "<phone><name>SEP&amp;1</name>"
                + "<description>R&amp;D &lt;lab&gt; &quot;a&apos; &#233;t&#xE9; &#x1F600;</description>"
                + "<model>  &#32;Cisco\t</model><x>Müller 東京 😀</x></phone>",
        // deep children kept whole; CRLF between tags; a carriage return in white space only
        "\r\n<user><userid>jdoe</userid><associatedDevices>\r\n <device>SEP1</device>\r\n <device>SEP2</device>"
                + "</associatedDevices></user>\r\n",
        // texts of one element split by white space-only runs around children; '>' and ']' in text
        "<phone><name>  SEP1  <a/>  </name><description>a > b ] c ]] d</description></phone>",
        // no items at all
        "\n \t \n",
    })
    void plainChunks_readAsTheStaxReaderReadsThem(String chunk) throws Exception {
        for (Set<String> keep : java.util.Arrays.asList(null, NAME_AND_MODEL)) {
            Read stax = stax(chunk, keep);
            Read plain = plain(chunk, keep);
            assertEquals(stax, plain, "keep " + keep + ": " + chunk);
        }
    }

    /** Children are gathered on one stack for all depths: many of them, nested, read as the StAX reader reads them. */
    @Test
    void manyAndNestedChildren_readAsTheStaxReaderReadsThem() throws Exception {
        StringBuilder chunk = new StringBuilder("<phone><name>SEP1</name><lines>");
        for (int i = 0; i < 150; i++) {
            chunk.append("<line index='").append(i).append("'><dirn><pattern>").append(1000 + i)
                    .append("</pattern><x/></dirn>").append(i % 3 == 0 ? "<e/><f>v</f>" : "").append("</line>");
        }
        chunk.append("</lines><model>M</model></phone><phone><name>SEP2</name><a><b><c>deep</c></b></a></phone>");
        Read plain = plain(chunk.toString(), null);
        assertEquals(stax(chunk.toString(), null), plain);
        assertEquals(150, plain.items().get(0).child("lines").children().size());
        assertEquals(List.of("name", "a"), plain.items().get(1).children().stream().map(XmlNode::name).toList());
    }

    @Test
    void linesAreThoseOfTheEndOfEachStartTag_countedFromTheChunksFirstLine() throws Exception {
        String chunk = "\n<phone\n  uuid='x'><name>SEP1</name>\n<lines>\n<line\n/></lines></phone>";
        XmlNode phone = plain(chunk, null).items().get(0);
        assertEquals(FIRST_LINE + 2, phone.line());
        assertEquals(FIRST_LINE + 2, phone.child("name").line());
        assertEquals(FIRST_LINE + 5, phone.child("lines").children().get(0).line());
        assertEquals(stax(chunk, null), plain(chunk, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<phone><!-- a comment --><name>SEP1</name></phone>",
        "<phone><name><![CDATA[SEP1]]></name></phone>",
        "<phone><?pi x?><name>SEP1</name></phone>",
        "<phone><name>SEP<b/>1</name></phone>", // mixed content
        "<phone><name>SEP\r1</name></phone>", // a carriage return alone: a line break to XML
        "<phone><name>SEP\r\n1</name></phone>", // read as SEP\n1
        "<phone><namé>SEP1</namé></phone>", // names past ASCII
        "<phone><name>SEP1</name></phone>text between items",
        "<phone><name a='&amp;'>SEP1</name></phone>", // a reference in an attribute
        "<phone><name a='é'>SEP1</name></phone>",
    })
    void whatIsNotPlain_isHandedOver_thoughTheStaxReaderReadsIt(String chunk) throws Exception {
        stax(chunk, null);
        assertThrows(PlainXmlReader.NotPlain.class, () -> plain(chunk, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<phone><name>SEP1</nam></phone>",
        "<phone><name>SEP1</name>",
        "<phone><name>SEP1</name></phone></return>",
        "<phone><name a='1' a='2'>SEP1</name></phone>",
        "<phone><name a='1'b='2'>SEP1</name></phone>",
        "<phone><name a=1>SEP1</name></phone>",
        "<phone><name a>SEP1</name></phone>",
        "<phone><name a='<'>SEP1</name></phone>",
        "<phone>< name>SEP1</name></phone>",
        "<phone><1name>SEP1</1name></phone>",
        "<phone><name/ >SEP1</phone>",
        "<phone><name>SEP\u00011</name></phone>",
        "<phone><name>SEP]]>1</name></phone>",
        "<phone><name>SEP&foo;1</name></phone>",
        "<phone><name>SEP&amp1</name></phone>",
        "<phone><name>SEP & 1</name></phone>",
        "<phone><name>SEP&#0;1</name></phone>",
        "<phone><name>SEP&#xFFFE;1</name></phone>",
        "<phone><name>SEP&#-1;1</name></phone>",
        "<phone><name>SEP\uFFFF1</name></phone>",
        "<phone><description>\u0001</description><name>SEP1</name></phone>", // in a child an estimate skips
        "<phone><description>&bad;</description><name>SEP1</name></phone>",
        "<phone><name>SEP1</name></phone><",
    })
    void whatTheStaxReaderRefuses_isHandedOver(String chunk) {
        for (Set<String> keep : java.util.Arrays.asList(null, NAME_AND_MODEL)) {
            assertThrows(InputException.class, () -> stax(chunk, keep), chunk);
            assertThrows(PlainXmlReader.NotPlain.class, () -> plain(chunk, keep), chunk);
        }
    }

    @Test
    void bytesThatAreNotUtf8_areHandedOver() {
        byte[] latin1 = "<phone><name>M\u00fcller</name></phone>".getBytes(StandardCharsets.ISO_8859_1);
        assertThrows(InputException.class, () -> stax(latin1, null));
        assertThrows(PlainXmlReader.NotPlain.class, () -> plain(latin1, null));
        byte[] inSkipped = "<phone><name>SEP1</name><description>M\u00fcller</description></phone>"
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThrows(PlainXmlReader.NotPlain.class, () -> plain(inSkipped, NAME_AND_MODEL));
    }

    @Test
    void limits_areHandedOverForTheStaxReaderToWord() throws Exception {
        byte[] chunk = "<phone><name>SEP1</name><lines><line><a><b>x</b></a></line></lines></phone>"
                .getBytes(StandardCharsets.UTF_8); // six elements, the deepest at 4 + 5, the longest text 4
        for (ReadLimits limits : List.of(new ReadLimits(100, RETURN_DEPTH + 4, 100, 100),
                new ReadLimits(100, 100, 3, 100), new ReadLimits(5, 100, 100, 100))) {
            assertThrows(InputException.class, () -> stax(chunk, null, limits), limits.toString());
            assertThrows(PlainXmlReader.NotPlain.class, () -> plain(chunk, null, limits), limits.toString());
        }
        ReadLimits exactly = new ReadLimits(6, RETURN_DEPTH + 5, 4, 100);
        assertEquals(stax(chunk, null, exactly), plain(chunk, null, ReadLimits.DEFAULT));
        assertEquals(stax(chunk, null, exactly), plain(chunk, null, exactly));
    }

    /**
     * Chunks changed at random, a byte at a time, by XML's own characters: whatever the byte reader takes, the StAX
     * reader takes too, and reads the same. (Most changes break the chunk; the few thousand that do not are the
     * cases that count.)
     */
    @Test
    void randomlyChangedChunks_areTakenOnlyWhenTheStaxReaderReadsThemTheSame() throws Exception {
        List<String> bases = List.of("\n<phone uuid=\"{A}\"><name>SEP001</name><description>R&amp;D é</description>"
                + "<model>Cisco 8841</model><ownerUserName xsi:nil='false' uuid='{B}'>jdoe</ownerUserName>"
                + "<lines><line><dirn><pattern>1000</pattern></dirn></line></lines><x/></phone>\n"
                + "<phone><name>SEP002</name></phone>",
                "\r\n<ns:user\r\n a:b='1'>\r\n<userid>&#x6A;doe&#233;</userid><x:y/>\t"
                        + "<mail>a&lt;b&gt;</mail></ns:user>",
                "\n<phone ctiid=\"100\" uuid=\"{0D0D0D0D-0000-0000-0000-000000000000}\"><name>SEP003</name>"
                        + "<devicePoolName uuid='{0D0D0D0D-\"0000-0000-0000-000000000001}'>DP</devicePoolName></phone>");
        byte[] alphabet = "<>/!?='\"&;#x:_-.1 \n\r\t]aé\u0001".getBytes(StandardCharsets.UTF_8);
        Random random = new Random(8);
        int taken = 0;
        for (int n = 0; n < 20_000; n++) {
            byte[] chunk = bases.get(n % bases.size()).getBytes(StandardCharsets.UTF_8);
            int changes = 1 + random.nextInt(3);
            for (int c = 0; c < changes; c++) chunk = change(chunk, random, alphabet);
            for (Set<String> keep : java.util.Arrays.asList(null, NAME_AND_MODEL)) {
                if (takenOnlyAsTheStaxReaderReadsIt(chunk, keep)) taken++;
            }
        }
        assertEquals(true, taken > 1000, "changed chunks taken: " + taken);
    }

    /** Attribute values are scanned eight bytes at a time: what stops the scan, at every place of a uuid. */
    @Test
    void attributeValues_anyCharacterAtAnyPlace_takenOnlyAsTheStaxReaderReadsThem() throws Exception {
        String uuid = "{0D0D0D0D-0000-0000-0001-000000000000}";
        java.util.Map<String, Integer> taken = new java.util.LinkedHashMap<>();
        for (String inserted : List.of("<", "&", "&amp;", ">", "\t", "\n", "\r\n", "\r", "é", "'", "\"", "\u0001")) {
            taken.put(inserted, 0);
            for (int at = 0; at <= uuid.length(); at++) {
                String value = uuid.substring(0, at) + inserted + uuid.substring(at);
                for (char quote : new char[] {'"', '\''}) {
                    String chunk = "\n<phone uuid=" + quote + value + quote + "><name>SEP1</name>"
                            + "<ownerUserName uuid=" + quote + value + quote + ">jdoe</ownerUserName></phone>\n";
                    if (takenOnlyAsTheStaxReaderReadsIt(chunk.getBytes(StandardCharsets.UTF_8), null)) {
                        taken.merge(inserted, 1, Integer::sum);
                    }
                }
            }
        }
        // Taken at every place: '>', a tab, a line break (its line counted); a quote where the other one quotes.
        // Handed over: what ends the value too soon, references, a lone carriage return, text past ASCII.
        int places = 2 * (uuid.length() + 1);
        assertEquals(java.util.Map.ofEntries(java.util.Map.entry("<", 0), java.util.Map.entry("&", 0),
                java.util.Map.entry("&amp;", 0), java.util.Map.entry(">", places), java.util.Map.entry("\t", places),
                java.util.Map.entry("\n", places), java.util.Map.entry("\r\n", places), java.util.Map.entry("\r", 0),
                java.util.Map.entry("é", 0), java.util.Map.entry("'", places / 2), java.util.Map.entry("\"", places / 2),
                java.util.Map.entry("\u0001", 0)), taken);
    }

    /**
     * Whether the byte reader takes the chunk; fails unless the StAX reader takes it too and reads the same.
     */
    private static boolean takenOnlyAsTheStaxReaderReadsIt(byte[] chunk, Set<String> keep) {
        Read plain;
        try {
            plain = plain(chunk, keep);
        } catch (PlainXmlReader.NotPlain | InputException e) {
            return false;
        }
        Read stax;
        try {
            stax = stax(chunk, keep);
        } catch (InputException e) {
            fail("taken by the byte reader, refused by the StAX reader (" + e.getMessage() + "): "
                    + new String(chunk, StandardCharsets.UTF_8));
            return false;
        }
        assertEquals(stax, plain, new String(chunk, StandardCharsets.UTF_8));
        return true;
    }

    /** The bytes with one byte replaced, inserted or removed. */
    private static byte[] change(byte[] chunk, Random random, byte[] alphabet) {
        int at = random.nextInt(chunk.length);
        byte with = alphabet[random.nextInt(alphabet.length)];
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(chunk, 0, at);
        switch (random.nextInt(3)) {
            case 0 -> out.write(with);
            case 1 -> {
                out.write(with);
                out.write(chunk[at]);
            }
            default -> { } // removed
        }
        out.write(chunk, at + 1, chunk.length - at - 1);
        return out.toByteArray();
    }

    private static Read plain(String chunk, Set<String> keep) throws PlainXmlReader.NotPlain, InputException {
        return plain(chunk.getBytes(StandardCharsets.UTF_8), keep);
    }

    private static Read plain(byte[] chunk, Set<String> keep) throws PlainXmlReader.NotPlain, InputException {
        return plain(chunk, keep, ReadLimits.DEFAULT);
    }

    private static Read plain(byte[] chunk, Set<String> keep, ReadLimits limits)
            throws PlainXmlReader.NotPlain, InputException {
        Collected items = new Collected(keep);
        long elements = PlainXmlReader.read(chunk, chunk.length, items, limits, RETURN_DEPTH, FIRST_LINE);
        return new Read(items.items, elements);
    }

    private static Read stax(String chunk, Set<String> keep) throws InputException {
        return stax(chunk.getBytes(StandardCharsets.UTF_8), keep);
    }

    private static Read stax(byte[] chunk, Set<String> keep) throws InputException {
        return stax(chunk, keep, ReadLimits.DEFAULT);
    }

    /** As {@link AxlChunks} has the StAX reader read a chunk: wrapped in an element, decoded strictly. */
    private static Read stax(byte[] chunk, Set<String> keep, ReadLimits limits) throws InputException {
        Collected items = new Collected(keep);
        var wrapped = new SequenceInputStream(java.util.Collections.enumeration(List.of(
                new java.io.ByteArrayInputStream("<chunk>".getBytes(StandardCharsets.US_ASCII)),
                new java.io.ByteArrayInputStream(chunk),
                new java.io.ByteArrayInputStream("</chunk>".getBytes(StandardCharsets.US_ASCII)))));
        var text = new InputStreamReader(wrapped, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        long elements = AxlXmlReader.readChunk(text, "listPhone.xml", items, limits, RETURN_DEPTH, FIRST_LINE);
        return new Read(items.items, elements);
    }

    /** The items read, each with the children {@code keep} names (all when null). */
    private static final class Collected implements AxlXmlReader.Items {
        final List<XmlNode> items = new ArrayList<>();
        final Set<String> keep;

        Collected(Set<String> keep) {
            this.keep = keep;
        }

        @Override
        public Set<String> childrenRead(String itemName) {
            return keep;
        }

        @Override
        public void item(XmlNode item) {
            items.add(item);
        }
    }

    private static Set<String> ignoringCase(String... names) {
        Set<String> set = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        set.addAll(List.of(names));
        return set;
    }
}
