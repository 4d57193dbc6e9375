package ucount.report;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import org.xml.sax.SAXException;
import ucount.migration.DluUsage;
import ucount.migration.MigrationPlan;
import ucount.migration.MigrationRequest;
import ucount.migration.ModelDlu;
import ucount.migration.RequestDetails;
import ucount.migration.UserFeatures;
import ucount.model.LicenseType;
import ucount.report.xml.RequestDocument;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.time.format.DateTimeFormatter;

/**
 * request.xml of a License Migration Request (R27), marshalled with JAXB and validated against the shipped schema
 * {@value #SCHEMA_RESOURCE} as it is written: a request that does not match the schema is never written.
 */
public final class RequestXml {

    public static final String SCHEMA_RESOURCE = "/ucount/migration/request.xsd";

    private RequestXml() {
    }

    /** Writes a complete request; throws IllegalStateException for an incomplete one (a preview). */
    public static void write(MigrationRequest request, Writer out) throws IOException {
        if (!request.complete()) {
            throw new IllegalStateException("an incomplete request has no request.xml: missing " + request.missing());
        }
        try {
            Marshaller marshaller = Holder.CONTEXT.createMarshaller();
            marshaller.setProperty(Marshaller.JAXB_FORMATTED_OUTPUT, true);
            marshaller.setProperty(Marshaller.JAXB_ENCODING, "UTF-8");
            marshaller.setSchema(Holder.SCHEMA);
            Writer xml = new SafeText(out, SafeText.XML); // an export's control characters would make it unreadable
            marshaller.marshal(document(request), xml);
            xml.write("\n");
            xml.flush();
        } catch (JAXBException e) {
            throw new IllegalStateException("request.xml does not match " + SCHEMA_RESOURCE + ": " + e, e);
        }
    }

    static RequestDocument document(MigrationRequest request) {
        MigrationPlan plan = request.plan();
        DluUsage dlu = plan.dlu();
        RequestDetails details = request.details();
        RequestDocument doc = new RequestDocument();
        doc.name = request.name();
        doc.created = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(request.created());

        doc.generator = new RequestDocument.Generator();
        doc.generator.tool = Version.TOOL;
        doc.generator.version = Version.version();

        doc.product = new RequestDocument.Product();
        doc.product.type = request.product();
        doc.product.fromVersion = details.fromVersion();
        doc.product.toVersion = details.toVersion();

        RequestDocument.PreUpgrade pre = new RequestDocument.PreUpgrade();
        pre.usedDlu = dlu.usedDlu();
        pre.installedDlu = dlu.installedDlu();
        pre.unusedDlu = dlu.unusedDlu();
        pre.deviceDlu = dlu.deviceDlu();
        pre.userFeatureDlu = dlu.userFeatureDlu();
        for (ModelDlu m : dlu.byModel()) {
            RequestDocument.Model model = new RequestDocument.Model();
            model.name = m.model();
            model.devices = m.devices();
            model.adjunct = m.adjunct();
            model.dluEach = m.dluEach();
            model.dlu = m.dlu();
            model.confidence = m.confidence();
            pre.models.add(model);
        }
        UserFeatures f = dlu.userFeatures();
        pre.userFeatures = new RequestDocument.UserFeatures();
        pre.userFeatures.mobilityUsers = f.mobilityUsers();
        pre.userFeatures.mobilityDlu = f.mobilityDlu();
        pre.userFeatures.presenceUsers = f.presenceUsers();
        pre.userFeatures.presenceDlu = f.presenceDlu();
        dlu.clusters().forEach(c -> {
            RequestDocument.Cluster cluster = new RequestDocument.Cluster();
            cluster.name = c.name();
            cluster.devices = c.devices().size();
            cluster.usedDlu = c.usedDlu();
            pre.clusters.add(cluster);
        });
        doc.preUpgrade = pre;

        RequestDocument.RequestedLicenses requested = new RequestDocument.RequestedLicenses();
        requested.ruleSet = plan.ruleSet().id();
        requested.dluPerEnhanced = plan.dluPerEnhanced();
        requested.extraEnhanced = plan.extraEnhanced();
        for (LicenseType type : LicenseType.values()) {
            RequestDocument.License license = new RequestDocument.License();
            license.type = type.name();
            license.required = plan.required().get(type);
            license.requested = plan.requested().get(type);
            license.shaped = plan.shaped().contains(type);
            requested.licenses.add(license);
        }
        doc.requestedLicenses = requested;

        doc.publicSpacePhones = request.publicSpacePhones();
        doc.caseNumbers.values.addAll(details.caseNumbers());
        doc.serverMacAddresses.values.addAll(details.macAddresses());
        doc.entitlement.serviceContracts.addAll(details.contractNumbers());
        doc.entitlement.salesOrders.addAll(details.salesOrderNumbers());
        doc.requester = new RequestDocument.Requester();
        doc.requester.ciscoId = details.ciscoId();
        doc.requester.company = details.company();
        return doc;
    }

    /** Built on first use, so commands that write no XML never load JAXB. */
    private static final class Holder {
        static final JAXBContext CONTEXT = context();
        static final Schema SCHEMA = loadSchema();

        private static JAXBContext context() {
            try {
                return JAXBContext.newInstance(RequestDocument.class);
            } catch (JAXBException e) {
                throw new IllegalStateException("cannot bind request.xml: " + e, e);
            }
        }

        private static Schema loadSchema() {
            try (InputStream in = RequestXml.class.getResourceAsStream(SCHEMA_RESOURCE)) {
                if (in == null) throw new IllegalStateException("missing resource " + SCHEMA_RESOURCE);
                SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
                factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
                factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
                return factory.newSchema(new StreamSource(in, SCHEMA_RESOURCE));
            } catch (IOException | SAXException e) {
                throw new IllegalStateException("cannot load " + SCHEMA_RESOURCE + ": " + e, e);
            }
        }
    }
}
