package ucount.owners;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static ucount.owners.OwnersFixture.suggestion;

/** One test (or more) per kind of owner evidence: what it reads, when it names a user, and its confidence. */
class EvidenceTest {

    private static final String PHONE = "Cisco 8845";

    @Test
    void controlledDevice_namesTheOnlyUserWhoseListHoldsTheDevice_high() throws Exception {
        Suggestion s = suggestion(new OwnersFixture().user("alice", "sep00000000a001").user("bob")
                .unowned("SEP00000000A001", PHONE).analyze(), "SEP00000000A001");
        assertEquals("alice", s.suggestedOwner());
        assertEquals(Confidence.HIGH, s.confidence());
        assertEquals(List.of("CONTROLLED_DEVICE: in the controlled devices of alice"), kinds(s));
    }

    @Test
    void phoneUserId_namesAKnownUser_high_andIgnoresCaseWhenOnlyOneUserFits() throws Exception {
        Suggestion s = suggestion(new OwnersFixture().user("dave")
                .device("SEP00000000D001", PHONE, "", "", "", "DAVE", "").analyze(), "SEP00000000D001");
        assertEquals("dave", s.suggestedOwner());
        assertEquals(Confidence.HIGH, s.confidence());
        assertEquals(List.of("PHONE_USER_ID: phone User ID names dave"), kinds(s));
    }

    @Test
    void mobilityUserId_high() throws Exception {
        Suggestion s = suggestion(new OwnersFixture().user("erin")
                .device("SEP00000000E001", PHONE, "", "", "", "", "erin").analyze(), "SEP00000000E001");
        assertEquals("erin", s.suggestedOwner());
        assertEquals(Confidence.HIGH, s.confidence());
        assertEquals(List.of("MOBILITY_USER_ID: Mobility User ID names erin"), kinds(s));
    }

    @Test
    void lineOneDn_isThePrimaryExtension_medium() throws Exception {
        Suggestion s = suggestion(new OwnersFixture().person("carol", "Carol", "Chu", "", "3003")
                .device("SEP00000000C001", PHONE, "", "", "3003", "", "").analyze(), "SEP00000000C001");
        assertEquals("carol", s.suggestedOwner());
        assertEquals(Confidence.MEDIUM, s.confidence());
        assertEquals(List.of("LINE1_DN: line 1 DN 3003 matches carol (primary extension)"), kinds(s));
    }

    @Test
    void lineOneDn_isTheRightMostDigitsOfTheTelephoneNumber_medium() throws Exception {
        Suggestion s = suggestion(new OwnersFixture().person("bob", "Bob", "Baker", "+1 (212) 555-3002", "")
                .device("SEP00000000B001", PHONE, "", "", "3002", "", "").analyze(), "SEP00000000B001");
        assertEquals("bob", s.suggestedOwner());
        assertEquals(List.of("LINE1_DN: line 1 DN 3002 matches bob (telephone number +1 (212) 555-3002)"), kinds(s));
    }

    @Test
    void lineOneDn_anExactNumberWinsOverTheEndOfAnotherUsersTelephoneNumber() throws Exception {
        OwnersResult r = new OwnersFixture().person("amy", "Amy", "A", "", "2001")
                .person("ben", "Ben", "B", "+1 415 555 2001", "").person("cat", "Cat", "C", "+1 212 555 7001", "")
                .person("dan", "Dan", "D", "+1 312 555 7001", "")
                .device("SEP000000000001", PHONE, "", "", "2001", "", "")
                .device("SEP000000000002", PHONE, "", "", "7001", "", "")
                .analyze();
        assertEquals("amy", suggestion(r, "SEP000000000001").suggestedOwner());
        assertEquals(List.of("LINE1_DN: line 1 DN 2001 matches amy (primary extension)"),
                kinds(suggestion(r, "SEP000000000001")));
        assertEquals(Suggestion.Status.AMBIGUOUS, suggestion(r, "SEP000000000002").status());
    }

    @Test
    void lineOneDn_aLongerEndingMatchesOnlyTheNumbersEndingWithAllOfIt() throws Exception {
        OwnersResult r = new OwnersFixture().person("bob", "Bob", "Baker", "+1 212 555 3002", "")
                .person("eve", "Eve", "E", "+1 415 777 3002", "")
                .device("SEP000000000001", PHONE, "", "", "5553002", "", "")
                .device("SEP000000000002", PHONE, "", "", "3002", "", "")
                .analyze();
        assertEquals("bob", suggestion(r, "SEP000000000001").suggestedOwner());
        assertEquals(Suggestion.Status.AMBIGUOUS, suggestion(r, "SEP000000000002").status());
    }

    @Test
    void lineOneDn_escapedE164NumberMatchesTheWholeTelephoneNumber() throws Exception {
        Suggestion s = suggestion(new OwnersFixture().person("bob", "Bob", "Baker", "+1 212 555 3002", "")
                .device("SEP00000000B001", PHONE, "", "", "\\+12125553002", "", "").analyze(), "SEP00000000B001");
        assertEquals("bob", s.suggestedOwner());
    }

    @Test
    void lineOneDn_onlyLineOneCounts_andShortNumbersAndPatternsMatchNoTelephoneNumber() throws Exception {
        OwnersResult r = new OwnersFixture().person("bob", "Bob", "Baker", "+1 212 555 3002", "")
                .device("SEP000000000001", PHONE, "", "", "002", "", "")
                .device("SEP000000000002", PHONE, "", "", "300X", "", "")
                .analyze();
        assertEquals(Suggestion.Status.NO_EVIDENCE, suggestion(r, "SEP000000000001").status());
        assertEquals(Suggestion.Status.NO_EVIDENCE, suggestion(r, "SEP000000000002").status());
    }

