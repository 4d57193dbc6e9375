package ucount.compliance;

import org.junit.jupiter.api.Test;
import ucount.model.LicenseType;
import ucount.rules.Estimate;
import ucount.rules.RuleSet;
import ucount.rules.Totals;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ucount.compliance.BorrowingTest.counts;
import static ucount.model.LicenseType.BASIC;
import static ucount.model.LicenseType.CUWL_STANDARD;
import static ucount.model.LicenseType.ENHANCED;
import static ucount.model.LicenseType.ENHANCED_PLUS;
import static ucount.model.LicenseType.ESSENTIAL;
import static ucount.model.LicenseType.TELEPRESENCE_ROOM;

/** R32 (totals over clusters), R33 and the grace period on the sample clusters (samples/ EXPECTED.md). */
class CheckResultTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 5, 19);

    /** acme-hq + acme-branch under elm: the EXPECTED.md "Combined" table. */
    private static final Totals HQ_PLUS_BRANCH = counts(ESSENTIAL, 11, BASIC, 13, ENHANCED, 25, ENHANCED_PLUS, 14,
            CUWL_STANDARD, 6, TELEPRESENCE_ROOM, 6);

    @Test
    void r32_requirementsAreTotaledOverClustersBeforeComparing() throws Exception {
        Estimate estimate = Samples.estimate(RuleSet.ELM, "acme-hq", "acme-branch");
        CheckResult check = CheckResult.of(estimate, HQ_PLUS_BRANCH, null, TODAY, List.of());
        assertEquals(Status.IN_COMPLIANCE, check.compliance().status());
        for (Allocation a : check.compliance().types()) {
            assertEquals(HQ_PLUS_BRANCH.get(a.license()), a.required(), a.license().name());
            assertEquals(0, a.available(), a.license().name());
            assertEquals(0, a.shortfall(), a.license().name());
        }
        assertTrue(check.passed());
    }

    @Test
    void r32_hqLicensesAloneLeaveTheBranchShort() throws Exception {
        Estimate estimate = Samples.estimate(RuleSet.ELM, "acme-hq", "acme-branch");
        Totals hqOnly = counts(ESSENTIAL, 9, BASIC, 10, ENHANCED, 22, ENHANCED_PLUS, 13, CUWL_STANDARD, 5,
                TELEPRESENCE_ROOM, 5);
        CheckResult check = CheckResult.of(estimate, hqOnly, null, TODAY, List.of());
        assertEquals(Status.NON_COMPLIANCE, check.compliance().status());
        // The branch's own totals (acme-branch EXPECTED.md) are exactly what is short.
        int[] branch = {2, 3, 3, 1, 1, 0, 1};
        for (LicenseType type : LicenseType.values()) {
            assertEquals(branch[type.ordinal()], check.compliance().of(type).shortfall(), type.name());
        }
        assertEquals(11, check.compliance().shortfall());
        assertEquals(List.of(new FailedCondition("non-compliance", "11 licenses short after borrowing (R33): "
                + "Essential UCL 2, Basic UCL 3, Enhanced UCL 3, Enhanced Plus UCL 1, CUWL Standard 1, "
                + "TelePresence Room 1")), check.failed());
    }

    @Test
    void r33_acmeHqUnderSmartWithBorrowing() throws Exception {
        // smart: ESSENTIAL 10, BASIC 7, ENHANCED 22, ENHANCED_PLUS 13, CUWL_STANDARD 5, TELEPRESENCE_ROOM 5.
        Estimate estimate = Samples.estimate(RuleSet.SMART, "acme-hq");
        Totals installed = counts(ESSENTIAL, 10, BASIC, 0, ENHANCED, 25, ENHANCED_PLUS, 13, CUWL_STANDARD, 9,
                TELEPRESENCE_ROOM, 5);
        CheckResult check = CheckResult.of(estimate, installed, LocalDate.of(2024, 5, 1), TODAY, List.of());
        ComplianceResult c = check.compliance();
        assertEquals(Status.IN_COMPLIANCE, c.status());
        assertEquals(new Allocation(BASIC, 7, 0, 7, 0, 0, 0), c.of(BASIC));
        assertEquals(new Allocation(ENHANCED, 22, 25, 0, 3, 0, 0), c.of(ENHANCED));
        assertEquals(new Allocation(CUWL_STANDARD, 5, 9, 0, 4, 0, 0), c.of(CUWL_STANDARD));
        assertEquals(List.of(new Loan(ENHANCED, BASIC, 3), new Loan(CUWL_STANDARD, BASIC, 4)), c.loans());
        assertTrue(check.grace().isEmpty(), "no grace period runs while in compliance");
    }

    @Test
    void r42_graceIsReportedWhenNonCompliantAndTheStartIsKnown() throws Exception {
        Estimate estimate = Samples.estimate(RuleSet.SMART, "acme-branch");
        CheckResult check = CheckResult.of(estimate, new Totals(), LocalDate.of(2024, 5, 1), TODAY, List.of());
        Grace grace = check.grace().orElseThrow();
        assertEquals(LocalDate.of(2024, 7, 30), grace.enforcementDate());
        assertEquals(72, grace.daysLeft());
        assertFalse(check.passed());
    }

    @Test
    void gateConditionsAreEvaluatedOnceEachAfterNonCompliance() throws Exception {
        Estimate estimate = Samples.estimate(RuleSet.ELM, "acme-hq");
        List<GateCondition> conditions = List.of(GateCondition.parse("user-devices>11"),
                GateCondition.parse("unknown-models"), GateCondition.parse("user-devices > 11"),
                GateCondition.parse("non-compliance"));
        CheckResult check = CheckResult.of(estimate, new Totals(), null, TODAY, conditions);
        assertEquals(List.of("non-compliance", "user-devices>11", "unknown-models"),
                check.failed().stream().map(FailedCondition::condition).toList());
    }
}
