package ucount.ingest;

import ucount.model.Source;

import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads one saved AXL SOAP response (formats.md section 2) as a stream: {@code Envelope/Body/<op>Response/return/
 * <item>*}, one item at a time, so memory holds one item however large the file. Names are matched on local names
 * (any prefix, any namespace, AXL 8.0 to 15.0). A saved fault is an input error showing its axlcode and message;
 * a DOCTYPE is refused (no DTD, no entity is ever processed).
 */
final class AxlXmlReader {

    static final Set<String> OPERATIONS = Set.of("listPhone", "getPhone", "listUser", "getUser", "listDeviceProfile",
            "getDeviceProfile", "listRemoteDestinationProfile", "getRemoteDestinationProfile", "executeSQLQuery");

    private final XMLStreamReader xml;
    private final ValueCache values = new ValueCache();
    private final String file;
    private final AxlSink out;
    private final ReadLimits limits;
    private long elements;
    private int depth;
    /** Added to the parser's line numbers: a chunk's first line in the document, less one. */
    private long lineOffset;
    /** The items of a large response, parsed in chunks, to be taken where its {@code <return>} opens. */
    private AxlChunks middle;
    /** {@link #kept}: the names looked up so far, and in which set. */
    private final java.util.Map<String, Boolean> keptNames = new java.util.HashMap<>();
    private Set<String> keptFrom;

    /** Where the items of a chunk go, as trees: a response's {@link AxlItems} (a test's list). */
    interface Items {
        /** The children of an item of that (local) name to read; null for all of them. */
        Set<String> childrenRead(String itemName);

        void item(XmlNode item) throws InputException;
    }

    /** {@code out} is null for a chunk, whose items go to an {@link Items}. */
    private AxlXmlReader(XMLStreamReader xml, String file, AxlSink out, ReadLimits limits) {
        this.xml = xml;
        this.file = file;
        this.out = out;
        this.limits = limits;
    }

    /** Reads a response straight into a cluster's inventory, on the thread that builds it. */
    static void read(InputStream in, String file, InventoryBuilder out) throws InputException {
        read(in, file, AxlSink.into(out));
    }

    static void read(InputStream in, String file, AxlSink out) throws InputException {
        read(in, file, out, null);
    }

    /**
     * Reads the head and tail of a response whose items are parsed in chunks, taking the chunks' items where its
     * {@code <return>} opens. Any failure, an error in the document or a chunk that did not parse, is
     * {@link AxlChunks.Failed}: the line numbers of the tail are not the document's, and the error must be the one a
     * sequential read meets.
     */
    static void read(AxlChunks chunks, String file, AxlSink out) {
        try {
            read(chunks.headAndTail(), file, out, chunks);
        } catch (AxlChunks.Failed e) {
            throw e;
        } catch (InputException | RuntimeException e) {
            throw chunks.failed(e.getMessage(), e);
        }
    }

