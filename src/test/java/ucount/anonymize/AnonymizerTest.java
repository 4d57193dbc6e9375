package ucount.anonymize;

import org.junit.jupiter.api.Test;
import ucount.ingest.InventoryBuilder;
import ucount.model.Device;
import ucount.model.EndUser;
import ucount.model.Inventory;
import ucount.model.Source;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pseudonyms keep what the rules and a reader depend on (case, kind prefixes, relations) and nothing else. */
class AnonymizerTest {

    private static Inventory cluster(String name) {
        InventoryBuilder b = new InventoryBuilder(name);
        b.add(new EndUser("jsmith", "John", "Smith", "+1 212 555 2001", "2001", "jsmith@acme.example", true, false,
                List.of("SEP0A1B2C3D4E5F"), List.of("UDP_jsmith"), new Source("users.csv", 2)));
        b.add(new EndUser("JSmith", "Jane", "Smith", "", "2002", "", false, true, List.of(), List.of(),
                new Source("users.csv", 3)));
        b.add(new EndUser("al", "Al", "Bo", "", "", "", null, null, List.of(), List.of(), new Source("users.csv", 4)));
        b.add(new Device("SEP0A1B2C3D4E5F", "John Smith desk phone", "Cisco 8865", "jsmith", "SIP", List.of("2001"),
                List.of("jsmith"), "", "", new Source("phones.csv", 2)));
        b.add(new Device("CSFJSMITH", "John Smith Jabber", "Cisco Unified Client Services Framework", "JSmith", "SIP",
                List.of("2001"), List.of(), "", "SEP0A1B2C3D4E5F", new Source("phones.csv", 3)));
        b.add(new Device("sep0a1b2c3d4e5f", "", "Cisco 8865", "", "SIP", List.of(), List.of(), "", "",
                new Source("phones.csv", 4)));
        return b.build();
    }

    @Test
    void sameSaltSamePseudonyms_otherSaltOthers() {
        Inventory a = Anonymizer.withSalt("s1").apply(List.of(cluster("c"))).get(0);
        Inventory b = Anonymizer.withSalt("s1").apply(List.of(cluster("c"))).get(0);
        Inventory c = Anonymizer.withSalt("s2").apply(List.of(cluster("c"))).get(0);
        assertEquals(a, b);
        assertNotEquals(a.users().get(0).userId(), c.users().get(0).userId());
        assertNotEquals(Anonymizer.withRandomSalt().apply(List.of(cluster("c"))).get(0).users().get(0).userId(),
                Anonymizer.withRandomSalt().apply(List.of(cluster("c"))).get(0).users().get(0).userId());
    }

    @Test
    void r1_userIdsDifferingOnlyInCase_stillDifferOnlyInCase() {
        Inventory anon = Anonymizer.withSalt("s").apply(List.of(cluster("c"))).get(0);
        String lower = anon.users().get(0).userId();
        String mixed = anon.users().get(1).userId();
        assertNotEquals(lower, mixed);
        assertTrue(lower.equalsIgnoreCase(mixed), lower + " / " + mixed);
        assertTrue(lower.matches("[a-z]{6}"), lower);
        assertTrue(mixed.matches("[A-Z]{2}[a-z]{4}"), mixed);
        // the owner fields map exactly like the user IDs, so ownership (R1) is unchanged
        assertEquals(lower, anon.devices().get(0).ownerUserId());
        assertEquals(mixed, anon.devices().get(1).ownerUserId());
        assertEquals(List.of(lower), anon.devices().get(0).userIds());
    }

    @Test
    void deviceNamesKeepTheirKindPrefix_andAMacStaysAMac() {
        Inventory anon = Anonymizer.withSalt("s").apply(List.of(cluster("c"))).get(0);
        String sep = anon.devices().get(0).name();
        String csf = anon.devices().get(1).name();
        assertTrue(sep.matches("SEP[0-9A-F]{12}"), sep);
        assertNotEquals("SEP0A1B2C3D4E5F", sep);
        // the soft client is named after its user, and still is
        assertEquals("CSF" + anon.users().get(0).userId().toUpperCase(java.util.Locale.ROOT), csf);
        // the same device named elsewhere maps alike
        assertEquals(List.of(sep), anon.users().get(0).controlledDevices());
        assertEquals(sep, anon.devices().get(1).primaryPhone());
        // the reader drops the duplicate differing in case before anonymizing; a differently-cased name keeps its case
        assertEquals(2, anon.devices().size());
    }

    @Test
    void numbers_directoryNumberAndExtensionMapAlike_layoutKept() {
        Inventory anon = Anonymizer.withSalt("s").apply(List.of(cluster("c"))).get(0);
        EndUser john = anon.users().get(0);
        Device phone = anon.devices().get(0);
        assertEquals(john.primaryExtension(), phone.directoryNumbers().get(0));
        assertTrue(john.primaryExtension().matches("\\d{6}"), john.primaryExtension());
        assertTrue(john.telephoneNumber().matches("\\+\\d \\d{3} \\d{3} \\d{4}"), john.telephoneNumber());
        assertFalse(john.telephoneNumber().contains("2001"));
        assertTrue(john.mailId().matches("[a-z]{6}@[a-z]{6,}\\.[a-z]{7}"), john.mailId());
        assertTrue(john.mailId().startsWith(john.userId() + "@"), "the mail's local part is the user ID, as before");
    }

