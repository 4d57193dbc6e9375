package ucount.compliance;

import org.junit.jupiter.api.Test;
import ucount.rules.RuleSet;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** R40-R42: the grace period and the enforcement date. */
class GraceTest {

    private static final LocalDate SINCE = LocalDate.of(2024, 5, 1);

    @Test
    void r40_elmGivesSixtyDays() {
        Grace g = Grace.of(RuleSet.ELM, SINCE, SINCE);
        assertEquals(60, g.graceDays());
        assertEquals(LocalDate.of(2024, 6, 30), g.enforcementDate());
        assertEquals(60, g.daysLeft());
        assertFalse(g.enforced());
        assertEquals("R40", g.rule());
    }

    @Test
    void r41_smartGivesNinetyDays() {
        Grace g = Grace.of(RuleSet.SMART, SINCE, SINCE);
        assertEquals(90, g.graceDays());
        assertEquals(LocalDate.of(2024, 7, 30), g.enforcementDate());
        assertEquals(90, g.daysLeft());
        assertEquals("R41", g.rule());
    }

    @Test
    void r42_daysLeftCountFromToday_clockInjected() {
        Clock clock = Clock.fixed(LocalDate.of(2024, 5, 19).atTime(23, 59).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        Grace g = Grace.of(RuleSet.ELM, SINCE, clock);
        assertEquals(LocalDate.of(2024, 5, 19), g.today());
        assertEquals(42, g.daysLeft());
        assertEquals(LocalDate.of(2024, 6, 30), g.enforcementDate());
        assertFalse(g.enforced());
    }

    @Test
    void r42_lastDayOfGraceHasOneDayLeft() {
        Grace g = Grace.of(RuleSet.ELM, SINCE, LocalDate.of(2024, 6, 29));
        assertEquals(1, g.daysLeft());
        assertFalse(g.enforced());
    }

    @Test
    void r42_enforcementInEffectFromTheEnforcementDate() {
        Grace on = Grace.of(RuleSet.ELM, SINCE, LocalDate.of(2024, 6, 30));
        assertEquals(0, on.daysLeft());
        assertTrue(on.enforced());
        Grace after = Grace.of(RuleSet.SMART, SINCE, LocalDate.of(2025, 1, 1));
        assertEquals(0, after.daysLeft());
        assertTrue(after.enforced());
        assertEquals(LocalDate.of(2024, 7, 30), after.enforcementDate());
    }

    @Test
    void r40_enforcementBlocksProvisioningAndLicenseAffectingUserChanges() {
        assertEquals(2, Grace.BLOCKED.size());
        assertTrue(Grace.BLOCKED.get(0).contains("cannot be provisioned"));
        assertTrue(Grace.BLOCKED.get(1).contains("Enable Mobility, Enable IM and Presence"));
    }

    @Test
    void r42_nonComplianceCannotBeginAfterToday() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Grace.of(RuleSet.ELM, SINCE, SINCE.minusDays(1)));
        assertEquals("non-compliance cannot begin (2024-05-01) after today (2024-04-30)", e.getMessage());
    }
}
