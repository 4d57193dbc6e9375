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
