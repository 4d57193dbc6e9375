package ucount.ingest;

import org.junit.jupiter.api.Test;
import ucount.model.Device;
import ucount.model.UserNumbers;
import ucount.model.EndUser;
import ucount.model.Inventory;
import ucount.model.Source;
import ucount.model.Warning;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Duplicate and case-only user IDs, in every order they can come in, and duplicate device names (the first record is
 * counted).
 */
class InventoryBuilderTest {

    @Test
    void anExactDuplicateIsLeftOutAndACaseVariantKeptWhicheverComesFirst() {
        // each case: the IDs, then how many DUPLICATE_USER and USER_ID_CASE warnings they give
        Map<List<String>, List<Integer>> cases = Map.of(
                List.of("jsmith", "JSmith", "jsmith", "JSMITH"), List.of(1, 2),
                List.of("JSmith", "jsmith", "JSmith", "JSMITH"), List.of(1, 2),
                List.of("ann", "bob", "Bob", "bob", "ann"), List.of(2, 1));
        for (List<String> ids : cases.keySet()) {
            InventoryBuilder builder = new InventoryBuilder("c");
            for (int i = 0; i < ids.size(); i++) builder.add(user(ids.get(i), i + 2));
            Inventory inventory = builder.build();
            List<String> kept = inventory.users().stream().map(EndUser::userId).toList();
            assertEquals(ids.stream().distinct().toList(), kept, ids.toString());
            List<String> codes = inventory.warnings().stream().map(Warning::code).toList();
            assertEquals(cases.get(ids).get(0).longValue(), codes.stream().filter("DUPLICATE_USER"::equals).count(),
                    ids.toString());
            assertEquals(cases.get(ids).get(1).longValue(), codes.stream().filter("USER_ID_CASE"::equals).count(),
                    ids.toString());
        }
    }

    @Test
    void usersRepeatingAcrossFolders_areSaidOnceToBeReadAsOneCluster() {
        InventoryBuilder builder = new InventoryBuilder("c");
        builder.add(new EndUser("ann", null, null, null, null, null, null, null, List.of(), List.of(),
                new Source("exports/hq/users.csv", 2)));
        builder.add(new EndUser("ann", null, null, null, null, null, null, null, List.of(), List.of(),
                new Source("exports/hq/users.csv", 9)));
        builder.add(new EndUser("bob", null, null, null, null, null, null, null, List.of(), List.of(),
                new Source("exports/hq/users.csv", 3)));
        builder.add(new EndUser("bob", null, null, null, null, null, null, null, List.of(), List.of(),
                new Source("exports/branch/users.csv", 2)));
        builder.add(new EndUser("ann", null, null, null, null, null, null, null, List.of(), List.of(),
                new Source("exports/branch/users.csv", 3)));
        List<Warning> warnings = builder.build().warnings();
        assertEquals(List.of("DUPLICATE_USER", "DUPLICATE_USER", "FOLDERS_MERGED", "DUPLICATE_USER"),
                warnings.stream().map(Warning::code).toList());
        assertEquals("users repeat across exports/hq and exports/branch (bob first), all read as one cluster; when "
                + "they are exports of different clusters, read each as its own with --cluster NAME=FOLDER",
                warnings.get(2).message());
        assertEquals(new Source("exports/branch/users.csv", 2), warnings.get(2).source());
    }

    @Test
    void oneFolderNamedTwoWaysIsOneFolder_andStandardInputIsNamedAsItself() {
        String cwd = Path.of("").toAbsolutePath().toString();
        InventoryBuilder builder = new InventoryBuilder("c");
        builder.add(user("ann", 2));
        builder.add(new EndUser("ann", null, null, null, null, null, null, null, List.of(), List.of(),
                new Source(cwd + "/./users2.csv", 2)));
        builder.add(new EndUser("ann", null, null, null, null, null, null, null, List.of(), List.of(),
                new Source("<stdin>", 2)));
        List<Warning> warnings = builder.build().warnings();
        assertEquals(List.of("DUPLICATE_USER", "DUPLICATE_USER", "FOLDERS_MERGED"),
                warnings.stream().map(Warning::code).toList());
        assertTrue(warnings.get(2).message().startsWith("users repeat across . and <stdin> (ann first)"),
                warnings.get(2).message());
    }

    @Test
    void theWarningNamesTheFirstRecord() {
        InventoryBuilder builder = new InventoryBuilder("c");
        builder.add(user("ann", 2));
        builder.add(user("bob", 3));
        builder.add(user("Ann", 4));
        builder.add(user("bob", 5));
        List<Warning> warnings = builder.build().warnings();
        assertEquals("user IDs ann (users.csv:2) and Ann differ only in case; they are counted as two users",
                warnings.get(0).message());
        assertEquals("user bob appears again (first at users.csv:3); the first record is counted",
                warnings.get(1).message());
    }

    @Test
    void devicesAddedAsNewAreStillFoundByALaterDuplicate() {
        InventoryBuilder builder = new InventoryBuilder("c");
        builder.addNew(device("SEP1", 6), UserNumbers.NONE);
        builder.addNew(device("sep2", 7), UserNumbers.NONE);
        builder.add(device("SEP2", 9));
        builder.add(device("SEP3", 10));
        Inventory inventory = builder.build();
        assertEquals(List.of("SEP1", "sep2", "SEP3"), inventory.devices().stream().map(Device::name).toList());
        assertEquals(List.of("device SEP2 appears again (first at phones.xml:7); the first record is counted"),
                inventory.warnings().stream().map(Warning::message).toList());
    }

    @Test
    void devicesWhoseNamesOnlyShareAHashAreBothKeptAndEveryRepeatIsLeftOut() {
        assertEquals("SEPC0".hashCode(), "SEPBO".hashCode()); // compared only because the hashes are equal
        InventoryBuilder builder = new InventoryBuilder("c");
        builder.add(device("SEPC0", 2));
        builder.add(device("SEPBO", 3));
        builder.add(device("sepc0", 4));
        builder.add(device("SEPX", 5));
        builder.add(device("SepBo", 6));
        builder.add(device("SEPC0", 7));
        Inventory inventory = builder.build();
        assertEquals(List.of("SEPC0", "SEPBO", "SEPX"), inventory.devices().stream().map(Device::name).toList());
        assertEquals(List.of("device sepc0 appears again (first at phones.xml:2); the first record is counted",
                        "device SepBo appears again (first at phones.xml:3); the first record is counted",
                        "device SEPC0 appears again (first at phones.xml:2); the first record is counted"),
                inventory.warnings().stream().map(Warning::message).toList());
    }

    @Test
    void upperCaseIsTheJdksForEveryNameAndNoCopyOfAnUpperCaseOne() {
        for (String name : List.of("", "SEP001122AABBCC", "sep001122aabbcc", "CSFjSmith", "a-z{|}~`@[", "stra\u00dfe",
                "\u00e9T\u00c9", "\u0131i", "CAF\u00c9")) {
            assertEquals(name.toUpperCase(java.util.Locale.ROOT), InventoryBuilder.upperCase(name), name);
        }
        String upper = "SEP001122AABBCC";
        org.junit.jupiter.api.Assertions.assertSame(upper, InventoryBuilder.upperCase(upper));
    }

    private static Device device(String name, int line) {
        return new Device(name, "", "Cisco 7841", "", "SIP", List.of(), List.of(), "", "", new Source("phones.xml", line));
    }

    private static EndUser user(String id, int line) {
        return new EndUser(id, null, null, null, null, null, null, null, List.of(), List.of(),
                new Source("users.csv", line));
    }
}
