package ucount.cli;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import ucount.support.Cli;
import ucount.support.Golden;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The estimate outputs of the bundled samples, byte for byte. */
class EstimateGoldenTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "estimate/acme-hq.txt; estimate samples/acme-hq",
            "estimate/acme-hq-detail.txt; estimate --detail samples/acme-hq",
            "estimate/acme-hq-smart-detail.txt; estimate --detail --rules smart samples/acme-hq",
            "estimate/acme-hq.json; estimate --format json samples/acme-hq",
            "estimate/acme-hq.csv; estimate --format csv -q samples/acme-hq",
            "estimate/acme-branch-detail.txt; estimate --detail samples/acme-branch",
            "estimate/acme-branch.json; estimate --format json --rules smart samples/acme-branch",
            "estimate/two-clusters.txt; estimate --cluster hq=samples/acme-hq --cluster branch=samples/acme-branch",
            "estimate/two-clusters.json; estimate --format json --cluster hq=samples/acme-hq --cluster branch=samples/acme-branch",
    })
    void sampleOutputMatchesGoldenFile(String golden, String commandLine) {
        Cli.Result r = Cli.run(commandLine.split(" "));
        assertEquals(0, r.exit(), r.toString());
        assertEquals("", r.err(), "stderr");
        Golden.assertMatches(golden, r.out());
    }
}
