package ucount.cli;

import ucount.support.Cli;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import ucount.model.LicenseType;
import ucount.report.Json;
import ucount.support.Golden;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code ucount request}: the License Migration Request (R27), previewed and written, shaped and refused (R28). */
class RequestCommandTest {

    static final String NAME = "UnifiedCM-migrate-20250314-093000";

    /** Everything a written request needs, for Cisco's scenario 1. */
    static final List<String> COMPLETE = List.of("--installed-dlu", "6000", "--from-version", "7.1(3)",
            "--to-version", "9.1(2)", "--mac", "00:0c:29:ab:12:cd", "--contract", "91234567", "--case", "612345678",
            "--cisco-id", "jdoe", "--company", "Acme Corp");

    static Cli.Result run(List<String> first, String... rest) {
        List<String> args = new ArrayList<>(List.of("request"));
        args.addAll(first);
        args.addAll(List.of(rest));
        return Cli.run(args.toArray(String[]::new));
    }

    @Test
    void dryRunJsonForAcmeHq() throws Exception {
        Cli.Result run = Cli.run("request", "--dry-run", "--format", "json", "--installed-dlu", "1000",
                "samples/acme-hq");
        assertEquals(0, run.exit(), run.err());
        Golden.assertMatches("request/acme-hq-dry-run-installed-1000.json", run.out());
        JsonNode root = Json.MAPPER.readTree(run.out());
        // R25 = the estimate of EXPECTED.md (64 licenses, 22 ENHANCED); R26: (1000 - 446) / 6 = 92 more ENHANCED
        assertEquals(64, sum(root.get("required")));
        assertEquals(22 + 92, root.get("requested").get("ENHANCED").asInt());
        assertEquals(12, root.get("publicSpacePhones").asInt());
        assertEquals(6, root.get("missing").size());
    }

    @Test
    void dryRunTextAndCsvForAcmeHq() throws Exception {
        Cli.Result text = Cli.run("request", "--dry-run", "--installed-dlu", "1000", "--from-version", "8.6(2)",
                "--require", "CUWL_STANDARD=10", "--require", "ENHANCED_PLUS=8", "samples/acme-hq");
        assertEquals(0, text.exit(), text.err());
        Golden.assertMatches("request/acme-hq-dry-run-shaped.txt", text.out());
        Cli.Result csv = Cli.run("request", "--dry-run", "--format", "csv", "--installed-dlu", "1000",
                "samples/acme-hq");
        assertEquals(0, csv.exit(), csv.err());
        Golden.assertMatches("request/acme-hq-license-usage.csv", csv.out());
    }

    @Test
    void r25_r26_r27_ciscoWorkedExample(@TempDir Path dir) throws Exception {
        CiscoScenario.write(dir);
        Cli.Result run = Cli.run("request", "--dry-run", "--format", "json", "--installed-dlu", "6000", dir.toString());
        assertEquals(0, run.exit(), run.err());
        JsonNode root = Json.MAPPER.readTree(run.out());
        assertEquals("Unified CM", root.get("product").asText());
        assertEquals(3200, root.get("usedDlu").asInt());
        assertEquals(6000, root.get("installedDlu").asInt());
        assertEquals(2800, root.get("unusedDlu").asInt());
        JsonNode requested = root.get("requested");
        assertEquals(List.of("ESSENTIAL", "BASIC", "ENHANCED", "ENHANCED_PLUS", "CUWL_STANDARD", "CUWL_PROFESSIONAL",
                "TELEPRESENCE_ROOM"), fieldNames(requested));
        assertEquals(1266, requested.get("ENHANCED").asInt());
        assertEquals(1266, sum(requested));
        assertEquals(466, root.get("extraEnhanced").asInt());
        assertEquals(NAME, root.get("name").asText());
    }

    @Test
    void controlCharactersInAValueLeaveRequestXmlWellFormed(@TempDir Path dir) throws Exception {
        Path exports = Files.createDirectory(dir.resolve("exports"));
        CiscoScenario.write(exports);
        List<String> options = new ArrayList<>(COMPLETE);
        options.set(options.indexOf("Acme Corp"), "Acme\u001b[31m Corp");
        Path out = Files.createDirectory(dir.resolve("out"));
        Cli.Result run = run(options, "-o", out.toString(), exports.toString());
        assertEquals(0, run.exit(), run.err());
        String xml = Files.readString(out.resolve(NAME).resolve("request.xml"));
        validate(xml);
        assertTrue(xml.contains("Acme\uFFFD[31m Corp"), xml);
    }

