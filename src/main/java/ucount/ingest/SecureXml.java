package ucount.ingest;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;

/**
 * The one way ucount parses XML: the JDK's streaming parser with DTDs and external entities off (formats.md
 * section 2, "never resolve DTDs or external entities"). A document that still carries a DOCTYPE is refused by the
 * readers when the parser reports it, so neither an XXE nor an entity-expansion ("billion laughs") file gets further
 * than its first line. Namespace processing is off: AXL is matched on local names, whatever the prefixes.
 */
public final class SecureXml {

    private SecureXml() {
    }

    public static XMLInputFactory inputFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return factory;
    }

    /**
     * A factory for reading exports of any size: text comes in chunks (not coalesced), so that the reader can refuse
     * an over-long value before it is whole in memory, and the JDK refuses elements nested deeper than
     * {@code maxDepth} (the reader counts too, with a clearer message; this is the backstop).
     */
    public static XMLInputFactory streamingFactory(int maxDepth) {
        XMLInputFactory factory = inputFactory();
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        jdkLimit(factory, "maxElementDepth", maxDepth + 1);
        return factory;
    }

    /** A JDK XML processing limit (jdk.xml.*); parsers other than the JDK's may not know it. */
    private static void jdkLimit(XMLInputFactory factory, String name, int value) {
        try {
            factory.setProperty("jdk.xml." + name, String.valueOf(value));
        } catch (IllegalArgumentException e) {
            // not the JDK's parser: the readers' own checks still apply
        }
    }

    /** An element or attribute name without its prefix: {@code soapenv:Envelope} and {@code SOAP-ENV:Envelope} are {@code Envelope}. */
    public static String localName(String name) {
        int colon = name.lastIndexOf(':');
        return colon < 0 ? name : name.substring(colon + 1);
    }
}
