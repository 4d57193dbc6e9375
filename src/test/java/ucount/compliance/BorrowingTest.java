package ucount.compliance;

import org.junit.jupiter.api.Test;
import ucount.model.LicenseType;
import ucount.rules.Totals;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static ucount.model.LicenseType.BASIC;
import static ucount.model.LicenseType.CUWL_PROFESSIONAL;
import static ucount.model.LicenseType.CUWL_STANDARD;
import static ucount.model.LicenseType.ENHANCED;
import static ucount.model.LicenseType.ENHANCED_PLUS;
import static ucount.model.LicenseType.ESSENTIAL;
import static ucount.model.LicenseType.TELEPRESENCE_ROOM;

/** R30, R31 and R33, with exact numbers. */
class BorrowingTest {

    /** S1's worked example: 100 CUWL installed; 10 CUWL and 50 Enhanced Plus required. */
    @Test
    void r30_ciscoWorkedExample_fiftyLentFortyLeft() {
        ComplianceResult r = Borrowing.allocate(counts(CUWL_STANDARD, 10, ENHANCED_PLUS, 50), counts(CUWL_STANDARD, 100));
        assertEquals(new Allocation(CUWL_STANDARD, 10, 100, 0, 50, 40, 0), r.of(CUWL_STANDARD));
        assertEquals(new Allocation(ENHANCED_PLUS, 50, 0, 50, 0, 0, 0), r.of(ENHANCED_PLUS));
        assertEquals(List.of(new Loan(CUWL_STANDARD, ENHANCED_PLUS, 50)), r.loans());
        assertEquals(Status.IN_COMPLIANCE, r.status());
    }

    /** The same with the 100 CUWL installed as Professional: it lends to both Standard and Enhanced Plus. */
    @Test
    void r30_ciscoWorkedExample_withCuwlProfessionalInstalled() {
        ComplianceResult r = Borrowing.allocate(counts(CUWL_STANDARD, 10, ENHANCED_PLUS, 50),
                counts(CUWL_PROFESSIONAL, 100));
        assertEquals(new Allocation(CUWL_PROFESSIONAL, 0, 100, 0, 60, 40, 0), r.of(CUWL_PROFESSIONAL));
        assertEquals(new Allocation(CUWL_STANDARD, 10, 0, 10, 0, 0, 0), r.of(CUWL_STANDARD));
        assertEquals(new Allocation(ENHANCED_PLUS, 50, 0, 50, 0, 0, 0), r.of(ENHANCED_PLUS));
        assertEquals(List.of(new Loan(CUWL_PROFESSIONAL, ENHANCED_PLUS, 50), new Loan(CUWL_PROFESSIONAL, CUWL_STANDARD, 10)),
                r.loans());
        assertEquals(Status.IN_COMPLIANCE, r.status());
    }

    @Test
    void r30_ownTierFirst_noBorrowingWhenEachTierHasEnough() {
        ComplianceResult r = Borrowing.allocate(counts(ENHANCED, 5, CUWL_STANDARD, 2), counts(ENHANCED, 8, CUWL_STANDARD, 3));
        assertEquals(new Allocation(ENHANCED, 5, 8, 0, 0, 3, 0), r.of(ENHANCED));
        assertEquals(new Allocation(CUWL_STANDARD, 2, 3, 0, 0, 1, 0), r.of(CUWL_STANDARD));
        assertEquals(List.of(), r.loans());
    }

    @Test
    void r30_ownTierFirst_aHigherTierServesItsOwnDemandBeforeLending() {
        // ESSENTIAL is short 4; ENHANCED has 10 but needs 8 itself, so it lends only 2.
        ComplianceResult r = Borrowing.allocate(counts(ESSENTIAL, 4, ENHANCED, 8), counts(ENHANCED, 10));
        assertEquals(new Allocation(ESSENTIAL, 4, 0, 2, 0, 0, 2), r.of(ESSENTIAL));
        assertEquals(new Allocation(ENHANCED, 8, 10, 0, 2, 0, 0), r.of(ENHANCED));
        assertEquals(Status.NON_COMPLIANCE, r.status());
    }