    @Test
    void writesTheFolderWithXmlValidAgainstTheSchemaJsonAndUsageCsv(@TempDir Path dir) throws Exception {
        Path exports = Files.createDirectory(dir.resolve("exports"));
        CiscoScenario.write(exports);
        Path out = Files.createDirectory(dir.resolve("out"));
        Cli.Result run = run(COMPLETE, "-o", out.toString(), exports.toString());
        assertEquals(0, run.exit(), run.err());
        Path folder = out.resolve(NAME);
        assertEquals("Wrote " + folder + " (request.xml, request.json, license-usage.csv): 1266 licenses "
                + "requested\n", run.out());
        assertEquals(List.of(NAME), list(out));
        assertEquals(List.of("license-usage.csv", "request.json", "request.xml"), list(folder));

        String xml = Files.readString(folder.resolve("request.xml"));
        validate(xml);
        Golden.assertMatches("request/cisco-scenario-1/request.xml", xml);
        Golden.assertMatches("request/cisco-scenario-1/license-usage.csv",
                Files.readString(folder.resolve("license-usage.csv")));

        String json = Files.readString(folder.resolve("request.json"));
        Cli.Result dryRun = run(COMPLETE, "--dry-run", "--format", "json", exports.toString());
        assertEquals(dryRun.out(), json);
        assertSameContent(xml, Json.MAPPER.readTree(json));
    }

    @Test
    void aRequestFolderInsideAnExportFolderIsRefused_theNextRunWouldReadItsCsvAsAnExport(@TempDir Path dir)
            throws Exception {
        Path exports = CiscoScenario.write(Files.createDirectory(dir.resolve("exports")));
        Cli.Result run = run(COMPLETE, "-o", exports.toString(), exports.toString());
        assertEquals(2, run.exit());
        assertEquals("", run.out());
        assertEquals("ucount: the request " + exports.resolve(NAME) + " would be inside the export folder " + exports
                + ", where the next run would read its .csv and .xml as exports; write it elsewhere with -o\n",
                run.err());
        assertEquals(List.of(), list(exports).stream().filter(f -> f.startsWith("UnifiedCM")).toList());
        // A zip is no export: it may go there, by --zip or by its name.
        assertEquals(0, run(COMPLETE, "--zip", "-o", exports.toString(), exports.toString()).exit());
        Cli.Result named = run(COMPLETE, "-o", exports.resolve("request.zip").toString(), exports.toString());
        assertEquals(0, named.exit(), named.toString());
        assertTrue(Files.exists(exports.resolve("request.zip")));
    }

