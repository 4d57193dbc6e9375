package ucount.cli;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import ucount.support.Cli;
import ucount.support.Golden;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The estimate outputs of the bundled samples, byte for byte (the metadata time fixed by --generated-at). */
class EstimateGoldenTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "estimate/acme-hq.txt; estimate samples/acme-hq",
            "estimate/acme-hq-detail.txt; estimate --detail samples/acme-hq",
            "estimate/acme-hq-smart-detail.txt; estimate --detail --rules smart samples/acme-hq",
            "estimate/acme-hq.json; estimate --format json --generated-at 2024-05-19T08:00:00Z samples/acme-hq",
            "estimate/acme-hq.md; estimate --format md --generated-at 2024-05-19T08:00:00Z samples/acme-hq",
            "estimate/acme-hq-detail.md; estimate --format md --detail --generated-at 2024-05-19T08:00:00Z samples/acme-hq",
            "estimate/acme-hq.html; estimate --format html --generated-at 2024-05-19T08:00:00Z samples/acme-hq",
            "estimate/acme-hq-installed-1000.html; estimate --format html --installed-dlu 1000 --generated-at 2024-05-19T08:00:00Z samples/acme-hq",
            "estimate/acme-hq-detail-installed-1000.md; estimate --format md --detail --installed-dlu 1000 --generated-at 2024-05-19T08:00:00Z samples/acme-hq",
            "estimate/acme-hq.csv; estimate --format csv -q samples/acme-hq",
            "estimate/acme-branch-detail.txt; estimate --detail samples/acme-branch",
            "estimate/acme-branch.json; estimate --format json --rules smart --generated-at 2024-05-19T08:00:00Z samples/acme-branch",
            "estimate/two-clusters.txt; estimate --cluster hq=samples/acme-hq --cluster branch=samples/acme-branch",
            "estimate/two-clusters.json; estimate --format json --generated-at 2024-05-19T08:00:00Z --cluster hq=samples/acme-hq --cluster branch=samples/acme-branch",
            "estimate/two-clusters.md; estimate --format md --detail --generated-at 2024-05-19T08:00:00Z --cluster hq=samples/acme-hq --cluster branch=samples/acme-branch",
            "estimate/two-clusters.html; estimate --format html --generated-at 2024-05-19T08:00:00Z --cluster hq=samples/acme-hq --cluster branch=samples/acme-branch",
    })
    void sampleOutputMatchesGoldenFile(String golden, String commandLine) {
        Cli.Result r = Cli.run(commandLine.split(" "));
        assertEquals(0, r.exit(), r.toString());
        assertEquals("", r.err(), "stderr");
        Golden.assertMatches(golden, r.out());
    }
}