    /**
     * Parses one chunk of a response's items ({@link AxlChunks}): the content of one wrapping element, which stands
     * where {@code <return>} is, at that depth, from that line on. The number of elements the items held.
     */
    static long readChunk(java.io.Reader text, String file, Items items, ReadLimits limits, int returnDepth,
                          long firstLine) throws InputException {
        XMLStreamReader xml = null;
        try {
            xml = SecureXml.streamingFactory(limits.maxDepth()).createXMLStreamReader(text);
            AxlXmlReader reader = new AxlXmlReader(xml, file, null, limits);
            reader.lineOffset = firstLine - 1;
            reader.depth = returnDepth - 1;
            if (!reader.nextChild()) throw new InputException(reader.here(), "no chunk");
            reader.elements = 0;
            while (reader.nextChild()) items.item(reader.readNode(items.childrenRead(reader.name())));
            while (xml.hasNext()) reader.step();
            return reader.elements;
        } catch (XMLStreamException e) {
            throw malformed(e, file, xml, null);
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException ignored) {
                    // the failure is what counts
                }
            }
        }
    }

    private static void read(InputStream in, String file, AxlSink out, AxlChunks chunks) throws InputException {
        XMLStreamReader xml = null;
        XmlText.Opened text = null;
        try {
            // Decoded here, strictly, rather than by the parser, which prints decoding errors on standard error.
            text = XmlText.open(in, file, out);
            xml = SecureXml.streamingFactory(out.limits().maxDepth()).createXMLStreamReader(text.reader());
            AxlXmlReader reader = new AxlXmlReader(xml, file, out, out.limits());
            reader.middle = chunks;
            reader.document();
            if (reader.middle != null) throw chunks.failed("its <return> was not where the items are", null);
        } catch (XMLStreamException e) {
            throw malformed(e, file, xml, text);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw XmlText.undecodable(text, file, e);
        } catch (java.io.IOException e) {
            throw InputException.cannotRead(file, e);
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException ignored) {
                    // closing a reader that failed: the failure is what the user sees
                }
            }
        }
    }

    private void document() throws XMLStreamException, InputException {
        boolean found;
        try {
            found = nextChild();
        } catch (XMLStreamException e) {
            if (!String.valueOf(e.getMessage()).contains("Premature end of file")) throw e;
            found = false;
        }
        if (!found) throw new InputException(here(), "XML without any element: not an AXL response");
        String rootName = name();
        if (rootName.equalsIgnoreCase("html")) throw htmlPage();
        if (rootName.equals("Envelope")) {
            boolean body = false;
            while (nextChild()) {
                if (!body && name().equals("Body")) {
                    body = true;
                    body();
                } else {
                    skip();
                }
            }
            if (!body) throw new InputException(here(), "SOAP envelope without a Body: not an AXL response");
        } else if (rootName.equals("Fault") || rootName.endsWith("Response")) {
            response();
        } else {
            throw new InputException(here(), "not an AXL response: the document element is <" + rootName
                    + "> (expected a SOAP Envelope holding an AXL <...Response>)");
        }
        while (xml.hasNext()) step(); // the rest must still be well-formed: a truncated save is an error
    }

    private void body() throws XMLStreamException, InputException {
        if (!nextChild()) throw new InputException(here(), "empty SOAP Body: not an AXL response");
        response();
        while (nextChild()) skip();
    }

    private void response() throws XMLStreamException, InputException {
        String name = name();
        Source at = here();
        if (name.equals("Fault")) throw fault(readNode(null));
        String op = name.endsWith("Response") ? name.substring(0, name.length() - "Response".length()) : name;
        if (!OPERATIONS.contains(op)) {
            throw new InputException(at, "AXL <" + name + "> is not a response ucount reads (it reads "
                    + String.join(", ", OPERATIONS.stream().sorted().toList()) + ")");
        }
        if (op.endsWith("User")) out.usersExported();
        AxlItems items = new AxlItems(file, op, out);
        while (nextChild()) {
            if (!name().equals("return")) {
                skip();
                continue;
            }
            if (middle != null) takeMiddle(items, op);
            while (nextChild()) items.item(readNode(items.childrenRead(name())));
        }
        items.finish();
    }

    /** At the {@code <return>} a chunked read was cut at: the chunks' items, as if they had been read here. */
    private void takeMiddle(AxlItems items, String op) {
        AxlChunks chunks = middle;
        middle = null;
        if (depth != chunks.depth || !op.equals(chunks.op)) {
            throw chunks.failed("its <return> is not that of the " + chunks.op + " response", null);
        }
        elements += chunks.replayInto(out, items, limits.maxElements() - elements);
    }

    private InputException fault(XmlNode fault) {
        XmlNode detail = fault.child("detail");
        XmlNode error = detail == null ? null : detail.child("axlError");
        String faultString = fault.value("faultstring");
        Source source = new Source(file, fault.line());
        String reason = error == null ? null : error.value("axlmessage");
        if (reason == null || reason.isEmpty()) reason = faultString;
        if (reason == null || reason.isEmpty()) reason = "(the fault gives no reason)";
        if (error == null) return new InputException(source, "a saved SOAP fault, not a response: " + reason);
        String code = error.value("axlcode");
        return new InputException(source, "a saved AXL fault, not a response: "
                + (code == null || code.isEmpty() ? "" : "axlcode " + code + ": ") + reason);
    }

    private InputException htmlPage() {
        return new InputException(here(), "an HTML page, not an AXL response (a login or error page saved in its "
                + "place?)");
    }

    // ---- stream navigation ----------------------------------------------------------------------------------

    /** The next event; every element is counted against the limits here, before it is looked at. */
    private int step() throws XMLStreamException, InputException {
        int event = parse();
        if (event == XMLStreamConstants.START_ELEMENT) {
            if (++elements > limits.maxElements()) throw limits.tooManyElements(here());
            if (++depth > limits.maxDepth()) throw limits.tooDeep(here());
        } else if (event == XMLStreamConstants.END_ELEMENT) {
            depth--;
        } else if (event == XMLStreamConstants.DTD) {
            if (xml.getText().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT).startsWith("<!doctype html")) {
                throw htmlPage();
            }
            throw doctype();
        }
        return event;
    }

    /**
     * The parser's next event. The JDK parser has failed on broken input with runtime exceptions of its own (a
     * malformed DOCTYPE: MissingResourceException for its message key InvalidCharInDTD): they are input errors too.
     */
    private int parse() throws XMLStreamException, InputException {
        try {
            return xml.next();
        } catch (java.util.MissingResourceException e) {
            if (String.valueOf(e.getKey()).contains("DTD")) throw doctype();
            throw new InputException(here(), "malformed XML: " + e.getKey());
        } catch (RuntimeException e) {
            throw new InputException(here(), "malformed XML: the XML parser failed (" + e + ")");
        }
    }

    private InputException doctype() {
        return new InputException(here(), "the file has a DOCTYPE: refused (DTDs and entities are a security risk, "
                + "XXE and entity expansion, and AXL responses never carry one)");
    }

    /** Moves to the next child element of the current element: true at its start, false at the parent's end. */
    private boolean nextChild() throws XMLStreamException, InputException {
        while (xml.hasNext()) {
            int event = step();
            if (event == XMLStreamConstants.START_ELEMENT) return true;
            if (event == XMLStreamConstants.END_ELEMENT || event == XMLStreamConstants.END_DOCUMENT) return false;
        }
        return false;
    }

    /**
     * From a start element to its end, keeping nothing. Text inside is held to the same limit as text that is kept,
     * run by run (text between two tags is in one element).
     */
    private void skip() throws XMLStreamException, InputException {
        int depth = 1;
        long run = 0;
        long line = xml.getLocation().getLineNumber() + lineOffset;
        while (depth > 0) {
            int event = step();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                run = 0;
                line = xml.getLocation().getLineNumber() + lineOffset;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                run = 0;
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                run += xml.getTextLength();
                if (run > limits.maxFieldLength()) throw limits.textTooLong(new Source(file, line));
            }
        }
    }

    /**
     * The element at the cursor as a small tree (used for one item at a time): whole, or without the children whose
     * names {@code keep} does not hold (case-insensitively), which are skipped unread.
     */
    private XmlNode readNode(Set<String> keep) throws XMLStreamException, InputException {
        String name = name();
        long line = xml.getLocation().getLineNumber() + lineOffset;
        boolean nil = false;
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            if (SecureXml.localName(xml.getAttributeLocalName(i)).equals("nil")
                    && "true".equals(xml.getAttributeValue(i).trim())) {
                nil = true;
            }
        }
        List<XmlNode> children = List.of();
        // The element's own text, trimmed at the end: white space before the first other character is never kept
        // (the indentation between an item's children), and one piece of text needs no builder.
        String first = null;
        StringBuilder more = null;
        long length = 0;
        while (true) {
            int event = step();
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (keep != null && !kept(keep, xml.getLocalName())) {
                    skip();
                    continue;
                }
                if (children.isEmpty()) children = new ArrayList<>();
                children.add(readNode(null));
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                int count = xml.getTextLength();
                length += count;
                if (length > limits.maxFieldLength()) throw limits.textTooLong(new Source(file, line));
                char[] chars = xml.getTextCharacters();
                int start = xml.getTextStart();
                if (first == null && blank(chars, start, count)) continue;
                if (first == null) {
                    first = new String(chars, start, count);
                } else {
                    if (more == null) more = new StringBuilder(first);
                    more.append(chars, start, count);
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                String value = more != null ? more.toString().trim() : first != null ? first.trim() : "";
                return new XmlNode(name, nil, value.length() <= ValueCache.SHARED_LENGTH ? values.get(value) : value,
                        children, line);
            }
        }
    }

    /**
     * Whether an item's child of this name is read. The parser gives the few names of a response as the same
     * Strings again and again: each is looked up in {@code keep} (case-insensitively, a few comparisons) once.
     */
    private boolean kept(Set<String> keep, String rawName) {
        if (keep != keptFrom) {
            keptNames.clear();
            keptFrom = keep;
        }
        Boolean kept = keptNames.get(rawName);
        if (kept == null) {
            kept = keep.contains(SecureXml.localName(rawName));
            keptNames.put(rawName, kept);
        }
        return kept;
    }

    /** Whether text is all white space as {@link String#trim} sees it (characters up to U+0020). */
    private static boolean blank(char[] chars, int start, int count) {
        for (int i = start; i < start + count; i++) {
            if (chars[i] > ' ') return false;
        }
        return true;
    }

    private String name() {
        return SecureXml.localName(xml.getLocalName());
    }

    private Source here() {
        return new Source(file, Math.max(xml.getLocation().getLineNumber() + lineOffset, 1));
    }

    private static InputException malformed(XMLStreamException e, String file, XMLStreamReader xml,
                                            XmlText.Opened text) {
        Location location = e.getLocation() != null ? e.getLocation() : xml == null ? null : xml.getLocation();
        long line = location == null ? 0 : Math.max(location.getLineNumber(), 0);
        if (e.getNestedException() instanceof java.nio.charset.CharacterCodingException coding) {
            return XmlText.undecodable(text, file, coding); // decoding runs ahead of the parser: no exact line
        }
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        int at = message.indexOf("Message: ");
        if (at >= 0) message = message.substring(at + "Message: ".length());
        message = message.trim();
        if (message.startsWith("XML document structures must start and end within the same entity")) {
            message = "the document ends before its elements are closed (a file cut short?)";
        }
        Source source = new Source(file, line);
        return new InputException(source, "malformed XML: " + message, e);
    }
}
