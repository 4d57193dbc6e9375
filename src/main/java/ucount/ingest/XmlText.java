package ucount.ingest;

import ucount.model.Source;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Opens a saved AXL response as text, finding its encoding as the XML specification does (appendix F): a byte-order
 * mark first (UTF-8, UTF-16, UTF-32), then UTF-16 without a mark by its zero bytes, then the encoding its XML
 * declaration names, else UTF-8. Decoding is strict, so a file whose bytes are not in that encoding is named as
 * such rather than read as garbage.
 */
final class XmlText {

    /** {@code <?xml version="1.0" encoding="NAME"?>}, read from the first bytes as ASCII. */
    private static final Pattern DECLARED = Pattern.compile(
            "^\\s*<\\?xml\\s[^>]*?encoding\\s*=\\s*[\"']([^\"']*)[\"']");

    /** The decoded text and how it was decoded. */
    record Opened(Reader reader, Charset charset, String because) {
    }

    private XmlText() {
    }

    static Opened open(InputStream raw, String file, AxlSink out) throws IOException, InputException {
        BufferedInputStream in = raw instanceof BufferedInputStream b ? b : new BufferedInputStream(raw, 1 << 16);
        in.mark(1024);
        byte[] head = in.readNBytes(1024);
        in.reset();
        int b0 = head.length > 0 ? head[0] & 0xFF : -1;
        int b1 = head.length > 1 ? head[1] & 0xFF : -1;
        int b2 = head.length > 2 ? head[2] & 0xFF : -1;
        int b3 = head.length > 3 ? head[3] & 0xFF : -1;
        if (b0 == 0x00 && b1 == 0x00 && b2 == 0xFE && b3 == 0xFF) return opened(in, 4, Charset.forName("UTF-32BE"), "as its byte-order mark says");
        if (b0 == 0xFF && b1 == 0xFE && b2 == 0x00 && b3 == 0x00) return opened(in, 4, Charset.forName("UTF-32LE"), "as its byte-order mark says");
        if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) return opened(in, 3, StandardCharsets.UTF_8, "as its byte-order mark says");
        if (b0 == 0xFF && b1 == 0xFE) return opened(in, 2, StandardCharsets.UTF_16LE, "as its byte-order mark says");
        if (b0 == 0xFE && b1 == 0xFF) return opened(in, 2, StandardCharsets.UTF_16BE, "as its byte-order mark says");
        // UTF-16 without a mark: ASCII characters are one zero byte and one non-zero byte.
        if (b0 > 0 && b1 == 0 && b2 > 0 && b3 == 0) return opened(in, 0, StandardCharsets.UTF_16LE, "as its zero bytes say");
        if (b0 == 0 && b1 > 0 && b2 == 0 && b3 > 0) return opened(in, 0, StandardCharsets.UTF_16BE, "as its zero bytes say");

        Matcher declared = DECLARED.matcher(new String(head, StandardCharsets.ISO_8859_1));
        if (!declared.find()) return opened(in, 0, StandardCharsets.UTF_8, null);
        String name = declared.group(1).trim();
        String family = name.toUpperCase(Locale.ROOT).replace("-", "").replace("_", "");
        if (family.startsWith("UTF16") || family.startsWith("UTF32") || family.startsWith("UCS")) {
            // The declaration was just read as single bytes: the file cannot be in a two- or four-byte encoding.
            out.warn("ENCODING_MISMATCH", "the XML declaration names the encoding " + name + ", but the file is "
                    + "8-bit text: read as UTF-8", new Source(file, 1));
            return opened(in, 0, StandardCharsets.UTF_8, null);
        }
        Charset charset;
        try {
            charset = Charset.isSupported(name) ? Charset.forName(name) : null;
        } catch (IllegalCharsetNameException e) {
            charset = null;
        }
        if (charset == null) {
            throw new InputException(new Source(file, 1), "the XML declaration names the encoding '" + name
                    + "', which ucount cannot read: save the response as UTF-8");
        }
        return opened(in, 0, charset, charset.equals(StandardCharsets.UTF_8) ? null : "as its XML declaration says");
    }

    private static Opened opened(BufferedInputStream in, int skip, Charset charset, String because) throws IOException {
        in.skipNBytes(skip);
        return new Opened(new StrictText(in, charset), charset, because);
    }

    /** The message for bytes that are not in the encoding the file was read in. */
    static InputException undecodable(Opened text, String file, CharacterCodingException e) {
        Source at = e instanceof StrictText.Undecodable u ? new Source(file, u.line()) : Source.of(file);
        if (text == null || text.charset.equals(StandardCharsets.UTF_8) && text.because == null) {
            return TextDecoder.notUtf8(at);
        }
        return new InputException(at, "not valid " + text.charset.name() + " text (" + text.because
                + "): save the export as UTF-8 and run again");
    }
}
