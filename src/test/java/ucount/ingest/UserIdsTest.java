package ucount.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ucount.model.Device;
import ucount.model.EndUser;
import ucount.model.Inventory;
import ucount.model.UserNumbers;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One String per user ID in a cluster, whether the IDs come one at a time or a chunk's column at once. */
class UserIdsTest {

    @TempDir
    Path dir;

    @Test
    void internAll_givesEachIdTheFirstStringReadForIt_andLeavesTheOtherColumnsAlone() {
        UserIds ids = new UserIds();
        String first = ids.of(new String("jdoe"));
        // Two columns, the IDs in the second (stride 2, from 1); an empty and a missing ID stay as they are.
        String[] values = {"SEP1", new String("jdoe"), "SEP2", new String("asmith"), "SEP3", "", "SEP4", null,
                "SEP5", new String("asmith"), "SEP6", new String("jdoe")};
        int[] numbers = new int[6];
        ids.internAll(values, 1, 2, 6, false, numbers);
        assertSame(first, values[1]);
        assertSame(first, values[11]);
        assertSame(values[3], values[9], "an ID new to the cluster: its first String from then on");
        assertSame(values[3], ids.of(new String("asmith")));
        assertEquals("", values[5]);
        assertNull(values[7]);
        assertEquals(List.of("SEP1", "SEP2", "SEP3", "SEP4", "SEP5", "SEP6"),
                List.of(values[0], values[2], values[4], values[6], values[8], values[10]));
        // Each ID one number, whichever way it came; none for an empty or missing ID.
        assertEquals(ids.number("jdoe"), numbers[0]);
        assertEquals(numbers[0], numbers[5]);
        assertEquals(numbers[1], numbers[4]);
        assertEquals(ids.number(new String("asmith")), numbers[1]);
        assertNotEquals(numbers[0], numbers[1]);
        assertEquals(List.of(UserNumbers.NONE, UserNumbers.NONE), List.of(numbers[2], numbers[3]));
        assertEquals(UserNumbers.NONE, ids.number(""));
        assertTrue(numbers[0] < ids.numbers() && numbers[1] < ids.numbers());
    }

    @Test
    void numbers_areDistinctForDistinctIds_exactly_andBelowTheCount() {
        UserIds ids = new UserIds();
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        String[] values = new String[5000];
        for (int u = 0; u < values.length; u++) values[u] = "user" + u;
        int[] numbers = new int[values.length];
        ids.internAll(values, 0, 1, values.length, true, numbers);
        for (int number : numbers) {
            assertTrue(seen.add(number), "numbered twice: " + number);
            assertTrue(number >= 0 && number < ids.numbers(), "out of range: " + number);
        }
        assertEquals(numbers[42], ids.number("user42"));
        assertNotEquals(numbers[42], ids.number("USER42"), "exact: IDs differing in case are two IDs");
    }

    @Test
    void userRecordsIds_areCounted_soThatARepeatedIdOrACapitalIsKnown() {
        UserIds ids = new UserIds();
        ids.of("owner"); // an owner's ID is no user record
        ids.internAll(new String[]{"jdoe", "asmith", "owner"}, 0, 1, 3, true, new int[3]);
        assertEquals(0, ids.repeatedUserIds());
        assertEquals(true, ids.allLowerCase());
        ids.internAll(new String[]{new String("asmith"), "bjones", new String("asmith")}, 0, 1, 3, true, new int[3]);
        assertEquals(2, ids.repeatedUserIds(), "asmith: three records, two after the first");
        ids.of("JDoe");
        assertEquals(false, ids.allLowerCase());
    }

    @Test
    void userRecordsCountedAfterThousandsOfOwnersIds_areCountedAll() {
        UserIds ids = new UserIds();
        String[] owners = new String[20_000];
        for (int u = 0; u < owners.length; u++) owners[u] = "user" + u;
        ids.internAll(owners, 0, 1, owners.length, false, new int[owners.length]); // the phones chunks came first
        String[] users = {"user19999", "user0", new String("user19999"), "newcomer"};
        ids.internAll(users, 0, 1, users.length, true, new int[users.length]);
        assertEquals(1, ids.repeatedUserIds(), "user19999: two records");
    }

