package ucount.owners;

import org.junit.jupiter.api.Test;
import ucount.catalog.Catalog;
import ucount.model.Inventory;
import ucount.model.LicenseType;
import ucount.pipeline.ClusterSpec;
import ucount.pipeline.Pipeline;
import ucount.rules.Classifier;
import ucount.rules.RuleOptions;
import ucount.rules.RuleSet;
import ucount.rules.Totals;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ucount.model.LicenseType.CUWL_STANDARD;
import static ucount.model.LicenseType.ENHANCED;
import static ucount.model.LicenseType.ENHANCED_PLUS;
import static ucount.model.LicenseType.TELEPRESENCE_ROOM;

/**
 * The license totals before and after applying the suggestions, on the fixture export of
 * src/test/resources/owners/evidence (its README works the numbers out by hand), and on samples/acme-hq.
 */
class WhatIfTest {

    static OwnersResult analyze(String folder, Confidence minimum) throws Exception {
        List<Inventory> inventories = Pipeline.read(List.of(new ClusterSpec("cluster", List.of(folder))),
                () -> new ByteArrayInputStream(new byte[0]));
        Classifier classifier = new Classifier(Catalog.builtIn(), RuleOptions.defaults(RuleSet.ELM));
        return Owners.analyze(classifier.estimate(inventories), classifier, minimum, 10);
    }

    @Test
    void fixture_atMediumConfidence() throws Exception {
        OwnersResult r = analyze("src/test/resources/owners/evidence", Confidence.MEDIUM);
        assertEquals(totals(1, 0, 17, 0, 1, 0, 1), r.before().totals());
        assertEquals(totals(1, 0, 11, 1, 2, 0, 1), r.after().totals());
        assertEquals(totals(0, 0, -6, 1, 1, 0, 0), r.change());
        assertEquals(9, r.applied().size());
        Map<String, UserChange> changes = byUser(r);
        assertEquals(List.of("alice", "bob", "carol", "dave", "erin", "kim", "mia", "nora"),
                List.copyOf(changes.keySet()));
        assertEquals(List.of(CUWL_STANDARD), changes.get("carol").after());
        assertEquals(List.of(ENHANCED, ENHANCED), changes.get("carol").addedDeviceOnly());
        assertEquals(List.of("CSFCAROL", "TCTCAROL"), changes.get("carol").addedDevices());
        assertEquals(List.of(TELEPRESENCE_ROOM), changes.get("nora").after());
        assertEquals(List.of("alice", "carol", "nora"), r.userChanges().stream().filter(UserChange::consolidates)
                .map(UserChange::userId).toList());
        assertFalse(changes.get("bob").consolidates());
        assertTrue(changes.get("bob").licenseChanges());
    }

    @Test
    void fixture_atHighConfidence() throws Exception {
        OwnersResult r = analyze("src/test/resources/owners/evidence", Confidence.HIGH);
        assertEquals(totals(1, 0, 14, 1, 1, 0, 1), r.after().totals());
        assertEquals(List.of("BOTERIN", "SEP00000000A001", "SEP00000000D001", "SEP00000000N002", "SEP00000000U001"),
                r.applied().stream().map(Suggestion::name).toList());
    }

    @Test
    void fixture_atLowConfidence_frankTakesHisPhoneButTheTotalsDoNotMove() throws Exception {
        OwnersResult r = analyze("src/test/resources/owners/evidence", Confidence.LOW);
        assertEquals(totals(1, 0, 11, 1, 2, 0, 1), r.after().totals());
        assertEquals(10, r.applied().size());
        UserChange frank = byUser(r).get("frank");
        assertEquals(List.of(), frank.before());
        assertEquals(List.of(ENHANCED), frank.after());
        assertFalse(frank.consolidates());
    }

    @Test
    void acmeHq_controlledDevicesGiveFourSuggestions_twoLicensesFewer() throws Exception {
        OwnersResult r = analyze("samples/acme-hq", Confidence.MEDIUM);
        assertEquals(13, r.suggestions().size());
        assertEquals(Map.of("SEP0057D2B994E9", "kwilson", "SEP6899CD057E3F", "mgarcia", "SEP6899CD641EA1", "ylee",
                "SEPA0F849C57172", "mgarcia"), r.applied().stream()
                .collect(Collectors.toMap(Suggestion::name, Suggestion::suggestedOwner)));
        assertEquals(totals(9, 10, 22, 13, 5, 0, 5), r.before().totals());
        assertEquals(totals(9, 10, 18, 16, 4, 0, 5), r.after().totals());
        Map<String, UserChange> changes = byUser(r);
        assertEquals(List.of(ENHANCED_PLUS, TELEPRESENCE_ROOM), changes.get("kwilson").after());
        assertEquals(List.of(ENHANCED_PLUS), changes.get("mgarcia").after());
    }

    @Test
    void theExportItselfIsNotChanged() throws Exception {
        OwnersResult r = analyze("src/test/resources/owners/evidence", Confidence.LOW);
        assertTrue(r.before().clusters().get(0).inventory().devices().stream()
                .filter(d -> d.name().equals("SEP00000000A001")).allMatch(d -> d.ownerUserId().isEmpty()));
        assertTrue(r.after().clusters().get(0).inventory().devices().stream()
                .filter(d -> d.name().equals("SEP00000000A001")).allMatch(d -> d.ownerUserId().equals("alice")));
    }

    private static Map<String, UserChange> byUser(OwnersResult r) {
        return r.userChanges().stream().collect(Collectors.toMap(UserChange::userId, Function.identity(),
                (a, b) -> a, java.util.LinkedHashMap::new));
    }

    static Totals totals(int essential, int basic, int enhanced, int enhancedPlus, int cuwlStandard,
                         int cuwlProfessional, int room) {
        Totals t = new Totals();
        int[] n = {essential, basic, enhanced, enhancedPlus, cuwlStandard, cuwlProfessional, room};
        for (LicenseType type : LicenseType.values()) t.add(type, n[type.ordinal()]);
        return t;
    }

}
