package ucount.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/**
 * Reads the items of one chunk of a large AXL list response ({@link AxlChunks}) straight from its UTF-8 bytes, into
 * the same trees the StAX reader makes ({@link AxlXmlReader#readChunk}), for the part of XML such a response is made
 * of: start and end tags with attributes, and text with the predefined entities and character references. The JDK
 * parser, which decodes the bytes into characters and then handles every construct of XML, costs about half the
 * work of reading a million phones; the bytes of a plain response need little of it.
 *
 * <p>Anything else (a comment, CDATA, a processing instruction, mixed content, a carriage return inside a value, a
 * name that is not ASCII, a limit reached, and any markup that is not well-formed) is {@link NotPlain}, and the chunk
 * is parsed again by the StAX reader, which reads what it can and words what it cannot. So this reader decides no
 * error and words no message: it must only never take what the StAX reader refuses, nor read anything differently
 * ({@code PlainXmlReaderTest} holds the two side by side, construct by construct).
 */
final class PlainXmlReader {

    /** What the text between two tags held, besides white space. */
    private static final int TEXT = 1;
    private static final int ENTITY = 2;
    private static final int NON_ASCII = 4;
    private static final int CARRIAGE_RETURN = 8;

    /** Per byte: {@link #NAME_START} for an ASCII letter and '_', {@link #NAME_PART} for digits, '.' and '-'. */
    private static final byte[] NAME = new byte[256];
    private static final byte NAME_START = 1;
    private static final byte NAME_PART = 2;
    private static final int NAME_SLOTS = 128;

    static {
        for (int c = 0; c < 128; c++) {
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_') NAME[c] = NAME_START;
            else if ((c >= '0' && c <= '9') || c == '.' || c == '-') NAME[c] = NAME_PART;
        }
    }

    /** The chunk is not of the plain shape this reader takes: it is parsed by the StAX reader. */
    static final class NotPlain extends Exception {
        NotPlain(String why) {
            super(why, null, false, false);
        }
    }

    private final byte[] b;
    private final int end;
    private final ReadLimits limits;
    private final ValueCache values = new ValueCache();
    /**
     * The element names met, by their bytes (with the prefix): each one's local name, and whether an item's child of
     * that name is read ({@link #kept}). A response has a few names, each met a million times: a name's String is
     * made, and looked up in the set of names read, once.
     */
    private final byte[][] names = new byte[NAME_SLOTS][];
    private final String[] localNames = new String[NAME_SLOTS];
    private final Set<?>[] keptBy = new Set<?>[NAME_SLOTS];
    private final boolean[] kept = new boolean[NAME_SLOTS];
    /** Per name: its values looked up in {@link #values}, and found there ({@link #worthCaching}). */
    private final int[] valuesAsked = new int[NAME_SLOTS];
    private final int[] valuesFound = new int[NAME_SLOTS];
    /**
     * The children of the elements being read, those of the innermost last: an element's children are gathered here
     * and made one list when it ends, rather than each element growing a list of its own and copying it.
     */
    private XmlNode[] children = new XmlNode[64];
    private int childCount;
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final long firstLine;
    private int p;
    /** Line breaks before {@link #p}. */
    private long lineBreaks;
    private long elements;

    /** The start tag just read: its name's bytes, where its local name starts, xsi:nil, {@code <x/>}, its line. */
    private int tagFrom;
    private int tagTo;
    private int tagLocal;
    private boolean tagNil;
    private boolean tagEmpty;
    private long tagLine;

    private PlainXmlReader(byte[] bytes, int length, ReadLimits limits, long firstLine) {
        this.b = bytes;
        this.end = length;
        this.limits = limits;
        this.firstLine = firstLine;
    }

    /**
     * Reads the items in {@code bytes[0, length)}, the content of a {@code <return>} at {@code returnDepth} whose first
     * byte is on line {@code firstLine}, into {@code items}; the number of elements they held.
     */
    static long read(byte[] bytes, int length, AxlXmlReader.Items items, ReadLimits limits, int returnDepth,
                     long firstLine) throws NotPlain, InputException {
        PlainXmlReader reader = new PlainXmlReader(bytes, length, limits, firstLine);
        reader.items(items, returnDepth + 1);
        return reader.elements;
    }

