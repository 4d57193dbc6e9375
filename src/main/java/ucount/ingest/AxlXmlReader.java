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

    /** Texts up to this long go through the {@link ValueCache}: a million phones name a few models and protocols. */
    private static final int SHARED_VALUE_LENGTH = 32;

    private final XMLStreamReader xml;
    private final ValueCache values = new ValueCache();
    private final String file;
    private final InventoryBuilder out;

    private AxlXmlReader(XMLStreamReader xml, String file, InventoryBuilder out) {
        this.xml = xml;
        this.file = file;
        this.out = out;
    }

    static void read(InputStream in, String file, InventoryBuilder out) throws InputException {
        XMLStreamReader xml = null;
        try {
            // Decoded here, strictly, rather than by the parser, which prints decoding errors on standard error.
            xml = SecureXml.inputFactory().createXMLStreamReader(TextDecoder.open(in));
            new AxlXmlReader(xml, file, out).document();
        } catch (XMLStreamException e) {
            throw malformed(e, file, xml);
        } catch (java.io.IOException e) {
            throw new InputException(Source.of(file), "cannot read: " + e.getMessage());
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
        if (!nextChild()) throw new InputException(new Source(file, 1), "XML without any element: not an AXL response");
        String root = name();
        if (root.equals("Envelope")) {
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
        } else if (root.equals("Fault") || root.endsWith("Response")) {
            response();
        } else {
            throw new InputException(here(), "not an AXL response: the document element is <" + root
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
        if (name.equals("Fault")) throw fault(readNode());
        String op = name.endsWith("Response") ? name.substring(0, name.length() - "Response".length()) : name;
        if (!OPERATIONS.contains(op)) {
            throw new InputException(at, "AXL <" + name + "> is not a response ucount reads (it reads "
                    + String.join(", ", OPERATIONS.stream().sorted().toList()) + ")");
        }
        if (op.endsWith("User")) out.usersExported();
        AxlItems items = new AxlItems(file, op, out.axl(), out);
        while (nextChild()) {
            if (!name().equals("return")) {
                skip();
                continue;
            }
            while (nextChild()) items.item(readNode());
        }
        items.finish();
    }

    private InputException fault(XmlNode fault) {
        XmlNode detail = fault.child("detail");
        XmlNode error = detail == null ? null : detail.child("axlError");
        String faultString = fault.value("faultstring");
        Source source = new Source(file, fault.line());
        if (error != null) {
            String message = error.value("axlmessage");
            if (message == null || message.isEmpty()) message = faultString;
            return new InputException(source, "a saved AXL fault, not a response: axlcode " + error.value("axlcode")
                    + ": " + message);
        }
        return new InputException(source, "a saved SOAP fault, not a response: " + faultString);
    }

    // ---- stream navigation ----------------------------------------------------------------------------------

    private int step() throws XMLStreamException, InputException {
        int event = xml.next();
        if (event == XMLStreamConstants.DTD) {
            throw new InputException(here(), "the file has a DOCTYPE: refused (DTDs and entities are a security risk, "
                    + "XXE and entity expansion, and AXL responses never carry one)");
        }
        return event;
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

    /** From a start element to its end. */
    private void skip() throws XMLStreamException, InputException {
        int depth = 1;
        while (depth > 0) {
            int event = step();
            if (event == XMLStreamConstants.START_ELEMENT) depth++;
            else if (event == XMLStreamConstants.END_ELEMENT) depth--;
        }
    }

    /** The element at the cursor, whole, as a small tree (used for one item at a time). */
    private XmlNode readNode() throws XMLStreamException, InputException {
        String name = name();
        long line = xml.getLocation().getLineNumber();
        boolean nil = false;
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            if (SecureXml.localName(xml.getAttributeLocalName(i)).equals("nil")
                    && "true".equals(xml.getAttributeValue(i).trim())) {
                nil = true;
            }
        }
        List<XmlNode> children = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        while (true) {
            int event = step();
            if (event == XMLStreamConstants.START_ELEMENT) {
                children.add(readNode());
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                text.append(xml.getText());
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                String value = text.toString().trim();
                return new XmlNode(name, nil, value.length() <= SHARED_VALUE_LENGTH ? values.get(value) : value,
                        children, line);
            }
        }
    }

    private String name() {
        return SecureXml.localName(xml.getLocalName());
    }

    private Source here() {
        return new Source(file, Math.max(xml.getLocation().getLineNumber(), 1));
    }

    private static InputException malformed(XMLStreamException e, String file, XMLStreamReader xml) {
        Location location = e.getLocation() != null ? e.getLocation() : xml == null ? null : xml.getLocation();
        long line = location == null ? 0 : Math.max(location.getLineNumber(), 0);
        if (e.getNestedException() instanceof java.nio.charset.CharacterCodingException) {
            return TextDecoder.notUtf8(Source.of(file)); // decoding runs ahead of the parser: no exact line
        }
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        int at = message.indexOf("Message: ");
        if (at >= 0) message = message.substring(at + "Message: ".length());
        Source source = new Source(file, line);
        return new InputException(source, "malformed XML: " + message.trim(), e);
    }
}