    @Test
    void r30_borrowsFromNearestHigherTierWithSpares_thenMovesUp() {
        // BASIC short 5: ENHANCED has no spare (needs all 3), ENHANCED_PLUS has 2 spare, CUWL_STANDARD 10.
        ComplianceResult r = Borrowing.allocate(counts(BASIC, 5, ENHANCED, 3),
                counts(ENHANCED, 3, ENHANCED_PLUS, 2, CUWL_STANDARD, 10));
        assertEquals(List.of(new Loan(ENHANCED_PLUS, BASIC, 2), new Loan(CUWL_STANDARD, BASIC, 3)), r.loans());
        assertEquals(new Allocation(BASIC, 5, 0, 5, 0, 0, 0), r.of(BASIC));
        assertEquals(new Allocation(ENHANCED, 3, 3, 0, 0, 0, 0), r.of(ENHANCED));
        assertEquals(new Allocation(ENHANCED_PLUS, 0, 2, 0, 2, 0, 0), r.of(ENHANCED_PLUS));
        assertEquals(new Allocation(CUWL_STANDARD, 0, 10, 0, 3, 7, 0), r.of(CUWL_STANDARD));
    }

    @Test
    void r30_lowestTierBorrowsFirst_soTheShortfallLandsOnTheHigherTier() {
        // One spare CUWL_STANDARD, wanted by ESSENTIAL and ENHANCED: ESSENTIAL, the lower tier, gets it.
        ComplianceResult r = Borrowing.allocate(counts(ESSENTIAL, 1, ENHANCED, 1), counts(CUWL_STANDARD, 1));
        assertEquals(new Allocation(ESSENTIAL, 1, 0, 1, 0, 0, 0), r.of(ESSENTIAL));
        assertEquals(new Allocation(ENHANCED, 1, 0, 0, 0, 0, 1), r.of(ENHANCED));
        assertEquals(new Allocation(CUWL_STANDARD, 0, 1, 0, 1, 0, 0), r.of(CUWL_STANDARD));
        assertEquals(1, r.shortfall());
    }

    @Test
    void r30_lowerTiersNeverCoverHigherDemand() {
        ComplianceResult r = Borrowing.allocate(counts(ENHANCED_PLUS, 3), counts(ESSENTIAL, 10, BASIC, 10, ENHANCED, 10));
        assertEquals(new Allocation(ENHANCED_PLUS, 3, 0, 0, 0, 0, 3), r.of(ENHANCED_PLUS));
        assertEquals(new Allocation(ENHANCED, 0, 10, 0, 0, 10, 0), r.of(ENHANCED));
        assertEquals(List.of(), r.loans());
        assertEquals(Status.NON_COMPLIANCE, r.status());
    }

    @Test
    void r30_cuwlProfessionalIsNeverRequiredButCoversEveryTier() {
        ComplianceResult r = Borrowing.allocate(counts(ESSENTIAL, 1, BASIC, 1, ENHANCED, 1, ENHANCED_PLUS, 1, CUWL_STANDARD, 1),
                counts(CUWL_PROFESSIONAL, 6));
        assertEquals(new Allocation(CUWL_PROFESSIONAL, 0, 6, 0, 5, 1, 0), r.of(CUWL_PROFESSIONAL));
        for (LicenseType t : List.of(ESSENTIAL, BASIC, ENHANCED, ENHANCED_PLUS, CUWL_STANDARD)) {
            assertEquals(new Allocation(t, 1, 0, 1, 0, 0, 0), r.of(t));
        }
        assertEquals(Status.IN_COMPLIANCE, r.status());
    }

    @Test
    void r31_telepresenceRoomDoesNotBorrow() {
        ComplianceResult r = Borrowing.allocate(counts(TELEPRESENCE_ROOM, 2), counts(TELEPRESENCE_ROOM, 1, CUWL_PROFESSIONAL, 50));
        assertEquals(new Allocation(TELEPRESENCE_ROOM, 2, 1, 0, 0, 0, 1), r.of(TELEPRESENCE_ROOM));
        assertEquals(new Allocation(CUWL_PROFESSIONAL, 0, 50, 0, 0, 50, 0), r.of(CUWL_PROFESSIONAL));
        assertEquals(Status.NON_COMPLIANCE, r.status());
    }

