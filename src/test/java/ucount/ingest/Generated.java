package ucount.ingest;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;

/**
 * The large hostile inputs of the manifest ({@code gen:NAME} rows), made at test time rather than committed: files
 * in a temporary folder, or a stream produced as it is read (a gigabyte-class response that is never on disk).
 */
final class Generated {

    static final Set<String> NAMES = Set.of("csv-100mb-field", "csv-60000-fields", "xml-100mb-text",
            "xml-100000-deep", "xml-1gb-elements-stdin");

    /** One generated input: a file, or standard input ({@code -}). */
    record Input(Path file, InputStream stdin) {
    }

    static final String PHONES_HEADER = "Device Name,Description,Device Type,Owner User ID,Device Protocol,"
            + "Directory Number 1\r\n";

    private static final String ENVELOPE = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\">\n"
            + "<soapenv:Body>\n"
            + "<ns:listPhoneResponse xmlns:ns=\"http://www.cisco.com/AXL/API/12.5\">\n"
            + "<return>\n";
    private static final String END = "</return>\n</ns:listPhoneResponse>\n</soapenv:Body>\n</soapenv:Envelope>\n";

    private Generated() {
    }

    static Input make(String name, Path dir) throws IOException {
        return switch (name) {
            // line 2: a Description of 100 MB (a spreadsheet cell pasted full, or a damaged file)
            case "csv-100mb-field" -> file(dir.resolve("huge-field.csv"), out -> {
                write(out, PHONES_HEADER + "SEP000000000001,\"");
                repeat(out, 'x', 100L << 20);
                write(out, "\",Cisco 8865,jdoe,SIP,1001\r\n");
            });
            // line 2: a row of 60 000 fields under a 6-column header
            case "csv-60000-fields" -> file(dir.resolve("many-fields.csv"), out -> {
                write(out, PHONES_HEADER + "SEP000000000001,Desk,Cisco 8865,jdoe,SIP,1001");
                for (int i = 6; i < 60_000; i++) write(out, ",f");
                write(out, "\r\n");
            });
            // line 6: a phone whose <description> holds 100 MB of text
            case "xml-100mb-text" -> file(dir.resolve("huge-text.xml"), out -> {
                write(out, ENVELOPE + "<phone><name>SEP000000000001</name><description>");
                repeat(out, 'x', 100L << 20);
                write(out, "</description><model>Cisco 8865</model><ownerUserName/></phone>\n" + END);
            });
            // line 6: a phone; lines 7..100006: 100 000 elements nested in it, one per line (depth 101 on line 102)
            case "xml-100000-deep" -> file(dir.resolve("deep.xml"), out -> {
                write(out, ENVELOPE + "<phone><name>SEP000000000001</name>\n");
                for (int i = 0; i < 100_000; i++) write(out, "<vendorConfig>\n");
                for (int i = 0; i < 100_000; i++) write(out, "</vendorConfig>");
                write(out, "</phone>\n" + END);
            });
            // a gigabyte of empty elements in the SOAP header, one per line from line 2, piped to "ucount -"
            case "xml-1gb-elements-stdin" -> new Input(null, new RepeatingStream(
                    "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Header>\n",
                    "<x/>\n", 1L << 30));
            default -> throw new IllegalArgumentException("no generator " + name);
        };
    }

    @FunctionalInterface
    private interface Writer {
        void write(OutputStream out) throws IOException;
    }

    private static Input file(Path path, Writer writer) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(path), 1 << 16)) {
            writer.write(out);
        }
        return new Input(path, null);
    }

    private static void write(OutputStream out, String s) throws IOException {
        out.write(s.getBytes(StandardCharsets.UTF_8));
    }

    private static void repeat(OutputStream out, char c, long count) throws IOException {
        byte[] chunk = new byte[1 << 16];
        Arrays.fill(chunk, (byte) c);
        for (long left = count; left > 0; left -= chunk.length) out.write(chunk, 0, (int) Math.min(chunk.length, left));
    }

    /** A head, then one unit over and over until {@code size} bytes: made as it is read, never held. */
    static final class RepeatingStream extends InputStream {
        private final byte[] head;
        private final byte[] unit;
        private final long size;
        private long position;

        RepeatingStream(String head, String unit, long size) {
            this.head = head.getBytes(StandardCharsets.UTF_8);
            this.unit = unit.getBytes(StandardCharsets.UTF_8);
            this.size = size;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (position >= size) return -1;
            int n = (int) Math.min(len, size - position);
            for (int i = 0; i < n; i++, position++) {
                b[off + i] = position < head.length ? head[(int) position]
                        : unit[(int) ((position - head.length) % unit.length)];
            }
            return n;
        }
    }
}
