/**
 * JAXB binding of request.xml, the License Migration Request (R27), against
 * {@code ucount/migration/request.xsd}. Plain field classes: the values come from {@code ucount.migration}.
 */
@XmlSchema(namespace = RequestDocument.NAMESPACE, elementFormDefault = XmlNsForm.QUALIFIED,
        xmlns = @XmlNs(prefix = "", namespaceURI = RequestDocument.NAMESPACE))
@XmlAccessorType(XmlAccessType.FIELD)
package ucount.report.xml;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlNs;
import jakarta.xml.bind.annotation.XmlNsForm;
import jakarta.xml.bind.annotation.XmlSchema;
