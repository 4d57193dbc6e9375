package ucount.report.xml;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

import java.util.ArrayList;
import java.util.List;

/** {@code <licenseMigrationRequest>}: the root of request.xml, in the element order of request.xsd. */
@XmlRootElement(name = "licenseMigrationRequest")
@XmlType(propOrder = {"generator", "product", "preUpgrade", "requestedLicenses", "publicSpacePhones", "caseNumbers",
        "serverMacAddresses", "entitlement", "requester"})
public class RequestDocument {

    public static final String NAMESPACE = "urn:ucount:license-migration-request:1";

    @XmlAttribute(required = true)
    public String name;
    @XmlAttribute(required = true)
    public String created;

    public Generator generator;
    public Product product;
    public PreUpgrade preUpgrade;
    public RequestedLicenses requestedLicenses;
    public int publicSpacePhones;
    public CaseNumbers caseNumbers = new CaseNumbers();
    public ServerMacAddresses serverMacAddresses = new ServerMacAddresses();
    public Entitlement entitlement = new Entitlement();
    public Requester requester;

    public static class Generator {
        @XmlAttribute(required = true)
        public String tool;
        @XmlAttribute(required = true)
        public String version;
    }

    public static class Product {
        @XmlAttribute(required = true)
        public String type;
        @XmlAttribute(required = true)
        public String fromVersion;
        @XmlAttribute(required = true)
        public String toVersion;
    }

    @XmlType(propOrder = {"models", "userFeatures", "clusters"})
    public static class PreUpgrade {
        @XmlAttribute(required = true)
        public int usedDlu;
        @XmlAttribute(required = true)
        public int installedDlu;
        @XmlAttribute(required = true)
        public int unusedDlu;
        @XmlAttribute(required = true)
        public int deviceDlu;
        @XmlAttribute(required = true)
        public int userFeatureDlu;
        @XmlElement(name = "model")
        public List<Model> models = new ArrayList<>();
        public UserFeatures userFeatures;
        @XmlElement(name = "cluster")
        public List<Cluster> clusters = new ArrayList<>();
    }

    public static class Model {
        @XmlAttribute(required = true)
        public String name;
        @XmlAttribute(required = true)
        public int devices;
        @XmlAttribute(required = true)
        public int adjunct;
        @XmlAttribute(required = true)
        public int dluEach;
        @XmlAttribute(required = true)
        public int dlu;
        @XmlAttribute(required = true)
        public String confidence;
    }

    public static class UserFeatures {
        @XmlAttribute(required = true)
        public int mobilityUsers;
        @XmlAttribute(required = true)
        public int mobilityDlu;
        @XmlAttribute(required = true)
        public int presenceUsers;
        @XmlAttribute(required = true)
        public int presenceDlu;
    }

    public static class Cluster {
        @XmlAttribute(required = true)
        public String name;
        @XmlAttribute(required = true)
        public int devices;
        @XmlAttribute(required = true)
        public int usedDlu;
    }

    public static class RequestedLicenses {
        @XmlAttribute(required = true)
        public String ruleSet;
        @XmlAttribute(required = true)
        public int dluPerEnhanced;
        @XmlAttribute(required = true)
        public int extraEnhanced;
        @XmlElement(name = "license")
        public List<License> licenses = new ArrayList<>();
    }

    public static class License {
        @XmlAttribute(required = true)
        public String type;
        @XmlAttribute(required = true)
        public int required;
        @XmlAttribute(required = true)
        public int requested;
        @XmlAttribute(required = true)
        public boolean shaped;
    }

    public static class CaseNumbers {
        @XmlElement(name = "caseNumber")
        public List<String> values = new ArrayList<>();
    }

    public static class ServerMacAddresses {
        @XmlElement(name = "macAddress")
        public List<String> values = new ArrayList<>();
    }

    /** One of the two lists is filled: a service contract or a purchase (R27). */
    @XmlType(propOrder = {"serviceContracts", "salesOrders"})
    public static class Entitlement {
        @XmlElement(name = "serviceContract")
        public List<String> serviceContracts = new ArrayList<>();
        @XmlElement(name = "salesOrder")
        public List<String> salesOrders = new ArrayList<>();
    }

    public static class Requester {
        @XmlAttribute(required = true)
        public String ciscoId;
        @XmlAttribute(required = true)
        public String company;
    }
}