    @Test
    void aTelephoneNumberEndsWithALinesPseudonym_exactlyWhenTheOriginalEndsWithThatLine() {
        // jsmith's +1 212 555 2001 ends with the line 2001 (owners' LINE1_DN takes such a user); numbers that end
        // with no line must not end with a line's pseudonym by chance, whatever the salt.
        InventoryBuilder b = new InventoryBuilder("c");
        b.add(new EndUser("jsmith", "John", "Smith", "+1 212 555 2001", "", "", null, null, List.of(), List.of(),
                new Source("users.csv", 2)));
        for (int u = 0; u < 50; u++) {
            b.add(new EndUser("u" + u, "U", "V", "+1 408 555 " + (3000 + u), "", "", null, null, List.of(), List.of(),
                    new Source("users.csv", 3 + u)));
        }
        for (int d = 0; d < 50; d++) {
            b.add(new Device("SEP0A1B2C3D4E" + (10 + d), "", "Cisco 8865", "", "SIP", List.of(String.valueOf(2001 + d)),
                    List.of(), "", "", new Source("phones.csv", 2 + d)));
        }
        Inventory plain = b.build();
        for (int salt = 0; salt < 200; salt++) {
            Inventory anon = Anonymizer.withSalt("s" + salt).apply(List.of(plain)).get(0);
            java.util.Set<String> lines = new java.util.HashSet<>();
            anon.devices().forEach(d -> lines.add(d.directoryNumbers().get(0)));
            String line2001 = anon.devices().get(0).directoryNumbers().get(0);
            for (EndUser u : anon.users()) {
                String digits = u.telephoneNumber().replaceAll("\\D", "");
                List<String> endsWith = lines.stream().filter(digits::endsWith).toList();
                assertEquals(u == anon.users().get(0) ? List.of(line2001) : List.of(), endsWith, "salt s" + salt);
                assertEquals(plain.users().get(anon.users().indexOf(u)).telephoneNumber().replaceAll("\\d", "#"),
                        u.telephoneNumber().replaceAll("\\d", "#"), "the layout is kept");
            }
        }
    }

    @Test
    void namesAndDescriptions_samePseudonymForTheSameWord() {
        Inventory anon = Anonymizer.withSalt("s").apply(List.of(cluster("c"))).get(0);
        EndUser john = anon.users().get(0);
        assertEquals(john.firstName() + " " + john.lastName() + " " + words(anon.devices().get(0).description(), 2),
                anon.devices().get(0).description());
        assertEquals(john.lastName(), anon.users().get(1).lastName());
        assertTrue(john.firstName().matches("[A-Z][a-z]{5}"), john.firstName());
        // short identifiers are lengthened, so two-letter IDs cannot collide
        assertEquals(6, anon.users().get(2).userId().length());
        assertEquals("c", anon.cluster());
        assertEquals("Cisco 8865", anon.devices().get(0).model());
    }

    private static String words(String text, int from) {
        String[] w = text.split(" ");
        return String.join(" ", java.util.Arrays.copyOfRange(w, from, w.length));
    }

    @Test
    void readerWarningsQuoteThePseudonyms() {
        Inventory anon = Anonymizer.withSalt("s").apply(List.of(cluster("c"))).get(0);
        List<String> messages = anon.warnings().stream().map(w -> w.code() + ": " + w.message()).toList();
        String sep = anon.devices().get(0).name();
        assertEquals(List.of(
                "USER_ID_CASE: user IDs " + anon.users().get(0).userId() + " (users.csv:2) and "
                        + anon.users().get(1).userId() + " differ only in case; they are counted as two users",
                "DUPLICATE_DEVICE: device " + sep.toLowerCase(java.util.Locale.ROOT)
                        + " appears again (first at phones.csv:2); the first record is counted"),
                messages);
    }

    @Test
    void anIdentifierAtTheEndOfASentenceIsFoundToo() {
        InventoryBuilder b = new InventoryBuilder("c");
        b.add(new EndUser("jsmith", "", "", "", "", "", null, null, List.of(), List.of(), new Source("u.csv", 2)));
        b.warn("TEST", "owner is jsmith. Device: SEP0A1B2C3D4E5F: a (jsmith)", new Source("u.csv", 2));
        b.add(new Device("SEP0A1B2C3D4E5F", "", "Cisco 8865", "", "SIP", List.of(), List.of(), "", "",
                new Source("p.csv", 2)));
        Inventory anon = Anonymizer.withSalt("s").apply(List.of(b.build())).get(0);
        String id = anon.users().get(0).userId();
        String sep = anon.devices().get(0).name();
        assertEquals("owner is " + id + ". Device: " + sep + ": a (" + id + ")", anon.warnings().get(0).message());
    }

    @Test
    void oneRun_oneUserOnePseudonymInEveryCluster() {
        List<Inventory> anon = Anonymizer.withSalt("s").apply(List.of(cluster("a"), cluster("b")));
        assertEquals(anon.get(0).users(), anon.get(1).users());
        assertEquals(List.of("a", "b"), anon.stream().map(Inventory::cluster).toList());
    }
}
