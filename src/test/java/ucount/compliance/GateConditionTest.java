package ucount.compliance;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ucount.rules.Estimate;
import ucount.rules.RuleSet;
import ucount.rules.Totals;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** {@code --fail-on} conditions: their syntax, and what they find in samples/acme-hq. */
class GateConditionTest {

    private static Estimate hq;
    private static ComplianceResult compliant;

    @BeforeAll
    static void readSample() throws Exception {
        hq = Samples.estimate(RuleSet.ELM, "acme-hq");
        compliant = Borrowing.allocate(hq.totals(), hq.totals());
    }

    @Test
    void parsesNamesAndLimitsCaseAndSpaceInsensitively() {
        assertEquals(new GateCondition(GateCondition.Kind.UNASSIGNED, 20), GateCondition.parse("unassigned>20"));
        assertEquals(new GateCondition(GateCondition.Kind.USER_DEVICES, 0), GateCondition.parse(" User-Devices > 0 "));
        assertEquals(GateCondition.NON_COMPLIANCE, GateCondition.parse("NON-COMPLIANCE"));
        assertEquals("unknown-models", GateCondition.parse("unknown-models").id());
        assertEquals("user-devices>10", GateCondition.parse("user-devices >10").id());
    }

    @Test
    void refusesWhatItDoesNotKnow() {
        assertEquals("unknown condition 'warnings' (expected one of non-compliance, unknown-models, unassigned>N, "
                + "user-devices>N)", message("warnings"));
        assertEquals("'unassigned' needs a limit, e.g. 'unassigned>10' (quote it in a shell: > is a redirection)",
                message("unassigned"));
        assertEquals("'unknown-models' takes no limit: write unknown-models", message("unknown-models>0"));
        assertEquals("the limit of 'user-devices>ten' must be a whole number >= 0", message("user-devices>ten"));
        assertEquals("the limit of 'unassigned>-1' must be a whole number >= 0", message("unassigned>-1"));
    }

    @Test
    void r15_unknownModelsFailsOnTheSamplesUnknownPhone() {
        assertEquals(Optional.of(new FailedCondition("unknown-models", "1 device has a model the catalog does not "
                        + "know, counted as ENHANCED (R15): samples/acme-hq/phones.csv:108")),
                GateCondition.parse("unknown-models").evaluate(hq, compliant));
    }

    @Test
    void r14_unassignedFailsAboveTheLimitOnly() {
        assertEquals(Optional.of(new FailedCondition("unassigned>12",
                        "13 licensed devices have no owner among the users (R14), more than 12")),
                GateCondition.parse("unassigned>12").evaluate(hq, compliant));
        assertEquals(Optional.empty(), GateCondition.parse("unassigned>13").evaluate(hq, compliant));
    }

    @Test
    void userDevicesNamesTheUsersAboveTheLimit() {
        assertEquals(Optional.of(new FailedCondition("user-devices>11",
                        "1 user owns more than 11 licensed devices (R1, R2): bokafor 12")),
                GateCondition.parse("user-devices>11").evaluate(hq, compliant));
        assertEquals(Optional.of(new FailedCondition("user-devices>4",
                        "3 users own more than 4 licensed devices (R1, R2): bokafor 12, tnguyen 10, sdubois 5")),
                GateCondition.parse("user-devices>4").evaluate(hq, compliant));
        assertEquals(Optional.empty(), GateCondition.parse("user-devices>12").evaluate(hq, compliant));
    }

    @Test
    void r33_nonComplianceFailsOnlyWhenShort() {
        assertEquals(Optional.empty(), GateCondition.NON_COMPLIANCE.evaluate(hq, compliant));
        Totals oneShort = new Totals();
        oneShort.add(hq.totals());
        oneShort.add(ucount.model.LicenseType.TELEPRESENCE_ROOM, -1);
        assertEquals(Optional.of(new FailedCondition("non-compliance",
                        "1 license short after borrowing (R33): TelePresence Room 1")),
                GateCondition.NON_COMPLIANCE.evaluate(hq, Borrowing.allocate(hq.totals(), oneShort)));
    }

    private static String message(String spec) {
        return assertThrows(IllegalArgumentException.class, () -> GateCondition.parse(spec)).getMessage();
    }
}