    private void items(AxlXmlReader.Items items, int depth) throws NotPlain, InputException {
        while (true) {
            if ((text() & TEXT) != 0) throw new NotPlain("text between items");
            if (p == end) return;
            if (p + 1 == end) throw new NotPlain("the chunk ends with '<'");
            if (b[p + 1] == '/' || b[p + 1] == '!' || b[p + 1] == '?') throw new NotPlain("not an item's start tag");
            startTag(depth);
            int slot = nameSlot();
            items.item(element(slot, items.childrenRead(localNames[slot]), depth, true));
        }
    }

    /**
     * The element whose start tag was just read, its name in {@code slot}, to its end tag: as a tree when
     * {@code build} (without the children {@code keep} does not name, when not null), or skipped, and then null.
     */
    private XmlNode element(int slot, Set<String> keep, int depth, boolean build) throws NotPlain {
        String name = build ? localNames[slot] : null; // taken now: a child's name may take its slot
        int from = tagFrom;
        int to = tagTo;
        boolean nil = tagNil;
        long line = tagLine;
        if (tagEmpty) return build ? new XmlNode(name, nil, "", List.of(), line) : null;
        int firstChild = childCount;
        int textFrom = -1;
        int textTo = -1;
        int textFlags = 0;
        long textBytes = 0;
        while (true) {
            int runFrom = p;
            int flags = text();
            if (p + 1 >= end) throw new NotPlain("the chunk ends inside an element");
            textBytes += p - runFrom;
            if (textBytes > limits.maxFieldLength()) throw new NotPlain("a text longer than the limit");
            if ((flags & TEXT) != 0 && build) {
                if (textFrom >= 0) throw new NotPlain("mixed content");
                textFrom = runFrom; // decoded, and so checked, when the element ends
                textTo = p;
                textFlags = flags;
            } else if ((flags & (ENTITY | NON_ASCII)) != 0) {
                decoded(runFrom, p); // text not kept is checked all the same: the StAX reader refuses what is wrong
            }
            byte next = b[p + 1];
            if (next == '/') {
                endTag(from, to);
                if (!build) return null;
                return new XmlNode(name, nil, value(textFrom, textTo, textFlags, slot, name), childrenFrom(firstChild),
                        line);
            }
            if (next == '!' || next == '?') throw new NotPlain("a comment, CDATA or processing instruction");
            startTag(depth + 1);
            int child = build ? nameSlot() : -1;
            boolean read = build && (keep == null || kept(keep, child));
            XmlNode node = element(child, null, depth + 1, read);
            if (read) {
                if (childCount == children.length) children = java.util.Arrays.copyOf(children, childCount * 2);
                children[childCount++] = node;
            }
        }
    }

    /** The children gathered since {@code first}, as the element's list, and taken off {@link #children}. */
    private List<XmlNode> childrenFrom(int first) {
        List<XmlNode> list = switch (childCount - first) {
            case 0 -> List.of();
            case 1 -> List.of(children[first]);
            case 2 -> List.of(children[first], children[first + 1]);
            default -> List.of(java.util.Arrays.copyOfRange(children, first, childCount));
        };
        java.util.Arrays.fill(children, first, childCount, null);
        childCount = first;
        return list;
    }

    /**
     * From {@link #p} to the next {@code <}: text, checked as the StAX reader checks it, and what it held. Line breaks
     * are counted on the way.
     */
    private int text() throws NotPlain {
        if (p < end && b[p] == '<') return 0; // none: one tag right after another, as CUCM writes a response
        if (p < end && b[p] == '\n' && indentation()) return 0;
        int flags = 0;
        while (p < end) {
            if (p + 8 <= end) { // eight bytes at a time, up to the first one that is not a plain character
                long word = CsvTokenizer.eightBytes(b, p);
                // Line feeds, spaces and tabs (the indentation between elements) do not stop it; line feeds are counted
                long lineFeeds = CsvTokenizer.zeroBytes(word ^ 0x0A0A0A0A0A0A0A0AL);
                long blanks = lineFeeds | CsvTokenizer.zeroBytes(word ^ 0x2020202020202020L)
                        | CsvTokenizer.zeroBytes(word ^ 0x0909090909090909L);
                long stop = CsvTokenizer.zeroBytes(word ^ 0x3C3C3C3C3C3C3C3CL) // <
                        | CsvTokenizer.zeroBytes(word ^ 0x2626262626262626L) // &
                        | CsvTokenizer.zeroBytes(word ^ 0x5D5D5D5D5D5D5D5DL) // ]
                        | CsvTokenizer.zeroBytes(word & 0xE0E0E0E0E0E0E0E0L) & ~blanks // other bytes below ' '
                        | (word & 0x8080808080808080L); // past ASCII
                long plain = stop == 0 ? 0x8080808080808080L : ((stop & -stop) - 1) & 0x8080808080808080L;
                if ((~blanks & plain) != 0) flags |= TEXT;
                lineBreaks += CsvTokenizer.markedBytes(lineFeeds & plain);
                if (stop == 0) {
                    p += 8;
                    continue;
                }
                p += CsvTokenizer.firstMarkedByte(stop);
            }
            byte c = b[p];
            if (c > ' ') {
                if (c == '<') return flags;
                if (c == '&') flags |= ENTITY;
                if (c == ']' && p + 2 < end && b[p + 1] == ']' && b[p + 2] == '>') throw new NotPlain("]]> in text");
                flags |= TEXT;
            } else if (c < 0) {
                flags |= TEXT | NON_ASCII;
            } else if (c == '\n') {
                lineBreaks++;
            } else if (c == '\r') {
                lineFeedAfter();
                flags |= CARRIAGE_RETURN;
            } else if (c != ' ' && c != '\t') {
                throw new NotPlain("a control character");
            }
            p++;
        }
        return flags;
    }

