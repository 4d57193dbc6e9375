package ucount.owners;

import ucount.support.Cli;
import ucount.support.Golden;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code estimate} reports the hygiene finding TOO_MANY_DEVICES, with {@code --max-devices} (default 10). */
class EstimateHygieneTest {

    private static final String FINDING = "samples/acme-hq/users.csv:9: TOO_MANY_DEVICES: user bokafor owns 12 "
            + "licensed devices, more than 10 (--max-devices): a user license is for one person; make shared phones "
            + "device-only (no owner) or give them their real owners (R11a, R13)";

    @Test
    void acmeHq_bokaforOwnsTwelve() {
        Cli.Result run = Cli.run("estimate", "--detail", "samples/acme-hq");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("\n  " + FINDING + "\n"), run.out());
        assertTrue(run.out().contains("Warnings: 5 (DUPLICATE_DEVICE 1, TOO_MANY_DEVICES 1, UNKNOWN_MODEL 1, "
                + "UNKNOWN_OWNER 1, USER_ID_CASE 1)"), run.out());
    }

    @Test
    void maxDevicesMovesTheLimit() {
        assertFalse(Cli.run("estimate", "--max-devices", "12", "--detail", "samples/acme-hq").out()
                .contains("TOO_MANY_DEVICES"));
        Cli.Result run = Cli.run("estimate", "--max-devices", "9", "--format", "json", "samples/acme-hq");
        assertEquals(2, run.out().split("\"code\": \"TOO_MANY_DEVICES\"", -1).length - 1, "bokafor and tnguyen");
        assertEquals(2, Cli.run("estimate", "--max-devices", "0", "samples/acme-hq").exit());
    }

    @Test
    void csv_findingOnStandardError() {
        Cli.Result run = Cli.run("estimate", "--format", "csv", "samples/acme-hq");
        assertTrue(run.err().contains("ucount: warning: " + FINDING + "\n"), run.err());
    }
}