    /** A users export with the columns the rules read, so that the only warnings are about the IDs. */
    private static final String USERS_HEADER = "USER ID,FIRST NAME,LAST NAME,ENABLE MOBILITY,"
            + "ENABLE USER FOR UNIFIED CM IM AND PRESENCE\n";

    @Test
    void aUsersExport_withARepeatedIdAndIdsDifferingInCase_isCheckedAsUserByUser() throws Exception {
        Path users = Files.writeString(dir.resolve("users.csv"), USERS_HEADER
                + "jdoe,Jane,Doe,f,f\nasmith,Al,Smith,f,f\njdoe,Again,Doe,f,f\nASmith,Al,Smith,f,f\n"
                + "bjones,Bo,Jones,f,f\n");
        Inventory inventory;
        try (Workers workers = new Workers(2, 64)) {
            inventory = ExportReader.readOnce("c", List.of(new InputFile("users.csv", users, null)),
                    ReadOptions.DEFAULT, workers, true);
        }
        assertEquals(List.of("jdoe", "asmith", "ASmith", "bjones"),
                inventory.users().stream().map(EndUser::userId).toList());
        assertEquals(List.of("DUPLICATE_USER users.csv:4", "USER_ID_CASE users.csv:5"), inventory.warnings().stream()
                .map(w -> w.code() + " " + w.source()).toList());
    }

    @Test
    void aUsersExportOfDistinctLowerCaseIds_isTakenAsRead() throws Exception {
        StringBuilder csv = new StringBuilder(USERS_HEADER);
        for (int u = 0; u < 2000; u++) csv.append("user").append(u).append(",First,Last,f,f\n");
        Path users = Files.writeString(dir.resolve("users.csv"), csv);
        Inventory inventory;
        try (Workers workers = new Workers(2, 1024)) {
            inventory = ExportReader.readOnce("c", List.of(new InputFile("users.csv", users, null)),
                    ReadOptions.DEFAULT, workers, true);
        }
        assertEquals(2000, inventory.users().size());
        assertEquals("user1999", inventory.users().get(1999).userId());
        assertEquals(List.of(), inventory.warnings());
    }

    @Test
    void aLargePhonesExportReadInChunks_namesEachOwnerByTheUsersOwnString() throws Exception {
        StringBuilder phones = new StringBuilder("Device Name,Device Type,Owner User ID,Device Protocol\n");
        StringBuilder users = new StringBuilder("USER ID,FIRST NAME,LAST NAME\n");
        for (int u = 0; u < 3000; u++) users.append("user").append(u).append(",First,Last\n");
        for (int d = 0; d < 9000; d++) {
            phones.append(String.format("SEP%012X,Cisco 8845,user%d,SIP%n", d, (d * 7) % 3000));
        }
        Path phonesFile = Files.writeString(dir.resolve("phones.csv"), phones);
        Path usersFile = Files.writeString(dir.resolve("users.csv"), users);
        Inventory inventory;
        try (Workers workers = new Workers(2, 4096)) { // a hundred chunks, read two at a time
            inventory = ExportReader.readOnce("c", List.of(new InputFile("phones.csv", phonesFile, null),
                    new InputFile("users.csv", usersFile, null)), ReadOptions.DEFAULT, workers, true);
        }
        Map<String, EndUser> byId = new HashMap<>();
        for (EndUser user : inventory.users()) byId.put(user.userId(), user);
        assertEquals(3000, byId.size());
        assertEquals(9000, inventory.devices().size());
        for (Device device : inventory.devices()) {
            assertSame(byId.get(device.ownerUserId()).userId(), device.ownerUserId(), device.name());
        }
    }
}
