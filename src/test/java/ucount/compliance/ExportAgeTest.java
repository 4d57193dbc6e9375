package ucount.compliance;

import org.junit.jupiter.api.Test;
import ucount.model.ExportTime;
import ucount.model.Inventory;
import ucount.model.Source;
import ucount.model.Warning;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** R33: an export older than the license manager's daily synchronization is a warning, not a status. */
class ExportAgeTest {

    private static final Instant NOW = Instant.parse("2025-03-14T09:30:00Z");

    private static ExportTime modified(Duration before) {
        return new ExportTime(NOW.minus(before), "exports/phones.csv", false);
    }

    @Test
    void r33_aDayOldIsWithinTheSyncPeriod_aSecondMoreIsNot() {
        assertEquals(Optional.empty(), ExportAge.warning("hq", modified(Duration.ofHours(24)), NOW));
        assertEquals(Optional.of(new Warning("STALE_EXPORT", "cluster hq's exports are at least 24 hours old "
                        + "(exports/phones.csv last modified 2025-03-13T09:29:59Z), longer than the license manager's "
                        + "daily synchronization: the cluster may have changed since, and the status is as of the "
                        + "export (R33)", Source.of("exports/phones.csv"))),
                ExportAge.warning("hq", modified(Duration.ofHours(24).plusSeconds(1)), NOW));
    }

    @Test
    void r33_aPullIsDatedByItsManifest_daysFromTheThirdDay() {
        ExportTime pulled = new ExportTime(Instant.parse("2025-03-09T12:00:00Z"), "hq/manifest.json", true);
        assertEquals("the exports were pulled 4 days ago (2025-03-09T12:00:00Z), longer than the license manager's "
                        + "daily synchronization: the cluster may have changed since, and the status is as of the "
                        + "export (R33)",
                ExportAge.warning(Inventory.UNNAMED_CLUSTER, pulled, NOW).orElseThrow().message());
        assertEquals("71 hours", ExportAge.span(Duration.ofHours(72).minusSeconds(1)));
        assertEquals("3 days", ExportAge.span(Duration.ofHours(72)));
    }

    @Test
    void r33_anExportFromLaterThanNowIsNotStale() {
        assertEquals(Optional.empty(), ExportAge.warning("hq", modified(Duration.ofDays(-3)), NOW));
    }
}