    @Test
    void r31_telepresenceRoomDoesNotLend() {
        ComplianceResult r = Borrowing.allocate(counts(ESSENTIAL, 3), counts(TELEPRESENCE_ROOM, 10));
        assertEquals(new Allocation(ESSENTIAL, 3, 0, 0, 0, 0, 3), r.of(ESSENTIAL));
        assertEquals(new Allocation(TELEPRESENCE_ROOM, 0, 10, 0, 0, 10, 0), r.of(TELEPRESENCE_ROOM));
        assertEquals(List.of(), r.loans());
    }

    @Test
    void r33_inComplianceWhenEveryRequirementIsMetAfterBorrowing() {
        assertEquals(Status.IN_COMPLIANCE, Borrowing.allocate(new Totals(), new Totals()).status());
        assertEquals(Status.IN_COMPLIANCE, Borrowing.allocate(counts(BASIC, 7), counts(ENHANCED, 7)).status());
        ComplianceResult shortOne = Borrowing.allocate(counts(BASIC, 8), counts(ENHANCED, 7));
        assertEquals(Status.NON_COMPLIANCE, shortOne.status());
        assertEquals(List.of(new Allocation(BASIC, 8, 0, 7, 0, 0, 1)), shortOne.shortTypes());
    }

    @Test
    void typesAreAllSevenInTierOrder() {
        ComplianceResult r = Borrowing.allocate(new Totals(), counts(ENHANCED, 1));
        assertEquals(Arrays.asList(LicenseType.values()), r.types().stream().map(Allocation::license).toList());
        assertEquals(new Allocation(ENHANCED, 0, 1, 0, 0, 1, 0), r.of(ENHANCED));
    }

    /** Every unit is accounted for: own use + lent + available = installed; own use + borrowed + shortfall = required. */
    @Test
    void r30_countsBalance() {
        ComplianceResult r = Borrowing.allocate(counts(ESSENTIAL, 9, BASIC, 10, ENHANCED, 22, ENHANCED_PLUS, 13,
                        CUWL_STANDARD, 5, TELEPRESENCE_ROOM, 5),
                counts(ESSENTIAL, 5, BASIC, 10, ENHANCED, 20, ENHANCED_PLUS, 10, CUWL_STANDARD, 12, TELEPRESENCE_ROOM, 4));
        int borrowed = 0;
        int lent = 0;
        for (Allocation a : r.types()) {
            int own = a.installed() - a.lent() - a.available();
            assertEquals(a.required(), own + a.borrowed() + a.shortfall(), a.license().name());
            borrowed += a.borrowed();
            lent += a.lent();
        }
        assertEquals(borrowed, lent);
        assertEquals(List.of(new Loan(CUWL_STANDARD, ESSENTIAL, 4), new Loan(CUWL_STANDARD, ENHANCED, 2),
                new Loan(CUWL_STANDARD, ENHANCED_PLUS, 1)), r.loans());
        assertEquals(new Allocation(ENHANCED_PLUS, 13, 10, 1, 0, 0, 2), r.of(ENHANCED_PLUS));
        assertEquals(new Allocation(TELEPRESENCE_ROOM, 5, 4, 0, 0, 0, 1), r.of(TELEPRESENCE_ROOM));
    }

    @Test
    void negativeCountsAreRefused() {
        Totals negative = new Totals();
        negative.add(BASIC, -1);
        assertThrows(IllegalArgumentException.class, () -> Borrowing.allocate(negative, new Totals()));
    }

    static Totals counts(Object... typeAndCount) {
        Totals totals = new Totals();
        for (int i = 0; i < typeAndCount.length; i += 2) {
            totals.add((LicenseType) typeAndCount[i], (Integer) typeAndCount[i + 1]);
        }
        return totals;
    }
}
