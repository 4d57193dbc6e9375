package ucount.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import ucount.catalog.Catalog;
import ucount.model.Device;
import ucount.model.EndUser;
import ucount.model.Inventory;
import ucount.model.UserNumbers;
import ucount.pipeline.Pipeline;
import ucount.report.EstimateJson;
import ucount.report.Json;
import ucount.rules.Estimate;
import ucount.rules.RuleOptions;
import ucount.rules.RuleSet;
import ucount.support.AcmeHqAxl;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * R1, R4, R5, R14: the numbers the readers give user IDs join records to their users exactly as their IDs do.
 * An estimate of a numbered inventory is the estimate of the same records looked up by ID, case differences,
 * unknown owners, repeated users and devices included.
 */
class UserNumbersTest {

    @TempDir
    Path dir;

    @Test
    void aNumberedInventory_estimatesLikeTheSameRecordsLookedUpById_R1_R4_R5_R14() throws Exception {
        Inventory numbered = read(List.of(
                file("users.csv", "USER ID,FIRST NAME,LAST NAME,ENABLE MOBILITY,"
                        + "ENABLE USER FOR UNIFIED CM IM AND PRESENCE\n"
                        + "jdoe,Jane,Doe,t,t\n"
                        + "asmith,Al,Smith,f,f\n"
                        + "jdoe,Again,Doe,f,f\n" // a repeated user: the first is kept
                        + "BJones,Bo,Jones,f,t\n"
                        + "bjones,Bo,Jones,f,f\n" // IDs differing only in case: two users
                        + "cwu,Chen,Wu,t,f\n"
                        + "dlee,Dana,Lee,f,f\n"),
                file("phones.csv", "Device Name,Device Type,Owner User ID,Device Protocol\n"
                        + "SEP000000000001,Cisco 8845,jdoe,SIP\n"
                        + "SEP000000000002,Cisco 7841,ASMITH,SIP\n" // taken as asmith, with a warning
                        + "SEP000000000003,Cisco 7841,bJones,SIP\n" // two users differ in case: unknown
                        + "SEP000000000004,Cisco 8845,ghost,SIP\n" // no such user
                        + "SEP000000000005,Cisco 7841,,SIP\n" // no owner
                        + "sep000000000001,Cisco 7841,cwu,SIP\n" // a repeated device: left out
                        + "CSFJDOE,Cisco Unified Client Services Framework,jdoe,SIP\n"
                        + "SEP000000000006,Cisco 7841,cwu,SIP\n"),
                file("rdps.csv", "Remote Destination Profile Name,User ID\n"
                        + "RDP_CWU,cwu\nRDP_GHOST,ghost\nRDP_AS,Asmith\nRDP_NONE,\n"),
                // The first of the user columns that names one: the second for UDP_JDOE, the first for UDP_DLEE.
                file("profiles.csv", "Device Profile Name,Device Type,User ID,Login UserID\n"
                        + "UDP_JDOE,Cisco 8845,,jdoe\nUDP_DLEE,Cisco 8845,DLEE,cwu\nUDP_NOBODY,Cisco 8845,,\n")));
        assertNotNull(numbered.userNumbers(), "a CSV read numbers its records");
        String expected = estimateJson(unnumbered(numbered));
        assertEquals(expected, estimateJson(numbered));
        for (String code : List.of("DUPLICATE_USER", "USER_ID_CASE", "OWNER_CASE", "UNKNOWN_OWNER", "UNKNOWN_USER",
                "DUPLICATE_DEVICE")) {
            assertEquals(true, expected.contains(code), "the fixture covers " + code);
        }
    }

    @ParameterizedTest
    @EnumSource(AcmeHqAxl.Variant.class)
    void anAxlReadInChunks_numbersItsRecords_andEstimatesLikeTheSameRecordsLookedUpById_R1(AcmeHqAxl.Variant variant)
            throws Exception {
        AcmeHqAxl.write(dir, variant);
        List<InputFile> files = InputFile.expand(List.of(dir.toString()), () -> null);
        Inventory numbered = read(files);
        assertNotNull(numbered.userNumbers(), variant + ": an AXL read numbers its records");
        assertEquals(estimateJson(unnumbered(numbered)), estimateJson(numbered), variant.toString());
    }

    @Test
    void eachRecordsNumber_isTheNumberOfTheUserWithItsIdExactly_andNoneWhenItNamesNoOne() throws Exception {
        StringBuilder users = new StringBuilder("USER ID,FIRST NAME,LAST NAME\n");
        StringBuilder phones = new StringBuilder("Device Name,Device Type,Owner User ID,Device Protocol\n");
        for (int u = 0; u < 500; u++) users.append("user").append(u).append(",First,Last\n");
        for (int d = 0; d < 1500; d++) {
            String owner = d % 10 == 0 ? "" : d % 10 == 1 ? "USER" + d % 500 : "user" + (d * 7) % 500;
            phones.append(String.format("SEP%012X,Cisco 8845,%s,SIP%n", d, owner));
        }
        Inventory inventory = read(List.of(file("phones.csv", phones.toString()),
                file("users.csv", users.toString())));
        UserNumbers numbers = inventory.userNumbers();
        Map<String, Integer> numberOf = new HashMap<>();
        List<EndUser> read = inventory.users();
        for (int i = 0; i < read.size(); i++) assertNull(numberOf.put(read.get(i).userId(), numbers.users()[i]));
        assertEquals(500, numberOf.values().stream().distinct().count(), "a number each");
        List<Device> devices = inventory.devices();
        for (int i = 0; i < devices.size(); i++) {
            String owner = devices.get(i).ownerUserId();
            int number = numbers.owners()[i];
            if (owner.isEmpty()) {
                assertEquals(UserNumbers.NONE, number, devices.get(i).name());
            } else if (owner.startsWith("USER")) {
                assertEquals(false, numberOf.containsValue(number), "no user is " + owner + " exactly");
            } else {
                assertEquals(numberOf.get(owner), number, devices.get(i).name());
            }
        }
    }

    @Test
    void anInventoryWithAUserAddedWithoutANumber_isNotNumbered() throws Exception {
        InventoryBuilder builder = new InventoryBuilder("c");
        builder.add(new EndUser("jdoe", null, null, null, null, null, null, null, List.of(), List.of(), null));
        assertNull(builder.build().userNumbers(), "a user without a number: every ID is looked up");
    }

    /** The same records, not numbered: every user ID looked up. */
    private static Inventory unnumbered(Inventory numbered) {
        return new Inventory(numbered.cluster(), numbered.users(), numbered.devices(), numbered.profiles(),
                numbered.remoteDestinationProfiles(), numbered.usersExported(), numbered.inputs(),
                numbered.warnings());
    }

    private Inventory read(List<InputFile> files) throws Exception {
        try (Workers workers = new Workers(2, 64)) { // chunks of a few records (CSV and XML), made on two threads
            return ExportReader.readOnce("c", files, ReadOptions.DEFAULT, workers, true);
        }
    }

    private InputFile file(String name, String text) throws Exception {
        return new InputFile(name, Files.writeString(dir.resolve(name), text), null);
    }

    private static String estimateJson(Inventory inventory) throws Exception {
        Estimate estimate = Pipeline.estimate(List.of(inventory), Catalog.builtIn(),
                RuleOptions.defaults(RuleSet.ELM));
        StringWriter out = new StringWriter();
        Json.write(EstimateJson.toJson(estimate), out);
        return out.toString();
    }
}