    /**
     * At a line feed: when only spaces follow it up to a {@code <}, as between the tags of a response saved
     * indented, goes to that {@code <} and counts the line; otherwise stays, for {@link #text} to read the run.
     */
    private boolean indentation() {
        int q = p + 1;
        while (q + 8 <= end && CsvTokenizer.eightBytes(b, q) == 0x2020202020202020L) q += 8;
        while (q < end && b[q] == ' ') q++;
        if (q == end || b[q] != '<') return false;
        lineBreaks++;
        p = q;
        return true;
    }

    /** At the {@code <} of a start tag: reads it to its {@code >}, into the tag fields. */
    private void startTag(int depth) throws NotPlain {
        if (++elements > limits.maxElements()) throw new NotPlain("more elements than the limit");
        if (depth > limits.maxDepth()) throw new NotPlain("deeper than the limit");
        p++;
        tagFrom = p;
        tagLocal = name();
        tagTo = p;
        tagNil = false;
        int firstAttribute = -1;
        while (true) {
            int spaceFrom = p;
            space();
            if (p == end) throw new NotPlain("the chunk ends inside a tag");
            if (b[p] == '>') {
                p++;
                tagEmpty = false;
                break;
            }
            if (b[p] == '/') {
                if (p + 1 == end || b[p + 1] != '>') throw new NotPlain("a tag is not well-formed");
                p += 2;
                tagEmpty = true;
                break;
            }
            if (p == spaceFrom) throw new NotPlain("no space before an attribute");
            if (firstAttribute < 0) firstAttribute = p;
            attribute(firstAttribute);
        }
        tagLine = firstLine + lineBreaks;
    }

    /** One attribute, {@code name="value"}; a second with the same name is refused, as the StAX reader refuses it. */
    private void attribute(int firstAttribute) throws NotPlain {
        int nameFrom = p;
        int local = name();
        int nameTo = p;
        for (int at = firstAttribute; at < nameFrom; ) { // the attributes before this one: a few, rescanned
            int other = at;
            while (b[at] != '=' && b[at] > ' ') at++;
            if (java.util.Arrays.equals(b, other, at, b, nameFrom, nameTo)) throw new NotPlain("a repeated attribute");
            while (b[at] != '"' && b[at] != '\'') at++;
            byte quote = b[at++];
            while (b[at] != quote) at++;
            at++;
            while (b[at] <= ' ') at++;
        }
        space();
        if (p == end || b[p] != '=') throw new NotPlain("an attribute without a value");
        p++;
        space();
        if (p == end || (b[p] != '"' && b[p] != '\'')) throw new NotPlain("an attribute value without quotes");
        byte quote = b[p++];
        long quotes = (quote & 0xFFL) * 0x0101010101010101L;
        int valueFrom = p;
        while (p < end) {
            if (p + 8 <= end) { // eight bytes at a time (a uuid is 38), up to the first one that is not plain
                long word = CsvTokenizer.eightBytes(b, p);
                long stop = CsvTokenizer.zeroBytes(word ^ quotes)
                        | CsvTokenizer.zeroBytes(word ^ 0x3C3C3C3C3C3C3C3CL) // <
                        | CsvTokenizer.zeroBytes(word ^ 0x2626262626262626L) // &
                        | CsvTokenizer.zeroBytes(word & 0xE0E0E0E0E0E0E0E0L) // below ' ': line breaks, tabs ...
                        | (word & 0x8080808080808080L); // past ASCII
                if (stop == 0) {
                    p += 8;
                    continue;
                }
                p += CsvTokenizer.firstMarkedByte(stop);
            }
            byte c = b[p];
            if (c == quote) break;
            if (c == '\n') lineBreaks++;
            else if (c == '\r') lineFeedAfter();
            else if (c == '<' || c == '&' || c < 0 || (c < ' ' && c != '\t')) {
                throw new NotPlain("an attribute value of more than plain characters");
            }
            p++;
        }
        if (p == end) throw new NotPlain("the chunk ends inside an attribute value");
        int valueTo = p++;
        if (nameTo - local == 3 && b[local] == 'n' && b[local + 1] == 'i' && b[local + 2] == 'l') {
            while (valueFrom < valueTo && b[valueFrom] <= ' ') valueFrom++;
            while (valueTo > valueFrom && b[valueTo - 1] <= ' ') valueTo--;
            tagNil |= valueTo - valueFrom == 4 && b[valueFrom] == 't' && b[valueFrom + 1] == 'r'
                    && b[valueFrom + 2] == 'u' && b[valueFrom + 3] == 'e';
        }
    }

