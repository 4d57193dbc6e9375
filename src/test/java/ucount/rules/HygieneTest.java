package ucount.rules;

import org.junit.jupiter.api.Test;
import ucount.model.Warning;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Hygiene findings over a classified cluster (TOO_MANY_DEVICES; R11a). */
class HygieneTest {

    private static ClusterFixture userWithPhones(String user, int phones) {
        ClusterFixture f = new ClusterFixture().user(user).user("other");
        for (int i = 1; i <= phones; i++) f.device(String.format("SEP%012d", i), "Cisco 3905", user);
        return f.device("CTIPORT1", "CTI Port", user).device("SEP999999999999", "Cisco 3905", "other");
    }

    @Test
    void tooManyDevices_onlyPastTheLimit_andOnlyLicensedDevicesCount() throws Exception {
        assertTrue(Hygiene.findings(userWithPhones("shared", 10).elm(), 10).isEmpty());
        List<Warning> found = Hygiene.findings(userWithPhones("shared", 11).elm(), 10);
        assertEquals(1, found.size());
        Warning w = found.get(0);
        assertEquals("TOO_MANY_DEVICES", w.code());
        assertEquals("user shared owns 11 licensed devices, more than 10 (--max-devices): a user license is for one "
                + "person; make shared phones device-only (no owner) or give them their real owners (R11a, R13)",
                w.message());
        assertEquals("users.csv:2", w.source().toString());
    }

    @Test
    void tooManyDevices_limitIsAnOption() throws Exception {
        assertEquals(1, Hygiene.findings(userWithPhones("shared", 3).elm(), 2).size());
        assertTrue(Hygiene.findings(userWithPhones("shared", 3).elm(), 3).isEmpty());
    }

    @Test
    void withFindings_addsThemToTheClusterWarningsInPlaceOrder() throws Exception {
        ClusterEstimate cluster = userWithPhones("shared", 11).device("SEPAAAAAAAAAAAA", "Acme 1", "").elm();
        Estimate estimate = Hygiene.withFindings(Estimate.of(RuleOptions.defaults(RuleSet.ELM), List.of(cluster)), 10);
        assertEquals(List.of("UNKNOWN_MODEL", "TOO_MANY_DEVICES"), estimate.warnings().stream().map(Warning::code)
                .toList());
        assertEquals(cluster.totals(), estimate.totals());
    }
}
