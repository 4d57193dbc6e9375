package ucount.owners;

import org.junit.jupiter.api.Test;
import ucount.model.LicenseType;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ucount.owners.EvidenceTest.kinds;
import static ucount.owners.OwnersFixture.suggestion;

/** How evidence is weighed into one suggestion: agreement, conflict, ambiguity, and which devices are looked at. */
class SuggesterTest {

    private static final String PHONE = "Cisco 8865";

    @Test
    void agreeingEvidenceCombines_confidenceOfTheStrongest_evidenceStrongestFirst() throws Exception {
        Suggestion s = suggestion(new OwnersFixture()
                .person("mgarcia", "Maria", "Garcia", "+1 212 555 2000", "2000", "SEP6899CD057E3F")
                .device("SEP6899CD057E3F", PHONE, "", "Maria Garcia reception", "2000", "mgarcia", "")
                .analyze(), "SEP6899CD057E3F");
        assertEquals("mgarcia", s.suggestedOwner());
        assertEquals(Confidence.HIGH, s.confidence());
        assertNull(s.reason());
        assertEquals(List.of(EvidenceKind.CONTROLLED_DEVICE, EvidenceKind.PHONE_USER_ID, EvidenceKind.LINE1_DN,
                EvidenceKind.DESCRIPTION), s.evidence().stream().map(Evidence::kind).toList());
    }

    @Test
    void strongEvidenceForDifferentUsersGivesNoSuggestion() throws Exception {
        Suggestion s = suggestion(new OwnersFixture().person("gina", "Gina", "Gold", "", "3007", "SEP00000000X001")
                .person("harry", "Harry", "Hill", "", "3008")
                .device("SEP00000000X001", PHONE, "", "", "3008", "", "").analyze(), "SEP00000000X001");
        assertEquals(Suggestion.Status.CONFLICTING, s.status());
        assertNull(s.suggestedOwner());
        assertNull(s.confidence());
        assertEquals("conflicting evidence: in the controlled devices of gina; line 1 DN 3008 matches harry "
                + "(primary extension)", s.reason());
    }

    @Test
    void twoHighVotesForDifferentUsersConflictToo() throws Exception {
        Suggestion s = suggestion(new OwnersFixture().user("gina", "SEP00000000X001").user("harry")
                .device("SEP00000000X001", PHONE, "", "", "", "harry", "").analyze(), "SEP00000000X001");
        assertEquals(Suggestion.Status.CONFLICTING, s.status());
    }

    @Test
    void evidenceNamingSeveralUsersIsAmbiguous() throws Exception {
        Suggestion s = suggestion(new OwnersFixture().user("gina", "SEP00000000X002").user("harry", "SEP00000000X002")
                .unowned("SEP00000000X002", PHONE).analyze(), "SEP00000000X002");
        assertEquals(Suggestion.Status.AMBIGUOUS, s.status());
        assertEquals(List.of("gina", "harry"), s.evidence().get(0).users());
        assertEquals("ambiguous evidence: in the controlled devices of 2 users: gina, harry", s.reason());
    }

    @Test
    void ambiguousEvidenceDoesNotStopASingleVote() throws Exception {
        Suggestion s = suggestion(new OwnersFixture().person("ines", "Ines", "I", "+1 415 555 3999", "")
                .person("ivan", "Ivan", "I", "+1 212 555 3999", "", "SEP00000000X003")
                .device("SEP00000000X003", PHONE, "", "", "3999", "", "").analyze(), "SEP00000000X003");
        assertEquals("ivan", s.suggestedOwner());
        assertEquals(Confidence.HIGH, s.confidence());
        assertEquals(2, s.evidence().size());
    }

    @Test
    void weakerEvidenceForAnotherUserLowersTheConfidenceOneLevel() throws Exception {
        Suggestion s = suggestion(new OwnersFixture().person("kim", "Kim", "Kwan", "", "", "SEP00000000K001")
                .person("leo", "Leo", "Lane", "", "")
                .device("SEP00000000K001", PHONE, "", "Leo Lane desk", "", "", "").analyze(), "SEP00000000K001");
        assertEquals("kim", s.suggestedOwner());
        assertEquals(Confidence.MEDIUM, s.confidence());
        assertEquals("confidence lowered from high to medium: weaker evidence names leo", s.reason());
        assertEquals(List.of("CONTROLLED_DEVICE: in the controlled devices of kim",
                "DESCRIPTION: description 'Leo Lane desk' names leo (full name Leo Lane)"), kinds(s));
    }

    @Test
    void minConfidenceDecidesWhichSuggestionsApply() throws Exception {
        OwnersFixture f = new OwnersFixture().user("alice", "SEP000000000001").person("bob", "Bob", "Baker", "", "3002")
                .person("frank", "Frank", "Fischer", "", "")
                .unowned("SEP000000000001", PHONE)
                .device("SEP000000000002", PHONE, "", "", "3002", "", "")
                .device("SEP000000000003", PHONE, "", "Frank Fischer office", "", "", "");
        assertEquals(List.of("SEP000000000001"), appliedNames(f.analyze(Confidence.HIGH)));
        assertEquals(List.of("SEP000000000001", "SEP000000000002"), appliedNames(f.analyze(Confidence.MEDIUM)));
        assertEquals(List.of("SEP000000000001", "SEP000000000002", "SEP000000000003"),
                appliedNames(f.analyze(Confidence.LOW)));
        Suggestion frank = suggestion(f.analyze(Confidence.MEDIUM), "SEP000000000003");
        assertTrue(frank.suggested());
        assertFalse(frank.appliedAt(Confidence.MEDIUM));
    }

    @Test
    void onlyLicensedDevicesWithoutAKnownOwnerAreLookedAt() throws Exception {
        OwnersResult r = new OwnersFixture().user("alice", "SEP000000000001", "CTIP_ALICE", "SEP000000000002")
                .device("SEP000000000001", PHONE, "alice", "", "", "", "")
                .unowned("CTIP_ALICE", "CTI Port")
                .device("SEP000000000002", "Cisco 6921", "ghost", "", "", "", "")
                .analyze();
        assertEquals(List.of("SEP000000000002"), r.suggestions().stream().map(Suggestion::name).toList());
        Suggestion s = r.suggestions().get(0);
        assertEquals(LicenseType.BASIC, s.license());
        assertEquals("ghost", s.currentOwner());
        assertEquals("alice", s.suggestedOwner());
    }

    @Test
    void noEvidenceAtAll() throws Exception {
        Suggestion s = suggestion(new OwnersFixture().user("alice").unowned("SEP000000000001", "Cisco 3905").analyze(),
                "SEP000000000001");
        assertEquals(Suggestion.Status.NO_EVIDENCE, s.status());
        assertEquals("no evidence", s.reason());
        assertTrue(s.evidence().isEmpty());
    }

    private static List<String> appliedNames(OwnersResult r) {
        return r.applied().stream().map(Suggestion::name).toList();
    }
}