    @Test
    void jabberName_prefixAndUserIdIgnoringCase_medium() throws Exception {
        OwnersResult r = new OwnersFixture().user("jdoe").user("amy")
                .unowned("CSFJDOE", "Cisco Unified Client Services Framework")
                .unowned("tctjdoe", "Cisco Dual Mode for iPhone")
                .unowned("BOTAMY", "Cisco Dual Mode for Android")
                .unowned("TABAMY", "Cisco Jabber for Tablet")
                .analyze();
        for (String device : List.of("CSFJDOE", "tctjdoe")) {
            assertEquals("jdoe", suggestion(r, device).suggestedOwner(), device);
            assertEquals(Confidence.MEDIUM, suggestion(r, device).confidence(), device);
        }
        assertEquals("amy", suggestion(r, "BOTAMY").suggestedOwner());
        assertEquals(List.of("JABBER_NAME: Jabber device name TABAMY (TAB) carries the user ID of amy"),
                kinds(suggestion(r, "TABAMY")));
    }

    @Test
    void jabberName_userIdWithPunctuationOrCutAtTheDeviceNameLimit() throws Exception {
        OwnersResult r = new OwnersFixture().user("j.doe").user("abcdefghijklmnop")
                .unowned("CSFJDOE", "Cisco Unified Client Services Framework")
                .unowned("CSFABCDEFGHIJKL", "Cisco Unified Client Services Framework")
                .analyze();
        assertEquals("j.doe", suggestion(r, "CSFJDOE").suggestedOwner());
        assertEquals("abcdefghijklmnop", suggestion(r, "CSFABCDEFGHIJKL").suggestedOwner());
    }

    @Test
    void jabberName_anEmailUserIdIsCarriedByItsLocalPart() throws Exception {
        Suggestion s = suggestion(new OwnersFixture().user("jdoe@acme.example").user("jdoe2@acme.example")
                .unowned("CSFJDOE", "Cisco Unified Client Services Framework").analyze(), "CSFJDOE");
        assertEquals("jdoe@acme.example", s.suggestedOwner());
    }

    @Test
    void lineOneDn_primaryExtensionWrittenWithItsPartition() throws Exception {
        Suggestion s = suggestion(new OwnersFixture().person("carol", "Carol", "Chu", "", "3003 in PT_INTERNAL")
                .device("SEP00000000C001", PHONE, "", "", "3003", "", "").analyze(), "SEP00000000C001");
        assertEquals("carol", s.suggestedOwner());
    }

    @Test
    void jabberName_twoUserIdsDifferingOnlyInCaseMakeItAmbiguous() throws Exception {
        Suggestion s = suggestion(new OwnersFixture().user("jsmith").user("JSmith")
                .unowned("CSFJSMITH", "Cisco Unified Client Services Framework").analyze(), "CSFJSMITH");
        assertEquals(Suggestion.Status.AMBIGUOUS, s.status());
        assertNull(s.suggestedOwner());
        assertEquals("ambiguous evidence: Jabber device name CSFJSMITH (CSF) carries the user ID of 2 users: JSmith, "
                + "jsmith", s.reason());
    }

    @Test
    void description_fullNameInEitherOrder_low() throws Exception {
        OwnersResult r = new OwnersFixture().person("hmueller", "Hans", "Müller", "", "").person("ann", "Ann", "Lee", "", "")
                .device("SEP000000000001", PHONE, "", "Hans Müller, 3rd floor", "", "", "")
                .device("SEP000000000002", PHONE, "", "LEE, ANN (desk)", "", "", "")
                .analyze(Confidence.LOW);
        Suggestion hans = suggestion(r, "SEP000000000001");
        assertEquals("hmueller", hans.suggestedOwner());
        assertEquals(Confidence.LOW, hans.confidence());
        assertEquals(List.of("DESCRIPTION: description 'Hans Müller, 3rd floor' names hmueller (full name Hans Müller)"),
                kinds(hans));
        assertEquals("ann", suggestion(r, "SEP000000000002").suggestedOwner());
    }

    @Test
    void description_userIdAsAWholeWord_butAFirstNameAloneNamesNoOne() throws Exception {
        OwnersResult r = new OwnersFixture().person("kwalsh", "Kate", "Walsh", "", "")
                .device("SEP000000000001", PHONE, "", "spare for kwalsh", "", "", "")
                .device("SEP000000000002", PHONE, "", "Kate's old phone", "", "", "")
                .device("SEP000000000003", PHONE, "", "kwalsh2 lab", "", "", "")
                .analyze(Confidence.LOW);
        assertEquals(List.of("DESCRIPTION: description 'spare for kwalsh' names kwalsh (user ID)"),
                kinds(suggestion(r, "SEP000000000001")));
        assertEquals(Suggestion.Status.NO_EVIDENCE, suggestion(r, "SEP000000000002").status());
        assertEquals(Suggestion.Status.NO_EVIDENCE, suggestion(r, "SEP000000000003").status());
    }

    @Test
    void aUserIdThatNamesNoKnownUserIsANoteNotASuggestion() throws Exception {
        Suggestion s = suggestion(new OwnersFixture().user("alice")
                .device("SEP000000000001", PHONE, "ghost", "", "", "ghost", "").analyze(), "SEP000000000001");
        assertEquals(Suggestion.Status.NO_EVIDENCE, s.status());
        assertEquals("ghost", s.currentOwner());
        assertEquals("no evidence names a known user: phone User ID 'ghost' is not among the users", s.reason());
    }

    static List<String> kinds(Suggestion s) {
        return s.evidence().stream().map(e -> e.kind() + ": " + e.text()).toList();
    }
}