    /** At the {@code </} of the end tag of the element named {@code b[from, to)}: reads it to its {@code >}. */
    private void endTag(int from, int to) throws NotPlain {
        p += 2;
        int length = to - from;
        if (p + length >= end || !sameBytes(b, from, b, p, length)
                || NAME[b[p + length] & 0xFF] != 0 || b[p + length] == ':') {
            throw new NotPlain("an end tag of another name");
        }
        p += length;
        space();
        if (p == end || b[p] != '>') throw new NotPlain("an end tag is not well-formed");
        p++;
    }

    /**
     * A name, with one prefix at most, as the StAX reader wants it even without namespaces ({@code (NCName:)?NCName}),
     * each part of ASCII letters, digits and {@code _.-}, starting with a letter or {@code _}. Returns where its
     * local part starts.
     */
    private int name() throws NotPlain {
        int local = p;
        ncName();
        if (p < end && b[p] == ':') {
            local = ++p;
            ncName();
        }
        if (p < end && (b[p] < 0 || b[p] == ':')) throw new NotPlain("not a plain name");
        return local;
    }

    private void ncName() throws NotPlain {
        if (p == end || NAME[b[p] & 0xFF] != NAME_START) throw new NotPlain("not a plain name");
        p++;
        while (p < end && NAME[b[p] & 0xFF] != 0) p++;
    }

    /** White space in a tag. */
    private void space() throws NotPlain {
        for (; p < end; p++) {
            byte c = b[p];
            if (c == '\n') lineBreaks++;
            else if (c == '\r') lineFeedAfter();
            else if (c != ' ' && c != '\t') return;
        }
    }

    /**
     * At a carriage return, which must be followed by a line feed: one alone is a line break to XML, where the line
     * numbers of the chunks ({@link AxlChunks}) count line feeds only.
     */
    private void lineFeedAfter() throws NotPlain {
        if (p + 1 == end || b[p + 1] != '\n') throw new NotPlain("a carriage return alone");
    }

    /** An element's text, trimmed as the StAX reader trims it: {@code [from, to)} as it is, or decoded. */
    private String value(int from, int to, int flags, int slot, String name) throws NotPlain {
        if (from < 0) return "";
        if ((flags & CARRIAGE_RETURN) != 0) throw new NotPlain("a carriage return in a value");
        if ((flags & (ENTITY | NON_ASCII)) != 0) {
            String value = decoded(from, to).trim();
            return value.length() <= ValueCache.SHARED_LENGTH ? values.get(value) : value;
        }
        while (b[from] <= ' ') from++; // the text holds some byte above ' ' (TEXT)
        while (b[to - 1] <= ' ') to--;
        if (to - from > ValueCache.SHARED_LENGTH || !worthCaching(slot, name)) {
            return new String(b, from, to - from, StandardCharsets.ISO_8859_1);
        }
        String value = values.get(b, from, to);
        if (valuesAsked[slot] < ValueCache.TRIAL && localNames[slot] == name) {
            valuesAsked[slot]++;
            if (values.found()) valuesFound[slot]++;
        }
        return value;
    }