    @Test
    void writesAZip(@TempDir Path dir) throws Exception {
        Path exports = CiscoScenario.write(Files.createDirectory(dir.resolve("exports")));
        Cli.Result run = run(COMPLETE, "--zip", "-o", dir.toString(), exports.toString());
        assertEquals(0, run.exit(), run.err());
        Path zip = dir.resolve(NAME + ".zip");
        List<String> entries = new ArrayList<>();
        String xml = null;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.add(e.getName());
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                if (e.getName().endsWith("request.xml")) xml = text;
            }
        }
        assertEquals(List.of(NAME + "/request.xml", NAME + "/request.json", NAME + "/license-usage.csv"), entries);
        validate(xml);
        Golden.assertMatches("request/cisco-scenario-1/request.xml", xml);
    }

    @Test
    void schemaRejectsWhatItShould() throws Exception {
        String good = Files.readString(Path.of("src/test/resources/golden/request/cisco-scenario-1/request.xml"));
        validate(good);
        for (String bad : List.of(good.replace("000C29AB12CD", "000c29ab12cd"),
                good.replace("fromVersion=\"7.1(3)\"", "fromVersion=\"seven\""),
                good.replace("<serviceContract>91234567</serviceContract>",
                        "<serviceContract>91234567</serviceContract><salesOrder>1</salesOrder>"),
                good.replaceFirst("<license type=\"ESSENTIAL\"[^>]*/>", ""))) {
            assertThrows(SAXException.class, () -> validate(bad));
        }
    }

    @Test
    void writtenRequestNeedsTheRequiredOptions(@TempDir Path dir) throws Exception {
        Cli.Result run = Cli.run("request", "--installed-dlu", "6000", "--mac", "000C29AB12CD", "-o", dir.toString(),
                "samples/acme-hq");
        assertEquals(2, run.exit());
        assertEquals("", run.out());
        assertEquals("ucount: a written request needs --from-version, --to-version, --contract or --sales-order, "
                + "--cisco-id, --company (--dry-run previews it without them)\n", run.err());
        assertEquals(List.of(), list(dir));
    }

    @Test
    void malformedValuesAreUsageErrorsNamingTheOption() {
        assertUsageError("ucount: --mac: '00:0c:29' is not a MAC address (12 hexadecimal digits, e.g. 000C29AB12CD "
                + "or 00:0c:29:ab:12:cd)", "--mac", "00:0c:29");
        assertUsageError("ucount: --from-version: '9.1(1)' is not a pre-9.x version (DLU licensing is CUCM 5.x to "
                + "8.x, e.g. 7.1(3))", "--from-version", "9.1(1)");
        assertUsageError("ucount: give --contract (the upgrade came through a service contract) or --sales-order "
                + "(it was purchased), not both", "--contract", "1", "--sales-order", "2");
        assertUsageError("ucount: --require takes TYPE=N, e.g. CUWL_STANDARD=40, not 'CUWL'", "--require", "CUWL");
        assertUsageError("ucount: --require GOLD=1: unknown license type 'GOLD' (expected one of ESSENTIAL, BASIC, "
                + "ENHANCED, ENHANCED_PLUS, CUWL_STANDARD, CUWL_PROFESSIONAL, TELEPRESENCE_ROOM)",
                "--require", "GOLD=1");
        assertUsageError("ucount: --require ENHANCED=-1: the count must be a whole number from 0 to 10000000, not "
                + "'-1'",
                "--require", "ENHANCED=-1");
        assertUsageError("ucount: --require CUWL_STANDARD=2147483647: the count must be a whole number from 0 to "
                + "10000000, not '2147483647'", "--require", "CUWL_STANDARD=2147483647");
        assertUsageError("ucount: --require gives ENHANCED twice", "--require", "ENHANCED=1", "--require",
                "enhanced=2"); // summed with others, it overflowed
        assertUsageError("ucount: --dry-run writes nothing: drop -o and --zip", "--dry-run", "--zip");
    }

    private static void assertUsageError(String message, String... options) {
        List<String> args = new ArrayList<>(List.of(options));
        args.add("samples/acme-hq");
        Cli.Result run = run(List.of(), args.toArray(String[]::new));
        assertEquals(2, run.exit(), run.err());
        assertEquals("", run.out());
        assertEquals(message + "\n", run.err());
    }

    @Test
    void neverReplacesAnExistingRequest(@TempDir Path dir) throws Exception {
        Path exports = CiscoScenario.write(Files.createDirectory(dir.resolve("exports")));
        Path existing = Files.createDirectory(dir.resolve(NAME));
        Files.writeString(existing.resolve("mine.txt"), "keep");
        Cli.Result run = run(COMPLETE, "-o", dir.toString(), exports.toString());
        assertEquals(2, run.exit());
        assertEquals("ucount: " + existing + " already exists; ucount never replaces a request (name another with "
                + "-o)\n", run.err());
        assertEquals(List.of("mine.txt"), list(existing));
    }

    @Test
    void aFolderThatDoesNotExist_isNotTakenForTheRequestsName(@TempDir Path dir) throws Exception {
        Path exports = CiscoScenario.write(Files.createDirectory(dir.resolve("exports")));
        String missing = dir.resolve("requests") + "/";
        Cli.Result run = run(COMPLETE, "-o", missing, exports.toString());
        assertEquals(2, run.exit());
        assertEquals("ucount: -o " + missing + ": no such folder (create it first, or name the request's own path)\n",
                run.err());
        assertEquals(List.of("exports"), list(dir));
        String file = Files.writeString(dir.resolve("notes.txt"), "x") + "/";
        Cli.Result notFolder = run(COMPLETE, "-o", file, exports.toString());
        assertEquals(2, notFolder.exit());
        assertEquals("ucount: -o " + file + ": not a folder\n", notFolder.err());
    }

    @Test
    void r28_shapedMixCoveringTheRequirementIsWritten(@TempDir Path dir) throws Exception {
        Path exports = CiscoScenario.write(Files.createDirectory(dir.resolve("exports")));
        Cli.Result run = run(COMPLETE, "--dry-run", "--format", "json", "--require", "enhanced=466",
                "--require", "cuwl-standard=800", exports.toString());
        assertEquals(0, run.exit(), run.err());
        JsonNode root = Json.MAPPER.readTree(run.out());
        assertEquals(466, root.get("requested").get("ENHANCED").asInt());
        assertEquals(800, root.get("requested").get("CUWL_STANDARD").asInt());
        assertEquals(List.of("ENHANCED", "CUWL_STANDARD"), strings(root.get("shaped")));
    }

    @Test
    void r28_mixThatDoesNotCoverIsRefusedWithTheShortfall(@TempDir Path dir) throws Exception {
        Path exports = CiscoScenario.write(Files.createDirectory(dir.resolve("exports")));
        Path out = Files.createDirectory(dir.resolve("out"));
        Cli.Result run = run(COMPLETE, "--require", "ENHANCED=700", "--require", "CUWL_STANDARD=50", "-o",
                out.toString(), exports.toString());
        assertEquals(4, run.exit());
        assertEquals("", run.out());
        assertEquals("ucount: the requested licenses do not cover the requirement (R28, R30): ENHANCED short by 50 "
                + "(required 800, requested 700, 50 met by higher tiers)\n", run.err());
        assertEquals(List.of(), list(out));
        Cli.Result dryRun = run(COMPLETE, "--dry-run", "--require", "ENHANCED=0", exports.toString());
        assertEquals(4, dryRun.exit());
        assertEquals("", dryRun.out());
        assertEquals("ucount: the requested licenses do not cover the requirement (R28, R30): ENHANCED short by 800 "
                + "(required 800, requested 0)\n", dryRun.err());
    }

    /** request.xml against the shipped schema, loaded here on its own with external access disabled. */
    static void validate(String xml) throws IOException, SAXException {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        Schema schema = factory.newSchema(Path.of("src/main/resources/ucount/migration/request.xsd").toFile());
        var validator = schema.newValidator();
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        validator.validate(new StreamSource(new StringReader(xml)));
    }

    /** The numbers and names of request.xml are those of request.json. */
    private static void assertSameContent(String xml, JsonNode json) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        Element root = doc.getDocumentElement();
        assertEquals(json.get("name").asText(), root.getAttribute("name"));
        assertEquals(json.get("created").asText(), root.getAttribute("created"));
        Element product = first(root, "product");
        assertEquals(json.get("product").asText(), product.getAttribute("type"));
        assertEquals(json.get("fromVersion").asText(), product.getAttribute("fromVersion"));
        assertEquals(json.get("toVersion").asText(), product.getAttribute("toVersion"));
        Element pre = first(root, "preUpgrade");
        for (String field : List.of("usedDlu", "installedDlu", "unusedDlu", "deviceDlu", "userFeatureDlu")) {
            assertEquals(json.get(field).asText(), pre.getAttribute(field), field);
        }
        NodeList licenses = root.getElementsByTagNameNS("*", "license");
        assertEquals(LicenseType.values().length, licenses.getLength());
        for (int i = 0; i < licenses.getLength(); i++) {
            Element license = (Element) licenses.item(i);
            String type = license.getAttribute("type");
            assertEquals(json.get("requested").get(type).asText(), license.getAttribute("requested"), type);
            assertEquals(json.get("required").get(type).asText(), license.getAttribute("required"), type);
        }
        assertEquals(json.get("publicSpacePhones").asText(), first(root, "publicSpacePhones").getTextContent());
        assertEquals(strings(json.get("serverMacAddresses")), texts(root, "macAddress"));
        assertEquals(strings(json.get("caseNumbers")), texts(root, "caseNumber"));
        assertEquals(strings(json.get("contractNumbers")), texts(root, "serviceContract"));
        Element requester = first(root, "requester");
        assertEquals(json.get("ciscoId").asText(), requester.getAttribute("ciscoId"));
        assertEquals(json.get("company").asText(), requester.getAttribute("company"));
    }

    private static Element first(Element root, String name) {
        return (Element) root.getElementsByTagNameNS("*", name).item(0);
    }

    private static List<String> texts(Element root, String name) {
        NodeList nodes = root.getElementsByTagNameNS("*", name);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) texts.add(nodes.item(i).getTextContent());
        return texts;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static int sum(JsonNode totals) {
        int sum = 0;
        for (JsonNode v : totals) sum += v.asInt();
        return sum;
    }

    private static List<String> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void helpTeaches() {
        Cli.Result run = Cli.run("request", "--help");
        assertEquals(0, run.exit());
        assertTrue(run.out().contains("ucount request --dry-run --installed-dlu 6000 exports/"), run.out());
        assertFalse(run.out().isEmpty());
    }
}
