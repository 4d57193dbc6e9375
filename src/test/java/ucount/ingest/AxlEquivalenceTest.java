package ucount.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import ucount.support.AcmeHq;
import ucount.support.AcmeHqAxl;
import ucount.support.Estimates;
import ucount.support.Golden;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The same cluster read from AXL XML (lists + gets, gets only, SQL rows only) gives the same estimate as from its
 * BAT CSV export: the JSON is equal except for where things were read (inputs, sources).
 */
class AxlEquivalenceTest {

    @Test
    void shippedSampleIsTheGeneratedOne() throws IOException {
        Map<String, String> files = AcmeHqAxl.sampleFiles();
        for (Map.Entry<String, String> f : files.entrySet()) {
            Golden.check(AcmeHqAxl.SAMPLE.resolve(f.getKey()), f.getValue());
        }
        try (Stream<Path> shipped = Files.list(AcmeHqAxl.SAMPLE)) {
            List<String> xml = shipped.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".xml")).sorted().toList();
            assertEquals(files.keySet().stream().sorted().toList(), xml);
        }
    }

    @ParameterizedTest
    @EnumSource(names = {"elm", "smart"})
    void shippedAxlSampleEstimatesLikeTheCsvOne(Rules rules) throws IOException {
        assertSameEstimate(AcmeHq.DIR, AcmeHqAxl.SAMPLE, rules.name(), false);
    }

    @ParameterizedTest
    @EnumSource(AcmeHqAxl.Variant.class)
    void everyAxlShapeEstimatesLikeTheCsv(AcmeHqAxl.Variant variant, @TempDir Path dir) throws IOException {
        AcmeHqAxl.write(dir, variant);
        // SQL rows of one query never repeat a device, so that shape has no duplicate-device warning to give.
        assertSameEstimate(AcmeHq.DIR, dir, "elm", variant == AcmeHqAxl.Variant.SQL);
    }

    @Test
    void theLicensingFieldsOfAnAxlReadAreThoseOfAFullReadAndTheRestIsLeftOut() throws Exception {
        List<InputFile> files = InputFile.expand(List.of(AcmeHqAxl.SAMPLE.toString()), () -> null);
        ucount.model.Inventory all = ExportReader.read("hq", files, ReadOptions.DEFAULT);
        ucount.model.Inventory licensing = ExportReader.read("hq", files, ReadOptions.DEFAULT.with(Fields.LICENSING));
        assertEquals(all.devices().size(), licensing.devices().size());
        for (int i = 0; i < all.devices().size(); i++) {
            ucount.model.Device full = all.devices().get(i);
            ucount.model.Device lean = licensing.devices().get(i);
            assertEquals(List.of(full.name(), full.model(), full.ownerUserId(), full.protocol(), full.primaryPhone()),
                    List.of(lean.name(), lean.model(), lean.ownerUserId(), lean.protocol(), lean.primaryPhone()));
            assertEquals(List.of("", List.of(), List.of(), ""), List.of(lean.description(), lean.directoryNumbers(),
                    lean.userIds(), lean.mobilityUserId()), lean.name());
        }
        assertTrue(all.devices().stream().anyMatch(d -> !d.description().isEmpty() && !d.directoryNumbers().isEmpty()));
        for (int i = 0; i < all.users().size(); i++) {
            ucount.model.EndUser full = all.users().get(i);
            ucount.model.EndUser lean = licensing.users().get(i);
            assertEquals(List.of(full.userId(), String.valueOf(full.enableMobility()),
                    String.valueOf(full.imAndPresence()), full.controlledProfiles()), List.of(lean.userId(),
                    String.valueOf(lean.enableMobility()), String.valueOf(lean.imAndPresence()),
                    lean.controlledProfiles()));
            assertEquals(List.of("", List.of()), List.of(lean.firstName(), lean.controlledDevices()), lean.userId());
        }
        assertEquals(all.warnings(), licensing.warnings());
    }

    @Test
    void csvAndXmlFilesMixInOneCluster(@TempDir Path dir) throws IOException {
        AcmeHqAxl.write(dir, AcmeHqAxl.Variant.LISTS);
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.toList()) {
                String n = p.getFileName().toString();
                if (n.startsWith("listPhone") || n.startsWith("getPhone") || n.startsWith("listDeviceProfile")) Files.delete(p);
            }
        }
        Files.copy(AcmeHq.DIR.resolve("phones.csv"), dir.resolve("phones.csv"));
        Files.copy(AcmeHq.DIR.resolve("device-profiles.csv"), dir.resolve("device-profiles.csv"));
        assertSameEstimate(AcmeHq.DIR, dir, "elm", false);
    }

    enum Rules { elm, smart }

    private static void assertSameEstimate(Path csv, Path axl, String rules, boolean ignoreDuplicateWarning)
            throws IOException {
        Estimates.assertSame(csv.toString(), axl.toString(), rules, ignoreDuplicateWarning);
    }
}