    /**
     * Whether values of elements of this name are looked up in the {@link ValueCache}, as the CSV tokenizer decides
     * per column: a model or a protocol is the same a million times; a device's name or a user's ID is new every
     * time, and looking it up only costs.
     */
    private boolean worthCaching(int slot, String name) {
        if (localNames[slot] != name) return true; // its slot was taken by another name meanwhile
        return ValueCache.worthAsking(valuesAsked[slot], valuesFound[slot]);
    }

    /** Text with bytes past ASCII or references: decoded strictly, and its references replaced. */
    private String decoded(int from, int to) throws NotPlain {
        String text;
        try {
            CharBuffer chars = utf8.reset().decode(ByteBuffer.wrap(b, from, to - from));
            text = chars.toString();
        } catch (CharacterCodingException e) {
            throw new NotPlain("bytes that are not UTF-8");
        }
        if (text.indexOf('\uFFFE') >= 0 || text.indexOf('\uFFFF') >= 0) throw new NotPlain("a non-character");
        int amp = text.indexOf('&');
        if (amp < 0) return text;
        StringBuilder out = new StringBuilder(text.length());
        int at = 0;
        for (; amp >= 0; amp = text.indexOf('&', at)) {
            int semicolon = text.indexOf(';', amp);
            if (semicolon < 0) throw new NotPlain("a reference without ';'");
            out.append(text, at, amp);
            out.appendCodePoint(reference(text.substring(amp + 1, semicolon)));
            at = semicolon + 1;
        }
        return out.append(text, at, text.length()).toString();
    }

    /** The character a reference ({@code amp}, {@code #38}, {@code #x26}) stands for. */
    private static int reference(String name) throws NotPlain {
        switch (name) {
            case "amp": return '&';
            case "lt": return '<';
            case "gt": return '>';
            case "quot": return '"';
            case "apos": return '\'';
            default: break;
        }
        int c;
        try {
            if (name.startsWith("#x")) c = Integer.parseInt(name.substring(2), 16);
            else if (name.startsWith("#")) c = Integer.parseInt(name.substring(1), 10);
            else throw new NotPlain("an entity other than the predefined ones");
        } catch (NumberFormatException e) {
            throw new NotPlain("a character reference that is not a number");
        }
        boolean xmlChar = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
        if (!xmlChar || name.length() > 10 || name.contains("+") || name.contains("-")) {
            throw new NotPlain("a reference to a character XML does not allow");
        }
        return c;
    }

    /** The slot of {@link #names} holding the name of the start tag just read; it replaces another when they meet. */
    private int nameSlot() {
        int length = tagTo - tagFrom;
        int hash = ((length * 31 + b[tagFrom]) * 31 + b[tagFrom + length / 2]) * 31 + b[tagTo - 1];
        int slot = (hash ^ hash >>> 7) & (NAME_SLOTS - 1);
        byte[] name = names[slot];
        if (name == null || name.length != length || !sameBytes(name, 0, b, tagFrom, length)) {
            names[slot] = java.util.Arrays.copyOfRange(b, tagFrom, tagTo);
            localNames[slot] = new String(b, tagLocal, tagTo - tagLocal, StandardCharsets.ISO_8859_1);
            keptBy[slot] = null;
            valuesAsked[slot] = 0;
            valuesFound[slot] = 0;
        }
        return slot;
    }

    /**
     * Whether {@code x} and {@code y} hold the same {@code length} bytes from those places, compared eight at a time:
     * a name of a start or end tag, where {@code Arrays.equals} made three calls a compare under the quick compiler.
     */
    private static boolean sameBytes(byte[] x, int xFrom, byte[] y, int yFrom, int length) {
        int i = 0;
        for (; i + 8 <= length; i += 8) {
            if (CsvTokenizer.eightBytes(x, xFrom + i) != CsvTokenizer.eightBytes(y, yFrom + i)) return false;
        }
        for (; i < length; i++) {
            if (x[xFrom + i] != y[yFrom + i]) return false;
        }
        return true;
    }

    /** Whether an item's child of the name in this slot is read ({@code keep} ignores case: looked up once a name). */
    private boolean kept(Set<String> keep, int slot) {
        if (keptBy[slot] != keep) {
            kept[slot] = keep.contains(localNames[slot]);
            keptBy[slot] = keep;
        }
        return kept[slot];
    }
}
