package ucount.axl;

import ucount.ingest.SecureXml;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * What a pull needs to know of a response before saving it: whether it is a fault, how many items its
 * {@code return} holds (to page), and one child value per item (user IDs for getUser, names to spot a server that
 * ignores paging). Parsed with the same DTD-refusing parser as saved files.
 */
record SoapResponse(int items, List<String> keys, String faultCode, String faultMessage, List<String> columns) {

    boolean isFault() {
        return faultMessage != null;
    }

    /**
     * @param keyElement the item child whose text is collected ({@code userid}, {@code name}); null for none
     */
    static SoapResponse parse(byte[] body, String keyElement) throws XMLStreamException {
        // Decoded here rather than by the parser, which prints "[Fatal Error] ..." on standard error before it
        // throws for bytes that are not UTF-8 (CUCM answers in UTF-8).
        String decoded;
        try {
            decoded = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new XMLStreamException("the answer is not UTF-8 text");
        }
        if (decoded.startsWith("\uFEFF")) decoded = decoded.substring(1);
        XMLStreamReader xml = SecureXml.inputFactory().createXMLStreamReader(new StringReader(decoded));
        try {
            int depthOfReturn = -1;
            int depth = 0;
            int items = 0;
            List<String> keys = new ArrayList<>();
            List<String> columns = new ArrayList<>();
            boolean inFault = false;
            String faultString = null;
            String axlCode = null;
            String axlMessage = null;
            String current = null;
            StringBuilder text = new StringBuilder();
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.DTD) throw new XMLStreamException("a DOCTYPE in an AXL response");
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    String name = SecureXml.localName(xml.getLocalName());
                    text.setLength(0);
                    current = name;
                    if (name.equals("Fault")) inFault = true;
                    if (name.equals("return") && depthOfReturn == -1 && !inFault) depthOfReturn = depth;
                    else if (depthOfReturn > 0 && depth == depthOfReturn + 1) items++;
                    else if (depthOfReturn > 0 && depth == depthOfReturn + 2 && items == 1) columns.add(name);
                } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                    text.append(xml.getText());
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    String name = SecureXml.localName(xml.getLocalName());
                    String value = text.toString().trim();
                    if (inFault) {
                        switch (name) {
                            case "faultstring" -> faultString = value;
                            case "axlcode" -> axlCode = value;
                            case "axlmessage" -> axlMessage = value;
                            default -> { }
                        }
                    } else if (depthOfReturn > 0 && depth == depthOfReturn + 2 && name.equals(keyElement)
                            && name.equals(current)) {
                        keys.add(value);
                    }
                    if (depth == depthOfReturn) depthOfReturn = -2; // one return only
                    text.setLength(0);
                    depth--;
                }
            }
            String message = axlMessage != null && !axlMessage.isEmpty() ? axlMessage : faultString;
            if (inFault && message == null) message = "(no message)";
            // An answer is a fault or has its <return> (empty when nothing matched): anything else is no AXL answer,
            // which must not be taken for an empty list.
            if (!inFault && depthOfReturn == -1) throw new XMLStreamException("no <return> in the answer");
            return new SoapResponse(items, keys, axlCode, inFault ? message : null, columns);
        } finally {
            xml.close();
        }
    }
}
